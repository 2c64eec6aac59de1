/**
 * Every user-visible string of Grappe, as one interface each locale implements in full
 * (the type checker refuses a locale that misses a term). Terms that depend on a number are
 * functions, so each language says its own plurals.
 */
import type { ProblemCode } from '../validate/problems.js';

export type ProblemMessages = Record<ProblemCode, (params: Readonly<Record<string, string | number>>) => string>;

export interface Translation {
  /** BCP 47 tag of the locale. */
  $code: string;
  /** The language's own name, for language pickers. */
  $name: string;

  loading: string;
  loadingProgress: (done: number) => string;
  retry: string;
  close: string;
  searchClusters: string;
  searchMembers: string;
  clearFilters: string;
  showAll: (count: number) => string;
  showLess: string;
  showMore: (count: number) => string;
  filters: string;
  sortBy: string;
  sortName: string;
  sortMembers: string;
  sortFounded: string;
  resultCount: (shown: number, total: number) => string;
  noResults: string;
  noClusters: string;
  clusterList: string;
  directoryIsAlternative: string;
  mapLabel: string;
  mapKeyboardHint: string;
  wheelZoomHint: string;
  twoFingerHint: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  fullscreen: string;
  exitFullscreen: string;
  /** The map view (its button; also what a screen reader calls the map's area). */
  viewMap: string;
  viewList: string;
  selected: (name: string) => string;
  selectionCleared: string;
  groupOfClusters: (count: number) => string;
  groupOfPoints: (count: number) => string;
  organisationsHere: (count: number) => string;
  /** A group of clusters that share one seat: activating it lists them. */
  clustersHere: (count: number) => string;
  /** Accessible name of a cluster drawn at its territory for want of a seat of its own. */
  approximatePlace: (name: string, territory: string) => string;
  /** In the details: the map shows the cluster at its territory, not at its seat. */
  approximatePlaceNote: (territory: string) => string;
  /** Under a cluster's territories, when a geocoder placed it at town level only. */
  townLevelPlaceNote: (town: string) => string;
  /** Clusters the map cannot show (no seat, no territory with an outline). */
  notOnMap: (count: number) => string;
  notOnMapReason: string;
  tilesFailed: string;
  /** A file beside the script-tag bundle (the details, the comparison) that could not be loaded. */
  partFailed: string;
  attributionNaturalEarth: string;
  attributionFrance: string;
  legend: string;
  legendCount: (count: number) => string;

  details: string;
  territories: string;
  lifeCycleStage: string;
  stageStep: (step: number, total: number, label: string) => string;
  governanceDetails: string;
  legalForm: string;
  staff: (count: number) => string;
  board: string;
  seats: (count: number) => string;
  ethicsCharter: string;
  /** When a cluster was founded: a year or a month (`en 2005`, `en septembre 2005`). */
  founded: (when: string) => string;
  /** When a cluster was founded, to the day (`le 1 septembre 2005`). */
  foundedOn: (day: string) => string;
  /** Between a label and its value: `: ` in English, `\u00a0: ` in French (a space before the colon). */
  colon: string;
  labels: string;
  indicators: string;
  indicatorTable: (metric: string) => string;
  /** Under a chart that draws only the latest periods. */
  latestBars: (shown: number, total: number) => string;
  period: string;
  value: string;
  website: string;
  contact: string;
  email: string;
  phone: string;
  unsafeLink: string;
  cooperations: string;
  networks: string;
  partnerClusters: string;
  members: string;
  /** The members the feed lists ("1 member listed"), which a cluster's own figures (an indicator, "Members 178") may exceed. */
  memberCount: (count: number) => string;
  /** No "of which 0 companies": the count of companies only when there are some. */
  membersSummary: (organisations: number, companies: number) => string;
  loadingMembers: string;
  organisationKind: string;
  sizeClass: string;
  sites: (count: number) => string;
  since: (date: string) => string;
  all: string;
  externalCluster: string;
  /** A cooperation or network another publisher's feed declared, on this publisher's cluster. */
  declaredBy: (publisher: string) => string;

  problemsTitle: (count: number) => string;
  problemsSummary: (errors: number, warnings: number) => string;
  severity: Record<'error' | 'warning' | 'notice', string>;

