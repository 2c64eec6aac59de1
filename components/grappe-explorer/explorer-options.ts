/**
 * The options `<grappe-explorer>` passes on to the elements it renders, declared once: the
 * explorer's properties and attributes are created from this list (explorer.component.ts), the
 * template forwards them with `forwardOptions` (forward-options.ts), and the custom-elements
 * manifest documents them from it (custom-elements-manifest.config.js). To add a data or map
 * option to the explorer, add a line here.
 *
 * Plain data, importing nothing: the manifest's build reads this file on its own.
 */

/** An element inside the explorer. */
export type OptionTarget = 'data' | 'map' | 'legend' | 'compare';

export interface ExplorerOption {
  /** The attribute, on the explorer and on its targets. */
  readonly attribute: string;
  /** The property, on the explorer. */
  readonly property: string;
  readonly type: 'string' | 'number' | 'boolean';
  /** `null`: the attribute is absent unless the page sets it. */
  readonly default: string | number | boolean | null;
  /** Which elements receive it. */
  readonly targets: readonly OptionTarget[];
  /** Reflected to the explorer's attribute (the explorer also changes it). */
  readonly reflect?: boolean;
  /** The documentation, as the manifest and docs/REFERENCE.md give it. */
  readonly doc: string;
}

export const EXPLORER_OPTIONS = [
  // <grappe-data>
  {
    attribute: 'src',
    property: 'src',
    type: 'string',
    default: '',
    targets: ['data'],
    doc: 'URL of the feed, or several URLs separated by spaces (merged into one view).',
  },
  {
    attribute: 'timeout',
    property: 'timeout',
    type: 'number',
    default: 30,
    targets: ['data'],
    doc: 'Seconds before a load gives up.',
  },
  {
    attribute: 'refresh',
    property: 'refresh',
    type: 'number',
    default: 0,
    targets: ['data'],
    doc: 'Reload the feeds every so many seconds (0: never); the selection and the view are kept.',
  },
  {
    attribute: 'selected',
    property: 'selected',
    type: 'string',
    default: '',
    targets: ['data'],
    reflect: true,
    doc: 'Id of the cluster to select once the data is there; it then follows the selection (a click,\n`select()`, the URL). Set it to select another, empty it to close the selection.',
  },
  {
    attribute: 'selected-organisation',
    property: 'selectedOrganisation',
    type: 'string',
    default: '',
    targets: ['data'],
    doc: 'Id of an organisation to open (with its cluster) once the data is there.',
  },
  {
    attribute: 'routing',
    property: 'routing',
    type: 'string',
    default: null,
    targets: ['data'],
    doc: 'Keep the selection and the filters in the URL hash, so that links and back/forward work. An empty value uses plain keys (`#cluster=…`); a name prefixes them (`#name.cluster=…`) for pages with several explorers.',
  },
  {
    attribute: 'max-bytes',
    property: 'maxBytes',
    type: 'number',
    default: 52428800,
    targets: ['data'],
    doc: 'The largest feed (or members file) read, in bytes; past it, reading stops with a message (default 50 MB).',
  },
  {
    attribute: 'members-origins',
    property: 'membersOrigins',
    type: 'string',
    default: '',
    targets: ['data'],
    doc: 'Origins members files (`membersHref`) may come from besides the feed’s own, space-separated (`*`: any).',
  },
  // <grappe-map>
  {
    attribute: 'tiles',
    property: 'tiles',
    type: 'string',
    default: 'none',
    targets: ['map'],
    doc: 'Tiles under the marks: `ign-plan` (Plan IGN v2, France’s national base map), `osm` (OpenStreetMap), a URL template (`https://tile.example.org/{z}/{x}/{y}.png`), or `none` (the default: only the built-in base map, offline and under any CSP).',
  },
  {
    attribute: 'tiles-attribution',
    property: 'tilesAttribution',
    type: 'string',
    default: '',
    targets: ['map'],
    doc: 'Attribution of the tiles, as plain text (presets bring their own).',
  },
  {
    attribute: 'basemap',
    property: 'basemap',
    type: 'string',
    default: 'auto',
    targets: ['map'],
    doc: 'The built-in base map (land, sea, borders, French régions and départements): `auto` (its files next to the script), `none`, or the URL of the folder holding its files when a bundler moved the script away from `dist/basemap/`.',
  },
  {
    attribute: 'color-by',
    property: 'colorBy',
    type: 'string',
    default: 'kind',
    targets: ['map', 'legend'],
    doc: 'Dimension whose values colour the cluster markers (`kind`, `sector`, a taxonomy id…).',
  },
  {
    attribute: 'boundaries',
    property: 'boundaries',
    type: 'string',
    default: '',
    targets: ['map'],
    doc: 'URL of a GeoJSON file with the territories’ boundaries, joined by `boundaries-key`; it overrides the built-in outlines.',
  },
  {
    attribute: 'boundaries-key',
    property: 'boundariesKey',
    type: 'string',
    default: 'id',
    targets: ['map'],
    doc: 'Which feature member joins a boundary to a territory’s code: `id` (the feature id) or a property name (`code`, `NUTS_ID`).',
  },
  {
    attribute: 'choropleth',
    property: 'choropleth',
    type: 'boolean',
    default: false,
    targets: ['map'],
    doc: 'Colour territories by their number of visible clusters, with the rest of their level (every région, département or country) in a neutral shade.',
  },
  {
    attribute: 'hide-organisations',
    property: 'hideOrganisations',
    type: 'boolean',
    default: false,
    targets: ['map'],
    doc: 'Hide the organisations’ points.',
  },
  {
    attribute: 'hide-cooperations',
    property: 'hideCooperations',
    type: 'boolean',
    default: false,
    targets: ['map'],
    doc: 'Hide the cooperation links.',
  },
  {
    attribute: 'show-candidates',
    property: 'showCandidates',
    type: 'boolean',
    default: false,
    targets: ['map'],
    doc: 'Draw the selected cluster’s possible partners (`partnersFor`) as dotted links, apart from cooperations.',
  },
  {
    attribute: 'show-events',
    property: 'showEvents',
    type: 'boolean',
    default: false,
    targets: ['map'],
    doc: 'Show the clusters’ upcoming events that have a place, as calendar marks.',
  },
  {
    attribute: 'center',
    property: 'center',
    type: 'string',
    default: '',
    targets: ['map'],
    doc: 'Initial centre, `latitude,longitude` (instead of fitting the data).',
  },
  {
    attribute: 'zoom',
    property: 'zoom',
    type: 'number',
    default: 0,
    targets: ['map'],
    doc: 'Initial zoom level, with `center`.',
  },
  // <grappe-compare> (view="compare")
  {
    attribute: 'metric',
    property: 'metric',
    type: 'string',
    default: null,
    targets: ['compare'],
    doc: 'The indicator’s `metric` (`members`, `jobs`, `projects`, `budget`…); empty: the visitor chooses among those the visible clusters give.',
  },
  {
    attribute: 'from',
    property: 'from',
    type: 'string',
    default: null,
    targets: ['compare'],
    doc: 'First year shown (a period counts by its first year: `2006/07` is 2006).',
  },
  {
    attribute: 'to',
    property: 'to',
    type: 'string',
    default: null,
    targets: ['compare'],
    doc: 'Last year shown. Neither `from` nor `to`: the latest ten periods.',
  },
] as const satisfies readonly ExplorerOption[];

type ValueOf<O> = O extends { type: 'boolean' }
  ? boolean
  : O extends { type: 'number' }
    ? number
    : O extends { default: null }
      ? string | null
      : string;

/** The explorer's properties that the options create, typed from the list. */
export type ExplorerOptionValues = {
  -readonly [O in (typeof EXPLORER_OPTIONS)[number] as O['property']]: ValueOf<O>;
};
