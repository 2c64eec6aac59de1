// The embed builder: options on the left, a live preview, and the snippet a site owner copies.
// It only uses Grappe's public API (attributes, `index`, events), as a site would. The page is in
// French, in English with ?lang=en (page-settings.js), and the preview starts in the page's language.
const english = {
  title: 'Embed builder',
  intro:
    "Choose a feed and how it shows, check the preview, then copy the snippet into your page (or your CMS's HTML block).",
  light: 'Light',
  dark: 'Dark',
  demo: 'Back to the demo',
  src: 'Feed URL',
  lang: 'Language',
  view: 'View',
  viewBoth: 'Map and list',
  viewMap: 'Map only',
  viewList: 'List only',
  theme: 'Theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeAuto: "Follow the visitor's system",
  tiles: 'Tiles under the map',
  tilesNone: 'None: built-in base map only, offline',
  tilesIgn: 'Plan IGN v2 (French national map, Géoplateforme)',
  height: 'Height of the map (px)',
  only: 'Show only',
  dimension: 'Dimension',
  value: 'Value',
  none: '— none —',
  selected: 'Open this cluster',
  noneCluster: '— none —',
  routing: "Keep the view in the page's address (links, back button)",
  snippet: 'Snippet',
  copy: 'Copy the snippet',
  csp: 'Content-Security-Policy directives the snippet needs',
  preview: 'Preview',
  copied: 'Copied.',
  selectedOnly: 'Selected: press Ctrl+C to copy.',
  hostNote:
    "The script's address is this page's: replace it with where you host Grappe's dist/ folder, with the folders inside it.",
  stylesheet: 'Add to your stylesheet (the height of the map)',
};
const french = {
  copied: 'Copié.',
  selectedOnly: 'Sélectionné : appuyez sur Ctrl+C pour copier.',
};
window.grappePageSettings(null, english, 'Grappe — embed builder');
const pageTexts = document.documentElement.lang === 'en' ? english : french;
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const csp = document.getElementById('csp');
const stylesheet = document.getElementById('stylesheet');
const bundleUrl = new URL('../dist/grappe.embed.js', location.href).href;
form.elements.src.value = new URL('clusters-france.json', location.href).href;
form.elements.lang.value = document.documentElement.lang === 'en' ? 'en' : 'fr';
if (document.documentElement.dataset.theme === 'dark') form.elements.theme.value = 'dark';

let explorer;
let loadedSource = '';

function options() {
  const data = new FormData(form);
  return {
    src: String(data.get('src') ?? '').trim(),
    lang: String(data.get('lang')),
    view: String(data.get('view')),
    theme: String(data.get('theme')),
    tiles: String(data.get('tiles') ?? 'none'),
    height: Number(data.get('height')) || 448,
    dimension: String(data.get('dimension') ?? ''),
    value: String(data.get('value') ?? ''),
    selected: String(data.get('selected') ?? ''),
    routing: data.get('routing') === 'on',
  };
}

/** The element's attributes for these options, in a stable order. */
function attributesFor(chosen) {
  const attributes = [
    ['src', chosen.src],
    ['lang', chosen.lang],
  ];
  if (chosen.view !== 'both') attributes.push(['view', chosen.view]);
  if (chosen.theme !== 'light') attributes.push(['theme', chosen.theme]);
  if (chosen.tiles && chosen.tiles !== 'none') attributes.push(['tiles', chosen.tiles]);
  if (chosen.dimension && chosen.value) attributes.push([`filter-${chosen.dimension}`, chosen.value]);
  if (chosen.selected) attributes.push(['selected', chosen.selected]);
  if (chosen.routing) attributes.push(['routing', '']);
  return attributes;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function snippetFor(chosen) {
  const attributes = attributesFor(chosen)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  return [`<script src="${bundleUrl}" defer></script>`, `<grappe-explorer ${attributes}></grappe-explorer>`].join('\n');
}

// The height goes through the page's stylesheet, not a style attribute or a <style> element:
// both are refused under a strict CSP. Apart from the snippet: a CMS may keep only its HTML.
const stylesheetFor = (chosen) => `grappe-explorer {\n  --grappe-map-height: ${chosen.height}px;\n}`;

function cspFor(chosen) {
  const feedOrigin = (() => {
    try {
      return new URL(chosen.src).origin;
    } catch {
      return "'self'";
    }
  })();
  const scriptOrigin = new URL(bundleUrl).origin;
  const self = location.origin;
  const source = (origin) => (origin === self ? "'self'" : origin);
  // The base map's data is fetched next to the script; tiles come from their server.
  const tileOrigins = { 'ign-plan': 'https://data.geopf.fr', osm: 'https://tile.openstreetmap.org' };
  const images = ["'self'", 'data:', ...(tileOrigins[chosen.tiles] ? [tileOrigins[chosen.tiles]] : [])];
  const connect = [...new Set([source(feedOrigin), source(scriptOrigin)])];
  // `default-src 'self'` covers what is not listed (the feed worker's file, next to the script,
  // falls back to script-src): a policy without it lets anything else through.
  return [
    "default-src 'self'",
    `script-src ${source(scriptOrigin)}`,
    "style-src 'self'",
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
  ].join('; ');
}

function fillSelect(select, entries, keep) {
  const first = select.options[0];
  select.replaceChildren(first);
  for (const [value, label] of entries) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    select.appendChild(option);
  }
  if ([...select.options].some((option) => option.value === keep)) select.value = keep;
}

const text = (label, lang) =>
  typeof label === 'string' ? label : (label?.[lang] ?? label?.en ?? label?.fr ?? Object.values(label ?? {})[0] ?? '');

function refreshChoices() {
  const index = explorer?.index;
  if (!index) return;
  const chosen = options();
  fillSelect(
    form.elements.dimension,
    index.dimensions.map((dimension) => [dimension.id, text(dimension.label, chosen.lang)]),
    chosen.dimension,
  );
  const dimension = index.dimensionById.get(form.elements.dimension.value);
  fillSelect(
    form.elements.value,
    dimension ? dimension.values.map((value) => [value.id, text(value.label, chosen.lang)]) : [],
    chosen.value,
  );
  fillSelect(
    form.elements.selected,
    index.clusters.map((cluster) => [cluster.id, text(cluster.name, chosen.lang)]),
    chosen.selected,
  );
}

function update() {
  const chosen = options();
  if (!explorer || chosen.src !== loadedSource) {
    explorer?.remove();
    explorer = document.createElement('grappe-explorer');
    explorer.addEventListener('grappe-load', refreshChoices);
    loadedSource = chosen.src;
  }
  // Apply the options to the preview exactly as the snippet will.
  for (const attribute of [...explorer.attributes]) explorer.removeAttribute(attribute.name);
  for (const [name, value] of attributesFor(chosen)) explorer.setAttribute(name, value);
  explorer.style.setProperty('--grappe-map-height', `${chosen.height}px`);
  if (!explorer.isConnected) preview.appendChild(explorer);
  snippet.value = snippetFor(chosen);
  csp.textContent = cspFor(chosen);
  stylesheet.textContent = stylesheetFor(chosen);
}

form.addEventListener('input', () => {
  update();
  refreshChoices();
});
form.addEventListener('change', () => {
  update();
  refreshChoices();
});
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', async () => {
  snippet.select();
  const status = document.getElementById('copied');
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = pageTexts.copied;
  } catch {
    status.textContent = pageTexts.selectedOnly;
  }
});
update();
