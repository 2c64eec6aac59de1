// The publishing page's only script: follows ?lang=en and ?theme=dark|auto as the demo does,
// ?geocoder=URL (a stand-in: `node test/support/ban-stand-in.mjs`), and logs each import.
const publisher = document.querySelector('grappe-publisher');
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const theme = params.get('theme');
const geocoder = params.get('geocoder');
if (theme === 'dark' || theme === 'auto') {
  publisher.setAttribute('theme', theme);
  document.documentElement.dataset.theme = theme;
}
if (geocoder) publisher.setAttribute('geocoder', geocoder);
for (const link of document.querySelectorAll('a[data-switch]')) {
  const next = new URLSearchParams(location.search);
  const [key, value] = link.dataset.switch.split('=');
  if (value) next.set(key, value);
  else next.delete(key);
  link.setAttribute('href', `?${next}`);
}
const english = {
  title: 'Publish your clusters with Grappe',
  intro:
    'Your tables as you keep them (CSV or Excel, headings in French or English) become a Grappe feed, ready to be put online and shown on a map.',
  light: 'Light',
  dark: 'Dark',
  demo: 'The demo',
};
if (lang) {
  document.documentElement.lang = lang;
  if (lang === 'en') {
    document.title = 'Grappe — publish a feed';
    for (const element of document.querySelectorAll('[data-text]'))
      element.textContent = english[element.dataset.text] ?? element.textContent;
    const link = document.getElementById('switch-en');
    link.textContent = 'Français';
    const next = new URLSearchParams(location.search);
    next.set('lang', 'fr');
    link.setAttribute('href', `?${next}`);
    link.setAttribute('lang', 'fr');
  }
}
publisher.addEventListener('grappe-import', (event) => console.info('grappe-import', event.detail));
