/** The publishers' catalogue in French (publishing.ts gives it by language). */
import { describeValue } from '../validate/describe-value.js';
import { fr as frVisitors } from './locales/fr.js';
import { tableNames, termLabel } from './publishing-words.js';
import type { PublishingMessages } from './publishing-messages.js';

const frPlural = (count: number, one: string, other: string) =>
  `${count.toLocaleString('fr')} ${count < 2 ? one : other}`;

export const fr: PublishingMessages = {
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
    'duplicate-table-named': (p) =>
      `fichier ignoré : ${p['named']} porte le nom exact de la même table et est lu à sa place.`,
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
      `l'adhésion de « ${describeValue(String(p['organisation']))} » à « ${describeValue(String(p['cluster']))} » figure déjà ligne ${p['first']}${p['firstFile'] ? ` de ${p['firstFile']}` : ''} ; ${Array.isArray(p['merged']) && p['merged'].length > 0 ? `une seule adhésion, qui prend de cette ligne ${p['merged'].map((column) => `« ${describeValue(String(column))} »`).join(', ')}.` : 'ignorée.'}`,
    'extra-cells': (p) =>
      `${p['value'] === '' ? frPlural(Number(p['count']), 'cellule vide', 'cellules vides') : frPlural(Number(p['count']), 'cellule', 'cellules')} après la dernière des ${p['columns']} colonnes${p['value'] === '' ? '' : ` (première : « ${describeValue(String(p['value']))} »)`} : un séparateur tapé dans une cellule ? ${Number(p['count']) < 2 ? 'Ignorée' : 'Ignorées'} ; les colonnes de cette ligne sont peut-être décalées.`,
    'cells-rejoined': (p) =>
      `« ${describeValue(String(p['value']))} » lu comme une seule cellule : le « ${describeValue(String(p['separator']))} » tapé dedans, sans guillemets autour de la cellule, la coupait en deux et décalait les colonnes suivantes ; vérifiez la ligne.`,
    'ambiguous-reference': (p) =>
      `« ${describeValue(String(p['value']))} » peut désigner ${p['kind'] === 'clusters' ? 'les clusters' : 'les organisations'} ${String(p['ids'])}${Number(p['more'] ?? 0) > 0 ? ` et ${frPlural(Number(p['more']), 'autre', 'autres')}` : ''} : donnez l'identifiant de ${p['kind'] === 'clusters' ? 'celui' : 'celle'} que vous voulez ; non relié.`,
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
    'geocode-failed-many': (p) =>
      `le service de géocodage ${describeValue(String(p['service']))} n'a pas répondu (${describeValue(String(p['found']))}) : ${frPlural(Number(p['count']), 'fiche', 'fiches')} avec adresse restent non placées, celle-ci la première. Réessayez plus tard ; elles gardent leur adresse.`,
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
  usage: `grappe : l’outil des flux Grappe
  grappe validate FICHIER|URL… [--json] [--lang fr|en]
  grappe schema
  grappe stats FICHIER|URL [--json]
  grappe import DOSSIER|TABLE.csv|CLASSEUR.xlsx|CLASSEUR.ods [--geocode [--geocoder URL]] [--lang fr|en]
                [--publisher-id ID --publisher-name NOM] [-o flux.json]
  grappe import ACTEURS.geojson --mapping CORRESPONDANCE.json [-o flux.json]
  grappe export FLUX -o DOSSIER [--lang fr|en]
  grappe --version
codes de sortie : 0 valide (import : flux écrit), 1 invalide (import : quelque chose laissé de côté, une erreur ✘), 2 entrée inutilisable
messages en français avec --lang fr ou un LANG français (LANG=fr_FR.UTF-8) ; tables et colonnes : FORMAT.fr.md`,
  unknownCommand: (command) => `grappe : commande inconnue « ${command} »`,
  unknownLanguage: (lang) => `grappe : pas de messages en « ${lang} » (fr, en) : anglais utilisé.`,
  unusable: {
    unreachable: (source, detail) => `${source} : injoignable (${detail})`,
    httpStatus: (source, status) => `${source} : le serveur a répondu HTTP ${status}`,
    overCap: (source, megabytes) => `${source} : plus de ${megabytes} Mo, non lu`,
    unreadable: (source, reason) => `${source} : illisible (${reason})`,
    notJson: (source, line, column) =>
      `${source} : ce n'est pas du JSON valide${line ? ` (ligne ${line}, colonne ${column})` : ''}`,
    notAFeed: (source) => `${source} : ce n'est pas un flux Grappe`,
    cannotWrite: (file, reason) => `${file} : impossible d'écrire ce fichier (${reason})`,
    missing: (what) =>
      ({
        source: 'import : donnez un dossier de tableaux (CSV, XLSX, ODS), un tableau ou un fichier GeoJSON.',
        mapping: 'import : --mapping demande un fichier (--mapping CORRESPONDANCE.json).',
        output: '-o demande un nom de fichier (-o flux.json) ; sans -o, le flux va sur la sortie standard.',
        export: 'export : grappe export FLUX -o DOSSIER [--lang fr|en]',
      })[what],
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
  geocoderWithoutGeocode: "--geocoder ne sert qu'avec --geocode : aucune adresse n'a été cherchée.",
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
