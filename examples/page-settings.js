// What the example pages share: ?lang=en (the page's own text too, from `english`), and
// ?theme=dark|auto (the page's background too) on `element`; each switch link keeps the other
// setting. A classic script (no module): the pages load it before their own.
window.grappePageSettings = (element, english, englishTitle) => {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'auto') {
    element?.setAttribute('theme', theme);
    document.documentElement.dataset.theme = theme;
  }
  for (const link of document.querySelectorAll('a[data-switch]')) {
    const next = new URLSearchParams(location.search);
    const [key, value] = link.dataset.switch.split('=');
    if (value) next.set(key, value);
    else next.delete(key);
    link.setAttribute('href', `?${next}`);
  }
  // Links to the other example pages keep the language and the theme.
  for (const link of document.querySelectorAll('a[data-keep]')) {
    const kept = new URLSearchParams();
    for (const key of ['lang', 'theme']) if (params.get(key)) kept.set(key, params.get(key));
    link.setAttribute('href', `${link.getAttribute('href').split('?')[0]}${kept.size > 0 ? `?${kept}` : ''}`);
  }
  if (!lang) return params;
  document.documentElement.lang = lang;
  if (lang !== 'en') return params;
  document.title = englishTitle;
  for (const node of document.querySelectorAll('[data-text]'))
    node.textContent = english[node.dataset.text] ?? node.textContent;
  const link = document.getElementById('switch-en');
  if (link) {
    link.textContent = 'Français';
    const next = new URLSearchParams(location.search);
    next.set('lang', 'fr');
    link.setAttribute('href', `?${next}`);
    link.setAttribute('lang', 'fr');
  }
  return params;
};
