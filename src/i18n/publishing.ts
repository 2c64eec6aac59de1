/**
 * The publishers' catalogue: what the spreadsheet import, the command line and the publishing
 * page say, in French and English (other languages read English). Apart from the visitors'
 * catalogue so that the embeds, which never import a spreadsheet, do not carry it.
 */
import { TABLE_FILE_NAMES } from '../csv/headings.js';
import { getVocabulary } from '../schema/vocabularies.js';
import { describeValue } from '../validate/describe-value.js';
import { cutList } from './index.js';
import { en as enVisitors } from './locales/en.js';
export { LINES_PER_KIND, firstOfEachKind } from './problem-lines.js';
import { fr as frVisitors } from './locales/fr.js';

import type { PublishingMessages } from './publishing-messages.js';
export type { PublishingMessages } from './publishing-messages.js';

const frPlural = (count: number, one: string, other: string) =>
  `${count.toLocaleString('fr')} ${count < 2 ? one : other}`;
const enPlural = (count: number, one: string, other: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : other}`;

const tableNames = (lang: 'fr' | 'en') =>
  Object.values(TABLE_FILE_NAMES)
    .map((names) => `${names[lang]}.csv`)
    .join(', ');

/** The label of the term a problem names (`params.term` in `params.vocabulary`). */
const termLabel = (p: Readonly<Record<string, unknown>>, lang: 'fr' | 'en') =>
  getVocabulary(String(p['vocabulary']))?.terms.find((term) => term.id === p['term'])?.label[lang] ?? String(p['term']);

const fr: PublishingMessages = {
  where: (file, line, column) =>
    file === '' && line === undefined
      ? ''
      : `${file}${line !== undefined ? `, ligne ${line}` : ''}${column !== undefined ? `, colonne « ${column} »` : ''} : `,
  line: (line) => `ligne ${line}`,
  toWrite: (file, key) => `à ajouter dans ${file} (clé « ${key} ») : `,
  notAnEmail: (value) =>
    `« ${describeValue(value)} » n'est pas une adresse électronique (nom@domaine.fr) ; elle est affichée comme du texte, sans lien.`,
  swappedColumns:
    'longitude et latitude semblent inversées (inversées, elles placent la fiche près des autres, ou en France comme le dit son adresse) : vérifiez les deux colonnes ; gardées telles quelles.',
  andOthers: frVisitors.andOthers,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items.at(-1)}`),
  quote: (text) => `« ${describeValue(text)} »`,
  importProblems: {
    'unknown-table': (p) =>
      `fichier ignoré : « ${p['name']} » n'est le nom d'aucune table (tables lues : ${tableNames('fr')}, ou leurs noms anglais).`,
    'duplicate-table': (p) => `fichier ignoré : la même table a déjà été lue dans ${p['first']}.`,
    'unsupported-format': (p) =>
      `fichier ignoré : le format ${p['format']} n'est pas lu. Enregistrez ce tableau en classeur .xlsx ou .ods, ou en « CSV (séparateur : point-virgule) ».`,
    'not-text': () =>
      "ce fichier n'est pas un tableau en texte (CSV) : un classeur .xls renommé, une image ? Enregistrez-le en .xlsx, en .ods ou en « CSV (séparateur : point-virgule) » ; ignoré.",
    'unreadable-file': () =>
      'fichier illisible : ni un classeur Excel (.xlsx) ou LibreOffice (.ods), ni un GeoJSON de points (FeatureCollection) ; ignoré.',
    'values-cut': (p) =>
      `${Number(p['count']).toLocaleString('fr')} valeurs dans cette cellule : seules les ${p['max']} premières sont lues.`,
    'file-too-large': (p) =>
      `fichier refusé, sans être lu : plus de ${Math.round(Number(p['max']) / 1048576)} Mo, la taille la plus grande qu'un tableau peut avoir. Retirez les colonnes inutiles, ou répartissez les fiches entre plusieurs flux.`,
    'workbook-too-large': (p) =>
      p['limit'] === 'sheets'
        ? `classeur refusé : plus de ${p['max']} feuilles.`
        : p['limit'] === 'cellsPerSheet'
          ? `classeur refusé : une feuille s'étend sur plus de ${Number(p['max']).toLocaleString('fr')} cellules (une cellule isolée très loin, en colonne XFD ou ligne 1 000 000 ? supprimez-la).`
          : `classeur refusé : plus de ${Math.round(Number(p['max']) / 1048576)} Mo une fois décompressé.`,
    'too-many-columns': (p) => `plus de ${p['max']} colonnes : les suivantes sont ignorées.`,
    'too-many-rows': (p) =>
      `plus de ${Number(p['max']).toLocaleString('fr')} lignes : les suivantes sont ignorées (découpez la table ou publiez un fichier des membres par cluster).`,
    'unknown-column': () => 'colonne inconnue, ignorée (les colonnes de chaque table sont dans FORMAT.fr.md).',
    'duplicate-column': (p) => `colonne ignorée : elle répète la colonne « ${p['first']} ».`,
    'unknown-value': (p, vocabulary) =>
      `« ${describeValue(String(p['value']))} » n'est pas une valeur de « ${vocabulary} » ; laissée de côté.`,
    'value-completed': (p, vocabulary) =>
      `« ${describeValue(String(p['value']))} » lu comme « ${termLabel(p, 'fr')} », la valeur de « ${vocabulary} » qui commence ainsi.`,
    'new-value': (p, vocabulary) =>
      `« ${describeValue(String(p['value']))} » n'est pas une valeur prédéfinie de « ${vocabulary} » ; gardée telle quelle.`,
    'invalid-date': (p) =>
      p['reason'] === 'no-such-day'
        ? `date « ${describeValue(String(p['value']))} » : ce jour n'existe pas (vérifiez le jour et le mois) ; laissée vide.`
        : `date « ${describeValue(String(p['value']))} » non comprise (formes lues : JJ/MM/AAAA, AAAA-MM-JJ, MM/AAAA, « mars 2012 » ou une année) ; laissée vide.`,
    'coordinate-converted': (p) =>
      `« ${describeValue(String(p['value']))} » lu en degrés décimaux : ${Number(p['read']).toLocaleString('fr', { maximumFractionDigits: 6 })}.`,
    'coordinate-without-decimals': (p) =>
      `« ${describeValue(String(p['value']))} » ne peut pas être une ${p['axis'] === 'latitude' ? 'latitude (au plus 90)' : 'longitude (au plus 180)'} : le tableur a sans doute perdu la virgule décimale (${Number(p['read']).toLocaleString('fr', { maximumFractionDigits: 12 })} ?) ; coordonnées de la ligne laissées vides.`,
    'unknown-country': (p) =>
      `pays « ${describeValue(String(p['value']))} » non reconnu (nom français ou anglais, ou code FR) ; laissé vide.`,
    'phone-repaired': (p) =>
      `numéro « ${p['value']} » : le tableur a sans doute perdu le zéro initial ; lu « ${p['repaired']} ».`,
    'postcode-repaired': (p) =>
      `code postal « ${p['value']} » : le tableur a sans doute perdu le zéro initial ; lu « ${p['repaired']} ».`,
    'identifier-kept': () => 'colonne gardée comme identifiant du cluster (identifiers).',
    'duplicate-membership': (p) =>
      `l'adhésion de « ${describeValue(String(p['organisation']))} » à « ${describeValue(String(p['cluster']))} » figure déjà ligne ${p['first']} ; ignorée.`,
    'extra-cells': (p) =>
      `${p['value'] === '' ? frPlural(Number(p['count']), 'cellule vide', 'cellules vides') : frPlural(Number(p['count']), 'cellule', 'cellules')} après la dernière des ${p['columns']} colonnes${p['value'] === '' ? '' : ` (première : « ${describeValue(String(p['value']))} »)`} : un séparateur tapé dans une cellule ? ${Number(p['count']) < 2 ? 'Ignorée' : 'Ignorées'} ; les colonnes de cette ligne sont peut-être décalées.`,
    'cells-rejoined': (p) =>
      `« ${describeValue(String(p['value']))} » lu comme une seule cellule : le « ${describeValue(String(p['separator']))} » tapé dedans, sans guillemets autour de la cellule, la coupait en deux et décalait les colonnes suivantes ; vérifiez la ligne.`,
    'ambiguous-reference': (p) =>
      `« ${describeValue(String(p['value']))} » peut désigner ${p['kind'] === 'clusters' ? 'les clusters' : 'les organisations'} ${describeValue(String(p['ids']))}${Number(p['more'] ?? 0) > 0 ? ` et ${frPlural(Number(p['more']), 'autre', 'autres')}` : ''} : donnez l'identifiant de celui que vous voulez ; non relié.`,
    'id-case-twin': (p) =>
      `l'identifiant « ${describeValue(String(p['id']))} » ne diffère de « ${describeValue(String(p['other']))} » (ligne ${p['first']}) que par les majuscules : deux fiches distinctes, ou la même saisie deux fois ? Gardée.`,
    'ids-from-names': (p) =>
      `${frPlural(Number(p['count']), 'ligne sans identifiant', 'lignes sans identifiant')} : identifiant fait à partir du nom${p['kind'] === 'organisations' ? ' (ou du SIRET)' : ''} ; il change si le nom change ou si les lignes changent d'ordre : remplissez une colonne « Identifiant » pour des liens qui durent.`,
    'references-by-name': (p) =>
      `${frPlural(Number(p['count']), 'ligne nomme son', 'lignes nomment leur')} ${p['kind'] === 'clusters' ? 'cluster par son nom' : 'organisation par son nom, son SIRET'} ou avec d'autres majuscules (première : « ${describeValue(String(p['value']))} ») : ${Number(p['count']) > 1 ? 'reliées à leur' : 'reliée à son'} identifiant.`,
    'unknown-cluster': (p) =>
      p['id'] === ''
        ? 'ligne sans cluster : elle doit nommer l’identifiant d’un cluster de clusters.csv ; laissée de côté.'
        : `aucun cluster « ${describeValue(String(p['id']))} » dans clusters.csv (il faut son identifiant) ; ligne laissée de côté.`,
    'bad-more': () => "cette cellule n'est pas du JSON valide ; ignorée.",
    'unclosed-quote': (p) =>
      `la cellule ${p['cell']} s'ouvre par un guillemet qui n'est pas refermé là où elle finit : elle avalait les lignes suivantes. Ce guillemet est lu comme un simple caractère, les lignes suivantes comme des lignes ; vérifiez la cellule (un tableur enregistre doublé un guillemet tapé dans une cellule).`,
    'unclosed-quote-kept': (p) =>
      `la cellule ${p['cell']} s'ouvre par un guillemet jamais refermé, et le fichier a trop de guillemets de ce genre pour qu'ils soient tous réparés : tout ce qui suit, jusqu'à la fin du fichier, est lu dans cette cellule, et les lignes suivantes sont perdues. Refermez ce guillemet (un guillemet tapé dans une cellule s'écrit doublé : "").`,
    'memberships-in-organisations': (p) =>
      `colonne lue comme le cluster de chaque organisation : ${frPlural(Number(p['count']), 'adhésion', 'adhésions')} (avec le rôle et les dates de la ligne, s'il y en a).`,
    'title-rows': (p) =>
      `en-têtes lus sur cette ligne ; ${frPlural(Number(p['count']), 'ligne de titre au-dessus laissée', 'lignes de titre au-dessus laissées')} de côté.`,
    'scientific-notation': (p) =>
      `« ${describeValue(String(p['value']))} » : le tableur a écrit ce nombre en notation scientifique et en a perdu les derniers chiffres ; laissé vide. Mettez la colonne au format Texte et retapez-le.`,
    'ends-before-start': (p) =>
      `cette adhésion finit (${p['until']}) avant de commencer (${p['since']}) : vérifiez les dates.`,
    'open-twice': (p) =>
      `« ${describeValue(String(p['organisation']))} » a déjà ligne ${p['first']} une adhésion sans fin à « ${describeValue(String(p['cluster']))} » : une date en double, ou une fin non écrite ?`,
    'total-row': (p) =>
      `ligne de total (« ${describeValue(String(p['value']))} ») laissée de côté : ce n'est pas une fiche.`,
    'text-after-quote': (p) =>
      `texte après le guillemet qui ferme la cellule ${p['cell']} (comme « "Le Moulin" Grappe ») : lu sans les guillemets ; vérifiez la cellule.`,
    'windows-1252': () =>
      "lu en Windows-1252 (le codage du « CSV (séparateur : point-virgule) » d'Excel) ; accents conservés.",
    'no-clusters': (p) =>
      Array.isArray(p['files'])
        ? `aucune table de clusters${p['files'].length > 0 ? ` parmi les fichiers lus (${p['files'].map(describeValue).join(', ')})` : ''} : ajoutez un fichier clusters.csv (ou une feuille « clusters »), une ligne par cluster avec au moins sa colonne « Nom ».`
        : 'aucun cluster lu : il faut une table clusters.csv (ou une feuille « clusters ») avec au moins une ligne.',
    'geocoded-town': (p) =>
      `placé au centre de la commune (${describeValue(String(p['label']))}) : la carte le montre comme approximatif.`,
    'geocode-low-score': (p) =>
      `adresse « ${describeValue(String(p['address']))} » trouvée avec peu de certitude (« ${describeValue(String(p['found']))} », score ${p['score']}) ; non placée. Précisez l'adresse ou ajoutez longitude et latitude.`,
    'geocode-not-found': (p) =>
      `adresse « ${describeValue(String(p['address']))} » introuvable ; non placée. Précisez l'adresse ou ajoutez longitude et latitude.`,
    'geocode-failed': (p) =>
      `le service de géocodage n'a pas répondu (${describeValue(String(p['found']))}) ; fiche non placée. Relancez plus tard.`,
  },
  didYouMean: (labels) => ` Vouliez-vous dire ${labels} ?`,
  belongsElsewhere: (vocabulary) => ` C'est une valeur de « ${vocabulary} » : sa place est dans cette colonne-là.`,
  allowed: (labels) => ` Valeurs admises : ${labels}.`,
  counts: (clusters, organisations, memberships) =>
    `${frPlural(clusters, 'cluster', 'clusters')}, ${frPlural(organisations, 'organisation', 'organisations')}, ${frPlural(memberships, 'adhésion', 'adhésions')}`,
  report: (parts, milliseconds) => `${parts.join(' ; ')} (${milliseconds.toLocaleString('fr')} ms)`,
  summary: (errors, warnings, notices) =>
    `${frPlural(errors, 'erreur', 'erreurs')}, ${frPlural(warnings, 'avertissement', 'avertissements')}, ${frPlural(notices, 'remarque', 'remarques')}`,
  moreOfKind: (count) => `… et ${frPlural(count, 'autre', 'autres')} du même genre`,
  dropped: (count) => `${frPlural(count, 'fiche écartée', 'fiches écartées')}`,
  written: (file) => `flux écrit dans ${file}`,
  notWritten: 'aucun flux écrit : un flux a besoin d’au moins un cluster.',
  exported: (count, folder) => `${frPlural(count, 'table écrite', 'tables écrites')} dans ${folder}`,
  useImport: (source) =>
    `${source} est un tableau ou un dossier de tableaux : utilisez « grappe import ${source} » pour en faire un flux.`,
  unusable: {
    unreachable: (source, detail) => `${source} : injoignable (${detail})`,
    httpStatus: (source, status) => `${source} : le serveur a répondu HTTP ${status}`,
    overCap: (source, megabytes) => `${source} : plus de ${megabytes} Mo, non lu`,
    unreadable: (source, reason) => `${source} : illisible (${reason})`,
    notJson: (source, line, column) =>
      `${source} : ce n'est pas du JSON valide${line ? ` (ligne ${line}, colonne ${column})` : ''}`,
    notAFeed: (source) => `${source} : ce n'est pas un flux Grappe`,
    cannotWrite: (file, reason) => `${file} : impossible d'écrire ce fichier (${reason})`,
    reason: (code) =>
      ({
        ENOENT: 'fichier ou dossier introuvable',
        EACCES: 'accès refusé',
        EPERM: 'accès refusé',
        EISDIR: "c'est un dossier",
        ENOTDIR: "un élément du chemin n'est pas un dossier",
        ENOSPC: 'disque plein',
      })[code] ?? code,
  },
  defaultPublisher:
    'aucun éditeur donné : le flux porte l’identifiant « publisher », que d’autres flux portent aussi. Donnez --publisher-id et --publisher-name, ou une table flux.csv.',
  defaultPublisherName: 'Éditeur non précisé',
  badGeocoder: (value) =>
    `--geocoder « ${describeValue(value)} » n'est pas une adresse web (http:// ou https://) ; sans cette option, la Base Adresse Nationale est utilisée.`,
  placeAdvice: (count, first) =>
    `${frPlural(count, 'fiche a', 'fiches ont')} une adresse mais pas de coordonnées${first ? ` (${count < 2 ? '' : 'première : '}${first})` : ''} : relancez avec --geocode pour ${count < 2 ? 'la' : 'les'} placer (Base Adresse Nationale), ou remplissez les colonnes Longitude et Latitude.`,
  geocoded: (placed, asked, seconds) =>
    `géocodage : ${frPlural(placed, 'fiche placée', 'fiches placées')} sur ${asked.toLocaleString('fr')} (${seconds.toLocaleString('fr', { maximumFractionDigits: 1 })} s)`,
  page: {
    title: 'Publier vos clusters',
    privacy:
      "Vos fichiers restent dans ce navigateur : rien n'est envoyé nulle part, sauf les adresses au service de géocodage (Base Adresse Nationale), et seulement si vous demandez à placer les fiches.",
    drop: 'Déposez ici vos tableaux (CSV, classeur Excel .xlsx ou LibreOffice .ods, GeoJSON), ou',
    choose: 'choisissez des fichiers',
    readTitle: 'Ce qui a été lu',
    columns: {
      file: 'Fichier',
      table: 'Table',
      rows: 'Lignes',
      recognised: 'Colonnes reconnues',
      ignored: 'Colonnes ignorées',
    },
    tableNames: {
      feed: 'éditeur (flux)',
      taxonomies: 'taxonomies',
      territories: 'territoires',
      clusters: 'clusters',
      indicators: 'indicateurs',
      projects: 'projets',
      events: 'événements',
      organisations: 'organisations',
      memberships: 'adhésions',
      cooperations: 'coopérations',
      networks: 'réseaux',
    },
    remove: (file) => `Retirer ${file}`,
    problemsTitle: (count) => `${frPlural(count, 'point à revoir', 'points à revoir')}`,
    noProblem: 'Rien à revoir : tout a été lu tel quel.',
    showRow: (line) => `voir la ligne ${line}`,
    sourceTitle: (file) => `Contenu de ${file}`,
    moreRows: (count) => `… et ${frPlural(count, 'autre ligne', 'autres lignes')}`,
    placeTitle: 'Placer sur la carte',
    missing: (count) =>
      count === 0
        ? 'Toutes les fiches ont des coordonnées ou aucune adresse.'
        : `${frPlural(count, 'fiche a', 'fiches ont')} une adresse mais pas de coordonnées.`,
    place: (count) =>
      `Placer ${count < 2 ? 'cette fiche' : `ces ${count.toLocaleString('fr')} fiches`} (Base Adresse Nationale)`,
    cancel: 'Annuler',
    placing: (done, total) => `Géocodage : ${done.toLocaleString('fr')} sur ${total.toLocaleString('fr')}`,
    placed: (placed, asked) =>
      `${frPlural(placed, 'fiche placée', 'fiches placées')} sur ${asked.toLocaleString('fr')}.`,
    cancelled: 'Géocodage annulé.',
    previewTitle: 'Aperçu',
    nothingYet: "Déposez au moins la table des clusters pour voir l'aperçu.",
    downloadTitle: 'Télécharger',
    downloadFeed: 'Le flux (feed.json)',
    downloadTable: (file) => `Table ${file}`,
    tablesLanguage: 'Tables propres, en-têtes en français :',
  },
};

