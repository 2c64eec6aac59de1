// The demo page's only script: follows ?lang=en (the page's own text too, not only Grappe's)
// and ?theme=dark|auto (the page's background too), and logs Grappe's events for the curious.
const explorer = document.querySelector('grappe-explorer');
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
const theme = params.get('theme');
if (theme === 'dark' || theme === 'auto') {
  explorer?.setAttribute('theme', theme);
  document.documentElement.dataset.theme = theme;
}
// Each switch keeps the other setting.
for (const link of document.querySelectorAll('a[data-switch]')) {
  const next = new URLSearchParams(location.search);
  const [key, value] = link.dataset.switch.split('=');
  if (value) next.set(key, value);
  else next.delete(key);
  link.setAttribute('href', `?${next}`);
}
/** The page's own text in English; the French is in the HTML. */
const english = {
  title: 'Business clusters, competitiveness poles and cluster networks',
  intro:
    'The clusters named in the sources (France Clusters, chambers of commerce, the inter-clustering file, European Clusters Days) and their partners abroad: two Grappe feeds merged, on the built-in base map (Natural Earth, IGN régions and départements), with no tile server: works offline.',
  footer: 'Data: an example written for Grappe (CC BY 4.0).',
  builder: 'Configure an embed',
  light: 'Light',
  dark: 'Dark',
};
if (lang) {
  document.documentElement.lang = lang;
  if (lang === 'en') {
    document.title = 'Grappe — demo';
    for (const element of document.querySelectorAll('[data-text]'))
      element.textContent = english[element.dataset.text] ?? element.textContent;
  }
  const link = document.getElementById('switch-en');
  if (link && lang === 'en') {
    link.textContent = 'Français';
    const next = new URLSearchParams(location.search);
    next.set('lang', 'fr');
    link.setAttribute('href', `?${next}`);
    link.setAttribute('lang', 'fr');
  }
}
for (const name of ['grappe-load', 'grappe-error', 'grappe-select', 'grappe-filter-change']) {
  explorer?.addEventListener(name, (event) => console.info(name, event.detail));
}
