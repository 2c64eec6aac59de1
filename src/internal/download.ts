/**
 * Saves text as a file through a temporary link to a `blob:` URL that Grappe itself created
 * (no feed URL is involved; CSP allows it). The link is built with the DOM, not a template.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
