// The publishing page's only script: the page's language and theme (page-settings.js),
// ?geocoder=URL (a stand-in: `GRAPPE_BAN_STAND_IN=1 npm start`, then ?geocoder=/__ban), and
// each import logged.
const publisher = document.querySelector('grappe-publisher');
const params = window.grappePageSettings(
  publisher,
  {
    // Not the publisher's own heading (« Publish your clusters »), which follows it.
    title: 'Grappe for data publishers',
    intro:
      'Your tables as you keep them (CSV, Excel or LibreOffice, headings in French or English) become a Grappe feed, ready to be put online and shown on a map.',
    light: 'Light',
    dark: 'Dark',
    demo: 'The demo',
  },
  'Grappe — publish a feed',
);
const geocoder = params.get('geocoder');
if (geocoder) publisher.setAttribute('geocoder', geocoder);
publisher.addEventListener('grappe-import', (event) => console.info('grappe-import', event.detail));
