// The demo page's only script: follows ?lang=en, and logs Grappe's events for the curious.
const explorer = document.querySelector('grappe-explorer');
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  const link = document.getElementById('switch-en');
  if (link && lang === 'en') {
    link.textContent = 'Français';
    link.setAttribute('href', '?lang=fr');
    link.setAttribute('lang', 'fr');
  }
}
for (const name of ['grappe-load', 'grappe-error', 'grappe-select', 'grappe-filter-change']) {
  explorer?.addEventListener(name, (event) => console.info(name, event.detail));
}