  errorTitle: string;
  errorNetwork: (url: string) => string;
  errorCors: (url: string) => string;
  errorHttp: (status: number, url: string) => string;
  errorTimeout: (seconds: number, url: string) => string;
  /** The feed is bigger than the page allows (`max-bytes`); `size` is formatted (`50 Mo`). */
  errorTooLarge: (url: string, size: string) => string;
  errorParse: (url: string) => string;
  errorHtml: (url: string) => string;
  errorSchema: string;
  errorAborted: string;
  errorNoSource: string;
  refreshFailed: (time: string) => string;
  exportCsv: string;
  exportJson: string;

  /** The button that opens the facets: "Filtres (2)". */
  filtersButton: (active: number) => string;
  activeFilters: string;
  /** A filter as a chip says it: "Type : SPL". */
  filterChip: (dimension: string, value: string) => string;
  /** Accessible name of a chip that removes one filter: "Retirer le filtre Type : SPL". */
  removeFilter: (label: string) => string;
  /** The button that closes the filters sheet on a phone. */
  showResults: (count: number) => string;
  /** Why a cluster matched a search: one of its members did. */
  viaOrganisation: (name: string) => string;
  organisationDetails: string;
  address: string;
  identifiers: string;
  /** Link text to the public company directory. */
  companyDirectory: string;
  memberOf: string;
  /** A membership's dates: "depuis 2010", "2010 – 2015", "jusqu'en 2015". */
  membershipPeriod: (since: string, until: string) => string;
  formerMembers: (count: number) => string;
  formerMember: string;
  sector: string;
  purposes: string;
  dates: string;
  /** Accessible name of a cooperation line on the map. */
  cooperationBetween: (first: string, second: string) => string;
  membersBySize: string;
  logoOf: (name: string) => string;

  /** Names of record kinds, quoted in problem messages (`kind` parameter). */
  /** "clusters kept: 3 of 4" in the command line's summary. */
  keptRecords: (kind: 'clusters' | 'organisations' | 'memberships', kept: number, total: number) => string;
  recordKinds: Record<
    | 'publisher'
    | 'taxonomies'
    | 'territories'
    | 'clusters'
    | 'organisations'
    | 'memberships'
    | 'cooperations'
    | 'networks'
    | 'values',
    string
  >;
  problems: ProblemMessages;
  /** The form a patterned field expects, by keyword (`partial-date`…): in words, never a regular expression. */
  formatNames: Readonly<Record<string, string>>;
  /** After the first codes of a long list of allowed codes. */
  andOthers: (count: number) => string;
  /** A cluster's activity (format 1.1): joining, projects, events, possible partners. */
  activity: {
    joinTitle: string;
    open: string;
    closed: string;
    who: string;
    fee: string;
    how: string;
    join: (name: string) => string;
    projects: (count: number) => string;
    partners: string;
    funding: string;
    events: string;
    upcoming: string;
    noUpcoming: string;
    past: (count: number) => string;
    possiblePartners: string;
    partnersExplained: string;
    reason: Record<'market' | 'technology' | 'sector' | 'zone' | 'complement', (values: string) => string>;
  };
  /** `<grappe-compare>`: clusters side by side on one indicator. */
  compare: {
    title: string;
    viewCompare: string;
    metric: string;
    chooseMetric: string;
    metricOption: (label: string, clusters: number) => string;
    noMetric: string;
    fromYear: string;
    toYear: string;
    cluster: string;
    target: (period: string) => string;
    total: (clusters: number) => string;
    noValue: string;
    sortBy: (column: string) => string;
    sortedBy: (column: string, ascending: boolean) => string;
    chart: (metric: string) => string;
    chartTop: (shown: number, total: number) => string;
    fromMemberships: string;
    hideEmpty: (count: number) => string;
    showEmpty: (count: number) => string;
    periodsLeftOut: (count: number) => string;
    download: string;
    fileName: (metric: string) => string;
  };
  /** The directory's sort by distance and the map's extra layers (format 1.1). */
  nearby: {
    sortDistance: string;
    useMyPosition: string;
    orClickMap: string;
    locating: string;
    positionUnavailable: string;
    distanceFrom: (place: string) => string;
    myPosition: string;
    pointOnMap: string;
    clearPoint: string;
    distance: (kilometres: string) => string;
    noPlace: string;
    candidateLink: (from: string, to: string) => string;
    event: (name: string, date: string) => string;
  };
}