const en: PublishingMessages = {
  where: (file, line, column) =>
    file === '' && line === undefined
      ? ''
      : `${file}${line !== undefined ? `, line ${line}` : ''}${column !== undefined ? `, column "${column}"` : ''}: `,
  line: (line) => `line ${line}`,
  toWrite: (file, key) => `to add in ${file} (key "${key}"): `,
  notAnEmail: (value) =>
    `"${describeValue(value)}" is not an e-mail address (name@domain.org); it is shown as text, without a link.`,
  swappedColumns:
    'longitude and latitude look swapped (swapped, they put the record near the others, or in France as its address says): check both columns; kept as they are.',
  andOthers: enVisitors.andOthers,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`),
  quote: (text) => `"${describeValue(text)}"`,
  importProblems: {
    'unknown-table': (p) =>
      `file ignored: "${p['name']}" is the name of no table (tables read: ${tableNames('en')}, or their French names).`,
    'duplicate-table': (p) => `file ignored: the same table was already read from ${p['first']}.`,
    'unsupported-format': (p) =>
      `file ignored: the ${p['format']} format is not read. Save this table as an .xlsx or .ods workbook, or as CSV.`,
    'not-text': () =>
      'this file is not a text table (CSV): an .xls workbook renamed, an image? Save it as .xlsx, .ods or CSV; ignored.',
    'unreadable-file': () =>
      'unreadable file: neither an Excel (.xlsx) or LibreOffice (.ods) workbook nor a GeoJSON FeatureCollection of points; ignored.',
    'values-cut': (p) =>
      `${Number(p['count']).toLocaleString('en')} values in this cell: only the first ${p['max']} are read.`,
    'file-too-large': (p) =>
      `file refused, not read: over ${Math.round(Number(p['max']) / 1048576)} MB, the largest a table may be. Remove the columns not needed, or spread the records over several feeds.`,
    'workbook-too-large': (p) =>
      p['limit'] === 'sheets'
        ? `workbook refused: more than ${p['max']} sheets.`
        : p['limit'] === 'cellsPerSheet'
          ? `workbook refused: a sheet spans more than ${Number(p['max']).toLocaleString('en')} cells (a stray cell far away, in column XFD or row 1,000,000? delete it).`
          : `workbook refused: more than ${Math.round(Number(p['max']) / 1048576)} MB unpacked.`,
    'too-many-columns': (p) => `more than ${p['max']} columns: the rest are ignored.`,
    'too-many-rows': (p) =>
      `more than ${Number(p['max']).toLocaleString('en')} rows: the rest are ignored (split the table, or publish a members file per cluster).`,
    'unknown-column': () => 'unknown column, ignored (each table’s columns are listed in FORMAT.md).',
    'duplicate-column': (p) => `column ignored: it repeats the column "${p['first']}".`,
    'unknown-value': (p, vocabulary) =>
      `"${describeValue(String(p['value']))}" is not a value of "${vocabulary}"; left out.`,
    'value-completed': (p, vocabulary) =>
      `"${describeValue(String(p['value']))}" read as "${termLabel(p, 'en')}", the value of "${vocabulary}" that begins so.`,
    'new-value': (p, vocabulary) =>
      `"${describeValue(String(p['value']))}" is not a predefined value of "${vocabulary}"; kept as written.`,
    'invalid-date': (p) =>
      p['reason'] === 'no-such-day'
        ? `date "${describeValue(String(p['value']))}": there is no such day (check the day and the month); left empty.`
        : `date "${describeValue(String(p['value']))}" not understood (forms read: DD/MM/YYYY, YYYY-MM-DD, MM/YYYY, "March 2012" or a year); left empty.`,
    'coordinate-converted': (p) =>
      `"${describeValue(String(p['value']))}" read as decimal degrees: ${Number(p['read']).toLocaleString('en', { maximumFractionDigits: 6 })}.`,
    'coordinate-without-decimals': (p) =>
      `"${describeValue(String(p['value']))}" cannot be a ${p['axis'] === 'latitude' ? 'latitude (at most 90)' : 'longitude (at most 180)'}: the spreadsheet probably lost the decimal point (${Number(p['read']).toLocaleString('en', { maximumFractionDigits: 12 })}?); the row's coordinates are left empty.`,
    'unknown-country': (p) =>
      `country "${describeValue(String(p['value']))}" not recognised (French or English name, or a code such as FR); left empty.`,
    'phone-repaired': (p) =>
      `number "${p['value']}": the spreadsheet probably lost its leading zero; read "${p['repaired']}".`,
    'postcode-repaired': (p) =>
      `postcode "${p['value']}": the spreadsheet probably lost its leading zero; read as "${p['repaired']}".`,
    'identifier-kept': () => 'column kept as the cluster’s identifier (identifiers).',
    'duplicate-membership': (p) =>
      `the membership of "${describeValue(String(p['organisation']))}" in "${describeValue(String(p['cluster']))}" is already on line ${p['first']}; ignored.`,
    'extra-cells': (p) =>
      `${enPlural(Number(p['count']), p['value'] === '' ? 'empty cell' : 'cell', p['value'] === '' ? 'empty cells' : 'cells')} after the last of the ${p['columns']} columns${p['value'] === '' ? '' : ` (first: "${describeValue(String(p['value']))}")`}: a separator typed inside a cell? Ignored, and this row's columns may be shifted.`,
    'cells-rejoined': (p) =>
      `"${describeValue(String(p['value']))}" read as one cell: the "${describeValue(String(p['separator']))}" typed in it, without quotes around the cell, cut it in two and shifted the columns after it; check the row.`,
    'ambiguous-reference': (p) =>
      `"${describeValue(String(p['value']))}" may mean the ${p['kind'] === 'clusters' ? 'clusters' : 'organisations'} ${describeValue(String(p['ids']))}${Number(p['more'] ?? 0) > 0 ? ` and ${enPlural(Number(p['more']), 'other', 'others')}` : ''}: give the id of the one you mean; not linked.`,
    'id-case-twin': (p) =>
      `id "${describeValue(String(p['id']))}" differs from "${describeValue(String(p['other']))}" (line ${p['first']}) only in letter case: two records, or one typed twice? Kept.`,
    'ids-from-names': (p) =>
      `${enPlural(Number(p['count']), 'row', 'rows')} without an id: the id is made from the name${p['kind'] === 'organisations' ? ' (or SIRET)' : ''} and changes when the name or the rows' order does: fill an "Identifier" column for lasting links.`,
    'references-by-name': (p) =>
      `${enPlural(Number(p['count']), 'row names its', 'rows name their')} ${p['kind'] === 'clusters' ? 'cluster by name' : 'organisation by name, SIRET'} or with different capital letters (first: "${describeValue(String(p['value']))}"): linked to ${Number(p['count']) > 1 ? 'their ids' : 'its id'}.`,
    'unknown-cluster': (p) =>
      p['id'] === ''
        ? 'a row without a cluster: it must name the id of a cluster in clusters.csv; left out.'
        : `no cluster "${describeValue(String(p['id']))}" in clusters.csv (its id is needed); row left out.`,
    'bad-more': () => 'this cell is not valid JSON; ignored.',
    'unclosed-quote': (p) =>
      `cell ${p['cell']} opens with a quote that is not closed where the cell ends: it swallowed the lines after it. The quote is read as a plain character, the lines after it as lines; check the cell (a spreadsheet saves a quote typed in a cell doubled).`,
    'unclosed-quote-kept': (p) =>
      `cell ${p['cell']} opens with a quote that is never closed, and the file has too many such quotes for all to be repaired: everything after it, to the end of the file, is read into this cell, and the lines after it are lost. Close the quote (a quote typed in a cell is written doubled: "").`,
    'memberships-in-organisations': (p) =>
      `column read as each organisation's cluster: ${enPlural(Number(p['count']), 'membership', 'memberships')} (with the row's role and dates, if any).`,
    'title-rows': (p) =>
      `headings read on this line; ${enPlural(Number(p['count']), 'title row', 'title rows')} above left out.`,
    'scientific-notation': (p) =>
      `"${describeValue(String(p['value']))}": the spreadsheet wrote this number in scientific notation and lost its last digits; left empty. Format the column as Text and type it again.`,
    'ends-before-start': (p) =>
      `this membership ends (${p['until']}) before it starts (${p['since']}): check the dates.`,
    'open-twice': (p) =>
      `"${describeValue(String(p['organisation']))}" already has on line ${p['first']} a membership of "${describeValue(String(p['cluster']))}" with no end: a date typed twice, or an end not written?`,
    'total-row': (p) => `a total row ("${describeValue(String(p['value']))}") left out: it is not a record.`,
    'text-after-quote': (p) =>
      `text after the quote that closes cell ${p['cell']} (as in "Le Moulin" Grappe): read without the quotes; check the cell.`,
    'windows-1252': () => 'read as Windows-1252 (what Excel’s "CSV (semicolon delimited)" writes); accents kept.',
    'no-clusters': (p) =>
      Array.isArray(p['files'])
        ? `no clusters table${p['files'].length > 0 ? ` among the files read (${p['files'].map(describeValue).join(', ')})` : ''}: add a clusters.csv file (or a "clusters" sheet), one row per cluster with at least its "Name" column.`
        : 'no cluster read: a clusters.csv table (or a "clusters" sheet) with at least one row is needed.',
    'geocoded-town': (p) =>
      `placed at the centre of the town (${describeValue(String(p['label']))}): the map shows it as approximate.`,
    'geocode-low-score': (p) =>
      `address "${describeValue(String(p['address']))}" found with little certainty ("${describeValue(String(p['found']))}", score ${p['score']}); not placed. Give a fuller address, or longitude and latitude.`,
    'geocode-not-found': (p) =>
      `address "${describeValue(String(p['address']))}" not found; not placed. Give a fuller address, or longitude and latitude.`,
    'geocode-failed': (p) =>
      `the geocoding service did not answer (${describeValue(String(p['found']))}); not placed. Try again later.`,
  },
  didYouMean: (labels) => ` Did you mean ${labels}?`,
  belongsElsewhere: (vocabulary) => ` It is a value of "${vocabulary}": it belongs in that column.`,
  allowed: (labels) => ` Allowed values: ${labels}.`,
  counts: (clusters, organisations, memberships) =>
    `${enPlural(clusters, 'cluster', 'clusters')}, ${enPlural(organisations, 'organisation', 'organisations')}, ${enPlural(memberships, 'membership', 'memberships')}`,
  report: (parts, milliseconds) => `${parts.join('; ')} (${milliseconds.toLocaleString('en')} ms)`,
  summary: (errors, warnings, notices) =>
    `${enPlural(errors, 'error', 'errors')}, ${enPlural(warnings, 'warning', 'warnings')}, ${enPlural(notices, 'notice', 'notices')}`,
  moreOfKind: (count) => `… and ${enPlural(count, 'more', 'more')} of the same kind`,
  dropped: (count) => `${enPlural(count, 'record', 'records')} left out`,
  written: (file) => `feed written to ${file}`,
  notWritten: 'no feed written: a feed needs at least one cluster.',
  exported: (count, folder) => `${enPlural(count, 'table', 'tables')} written to ${folder}`,
  useImport: (source) =>
    `${source} is a spreadsheet or a folder of tables: use "grappe import ${source}" to make a feed of it.`,
  unusable: {
    unreachable: (source, detail) => `${source}: unreachable (${detail})`,
    httpStatus: (source, status) => `${source}: the server answered HTTP ${status}`,
    overCap: (source, megabytes) => `${source}: over ${megabytes} MB, not read`,
    unreadable: (source, reason) => `${source}: unreadable (${reason})`,
    notJson: (source, line, column) => `${source}: not valid JSON${line ? ` (line ${line}, column ${column})` : ''}`,
    notAFeed: (source) => `${source}: not a Grappe feed`,
    cannotWrite: (file, reason) => `${file}: cannot write this file (${reason})`,
    reason: (code) =>
      ({
        ENOENT: 'no such file or folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        EISDIR: 'is a folder',
        ENOTDIR: 'a part of the path is not a folder',
        ENOSPC: 'disk full',
      })[code] ?? code,
  },
  defaultPublisher:
    'no publisher given: the feed carries the id "publisher", which other feeds carry too. Give --publisher-id and --publisher-name, or a flux.csv table.',
  defaultPublisherName: 'Unnamed publisher',
  badGeocoder: (value) =>
    `--geocoder "${describeValue(value)}" is not a web address (http:// or https://); without the option, the Base Adresse Nationale is used.`,
  placeAdvice: (count, first) =>
    `${enPlural(count, 'record has', 'records have')} an address but no coordinates${first ? ` (${count === 1 ? '' : 'first: '}${first})` : ''}: run again with --geocode to place ${count === 1 ? 'it' : 'them'} (Base Adresse Nationale), or fill in the Longitude and Latitude columns.`,
  geocoded: (placed, asked, seconds) =>
    `geocoding: ${enPlural(placed, 'record', 'records')} placed of ${asked.toLocaleString('en')} (${seconds.toLocaleString('en', { maximumFractionDigits: 1 })} s)`,
  page: {
    title: 'Publish your clusters',
    privacy:
      'Your files stay in this browser: nothing is sent anywhere, except the addresses to the geocoding service (Base Adresse Nationale), and only if you ask to place the records.',
    drop: 'Drop your tables here (CSV, Excel .xlsx or LibreOffice .ods workbook, GeoJSON), or',
    choose: 'choose files',
    readTitle: 'What was read',
    columns: {
      file: 'File',
      table: 'Table',
      rows: 'Rows',
      recognised: 'Columns recognised',
      ignored: 'Columns ignored',
    },
    tableNames: {
      feed: 'publisher (feed)',
      taxonomies: 'taxonomies',
      territories: 'territories',
      clusters: 'clusters',
      indicators: 'indicators',
      projects: 'projects',
      events: 'events',
      organisations: 'organisations',
      memberships: 'memberships',
      cooperations: 'cooperations',
      networks: 'networks',
    },
    remove: (file) => `Remove ${file}`,
    problemsTitle: (count) => `${enPlural(count, 'point to check', 'points to check')}`,
    noProblem: 'Nothing to check: everything was read as written.',
    showRow: (line) => `show line ${line}`,
    sourceTitle: (file) => `Content of ${file}`,
    moreRows: (count) => `… and ${enPlural(count, 'more row', 'more rows')}`,
    placeTitle: 'Place on the map',
    missing: (count) =>
      count === 0
        ? 'Every record has coordinates or no address.'
        : `${enPlural(count, 'record has', 'records have')} an address but no coordinates.`,
    place: (count) =>
      `Place ${count === 1 ? 'this record' : `these ${count.toLocaleString('en')} records`} (Base Adresse Nationale)`,
    cancel: 'Cancel',
    placing: (done, total) => `Geocoding: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    placed: (placed, asked) => `${enPlural(placed, 'record', 'records')} placed of ${asked.toLocaleString('en')}.`,
    cancelled: 'Geocoding cancelled.',
    previewTitle: 'Preview',
    nothingYet: 'Drop at least the clusters table to see the preview.',
    downloadTitle: 'Download',
    downloadFeed: 'The feed (feed.json)',
    downloadTable: (file) => `Table ${file}`,
    tablesLanguage: 'Clean tables, with English headings:',
  },
};

/** The publishers' messages in a language (French or English; others read English). */
export function publishingMessages(lang: string | null | undefined): PublishingMessages {
  return (lang ?? '').toLowerCase().startsWith('fr') ? fr : en;
}

/** A long list cut with a count of the rest (`cutList`), in the publishers' words. */
export function shortList(items: readonly string[], messages: PublishingMessages): string {
  return cutList(items, messages.andOthers, messages.list);
}
