// Loaded first by the CSP test pages: records every Content-Security-Policy violation and
// Grappe's load and error events, for the test in the parent page to read.
window.__probe = { violations: [], loads: 0, errors: [], explorerDefinedAt: undefined };
customElements.whenDefined('grappe-explorer').then(() => {
  window.__probe.explorerDefinedAt = performance.now();
});
document.addEventListener('securitypolicyviolation', (event) => {
  window.__probe.violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample ?? ''}`.trim());
});
document.addEventListener('grappe-load', () => {
  window.__probe.loads += 1;
});
document.addEventListener('grappe-error', (event) => {
  window.__probe.errors.push(event.detail.reason);
});
