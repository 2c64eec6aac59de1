// The demo page's only script: the page's language and theme (page-settings.js), the compare
// view (?view=compare), and Grappe's events logged for the curious.
const explorer = document.querySelector('grappe-explorer');
const params = window.grappePageSettings(
  explorer,
  {
    title: 'Business clusters, competitiveness poles and cluster networks',
    intro:
      'The clusters named in the sources (France Clusters, chambers of commerce, the inter-clustering file, European Clusters Days) and their partners abroad: two Grappe feeds merged, on the built-in base map (Natural Earth, IGN régions and départements), with no tile server: works offline.',
    footer: 'Data: an example written for Grappe (CC BY 4.0).',
    builder: 'Configure an embed',
    publish: 'Publish your tables',
    light: 'Light',
    dark: 'Dark',
    viewMap: 'Map and list',
    viewCompare: 'Compare members',
  },
  'Grappe — demo',
);
if (params.get('view') === 'compare') {
  explorer?.setAttribute('view', 'compare');
  explorer?.setAttribute('metric', 'members');
}
for (const name of ['grappe-load', 'grappe-error', 'grappe-select', 'grappe-filter-change']) {
  explorer?.addEventListener(name, (event) => console.info(name, event.detail));
}
