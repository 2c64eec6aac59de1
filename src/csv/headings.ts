/**
 * The names people give tables and columns, in French and English: what the import recognises
 * and what the export writes. A name is matched without regard to case, accents, spaces or
 * punctuation (`Code postal`, `code_postal`, `CODE-POSTAL` and `codepostal` are one), so a
 * chamber's own spreadsheet is read as it is; which file holds which table, and which column a
 * mistyped heading was meant to be, are found here too. FORMAT.fr.md's table of columns is
 * generated from this file (scripts/generate-vocabulary-docs.mjs).
 */
import { foldCompact } from '../text/search-text.js';
import type { CsvTable } from './csv-columns.js';
import type { ImportProblem } from './import-problem.js';
import type { SpreadsheetTable } from './spreadsheet-import.js';

/** `Code postal` → `codepostal`: how two spellings of a name are compared. */
export function headingKey(text: string): string {
  return foldCompact(text);
}

/** Each table's file names (without extension), French first when it differs. */
export const TABLE_FILE_NAMES: Readonly<Record<CsvTable, { fr: string; en: string; aliases?: readonly string[] }>> = {
  feed: { fr: 'flux', en: 'feed', aliases: ['editeur', 'publisher'] },
  taxonomies: { fr: 'taxonomies', en: 'taxonomies' },
  territories: { fr: 'territoires', en: 'territories' },
  clusters: { fr: 'clusters', en: 'clusters', aliases: ['poles', 'grappes'] },
  indicators: { fr: 'indicateurs', en: 'indicators' },
  projects: { fr: 'projets', en: 'projects' },
  events: { fr: 'evenements', en: 'events' },
  organisations: {
    fr: 'organisations',
    en: 'organisations',
    aliases: ['organizations', 'membres', 'adherents', 'entreprises'],
  },
  memberships: { fr: 'adhesions', en: 'memberships' },
  cooperations: { fr: 'cooperations', en: 'cooperations' },
  networks: { fr: 'reseaux', en: 'networks' },
};

/** The table a file (or a workbook's sheet) holds, from its name or one word of it; undefined when none or several. */
export function tableOfName(name: string): CsvTable | undefined {
  return tableMatchOfName(name)?.table;
}

/**
 * The table a name holds, and whether the whole name is the table's (`clusters.csv`) or only one
 * word of it (`Liste des clusters 2024.csv`, `Copie de clusters.csv`): of two files holding one
 * table, the one named exactly is read.
 */
export function tableMatchOfName(name: string): { table: CsvTable; whole: boolean } | undefined {
  const stem = name.replace(/\.[a-z0-9]{1,4}$/i, '');
  const tables = (Object.entries(TABLE_FILE_NAMES) as Array<[CsvTable, (typeof TABLE_FILE_NAMES)[CsvTable]]>).map(
    ([table, names]) => ({ table, keys: [names.fr, names.en, ...(names.aliases ?? [])].map(headingKey) }),
  );
  const key = headingKey(stem);
  const whole = tables.find(({ keys }) => keys.includes(key));
  if (whole) return { table: whole.table, whole: true };
  // `Liste des clusters 2024.csv`: the one table whose name is a word of the file's name.
  const words = new Set(stem.split(/[\s_\-.,;()[\]]+/).map(headingKey));
  const named = tables.filter(({ keys }) => keys.some((candidate) => words.has(candidate)));
  return named.length === 1 ? { table: named[0]!.table, whole: false } : undefined;
}

/** The tables of a CSV folder or a workbook: which file holds which table, unknown files reported. */
export function tablesOfFiles(
  tables: readonly SpreadsheetTable[],
  problems: ImportProblem[],
): Map<CsvTable, SpreadsheetTable> {
  const byTable = new Map<CsvTable, SpreadsheetTable & { whole: boolean }>();
  for (const table of tables) {
    const match = tableMatchOfName(table.name);
    if (!match) {
      problems.push({ severity: 'warning', code: 'unknown-table', file: table.file, params: { name: table.name } });
      continue;
    }
    const first = byTable.get(match.table);
    // `Copie de clusters.csv` beside `clusters.csv`: the file named exactly is the table, whichever
    // comes first in the folder (« C » sorts before « c »).
    if (first && !(match.whole && !first.whole)) {
      problems.push({ severity: 'warning', code: 'duplicate-table', file: table.file, params: { first: first.file } });
      continue;
    }
    if (first)
      problems.push({
        severity: 'warning',
        code: 'duplicate-table-named',
        file: first.file,
        params: { named: table.file },
      });
    byTable.set(match.table, { ...table, whole: match.whole });
  }
  for (const table of byTable.values())
    if (table.encoding === 'windows-1252')
      problems.push({ severity: 'notice', code: 'windows-1252', file: table.file });
  return byTable;
}

interface Heading {
  /** The French heading the export writes (`--lang fr`) and FORMAT.fr.md lists. */
  fr: string;
  /** Other names the import takes, besides the French heading and the column's own (English) name. */
  aliases?: readonly string[];
}

/** Headings shared by every table that has the column. */
const COMMON: Readonly<Record<string, Heading>> = {
  id: { fr: 'Identifiant', aliases: ['Identifier', 'Réf', 'Référence'] },
  name: {
    fr: 'Nom',
    aliases: ['Intitulé', 'Dénomination', 'Nom du cluster', 'Nom du pôle', 'Nom de la grappe', 'Nom de la structure'],
  },
  shortName: { fr: 'Nom court', aliases: ['Sigle', 'Acronyme', 'Short name'] },
  description: { fr: 'Description', aliases: ['Présentation'] },
  kind: { fr: 'Type', aliases: ['Typologie'] },
  sector: { fr: 'Filière', aliases: ['Filières', 'Secteur', 'Secteurs', 'Secteur d’activité', 'Sectors'] },
  stage: { fr: 'Stade', aliases: ['Maturité', 'Stade de développement'] },
  reach: { fr: 'Rayonnement', aliases: ['Portée'] },
  composition: { fr: 'Composition' },
  meaning: { fr: 'Acception' },
  orientation: { fr: 'Orientation' },
  governance: { fr: 'Gouvernance' },
  strategy: { fr: 'Stratégie' },
  initiator: { fr: 'Initiateur', aliases: ['Initiative'] },
  levers: { fr: 'Leviers' },
  services: { fr: 'Services' },
  categories: { fr: 'Catégories' },
  territories: { fr: 'Territoires', aliases: ['Territoire'] },
  longitude: { fr: 'Longitude', aliases: ['Lon', 'Lng', 'Long'] },
  latitude: { fr: 'Latitude', aliases: ['Lat'] },
  street: { fr: 'Adresse', aliases: ['Rue', 'Voie', 'Adresse postale', 'Address'] },
  postcode: { fr: 'Code postal', aliases: ['CP', 'Post code', 'Postal code', 'Zip'] },
  city: { fr: 'Ville', aliases: ['Commune', 'Localité', 'Town'] },
  country: { fr: 'Pays' },
  founded: { fr: 'Création', aliases: ['Date de création', 'Année de création', 'Créé en'] },
  legalForm: { fr: 'Forme juridique', aliases: ['Statut juridique', 'Forme'] },
  staff: { fr: 'Effectif', aliases: ['Effectifs', 'Équipe'] },
  website: { fr: 'Site web', aliases: ['Site internet', 'Site', 'Web', 'URL'] },
  email: { fr: 'Courriel', aliases: ['E-mail', 'Mail', 'Mél', 'Adresse électronique'] },
  phone: { fr: 'Téléphone', aliases: ['Tél', 'Tel', 'Phone number'] },
  contact: { fr: 'Contact', aliases: ['Nom du contact', 'Contact name'] },
  membersHref: { fr: 'Fichier des membres', aliases: ['Members file'] },
  size: { fr: 'Taille', aliases: ['Taille d’entreprise', 'Catégorie d’entreprise', 'Company size'] },
  siren: { fr: 'SIREN', aliases: ['N° SIREN', 'Numéro SIREN'] },
  siret: { fr: 'SIRET', aliases: ['N° SIRET', 'Numéro SIRET'] },
  more: { fr: 'Compléments', aliases: ['Plus'] },
  parent: { fr: 'Parent', aliases: ['Territoire parent', 'Valeur parente'] },
  since: { fr: 'Depuis', aliases: ['Début', 'Date de début'] },
  until: { fr: 'Jusqu’à', aliases: ['Fin', 'Date de fin', 'Jusqu’au'] },
  clusters: { fr: 'Clusters', aliases: ['Pôles'] },
  level: { fr: 'Niveau' },
  purposes: { fr: 'Objets', aliases: ['Objet', 'Finalités'] },
  code_scheme: { fr: 'Nomenclature', aliases: ['Code scheme'] },
  code_value: { fr: 'Code', aliases: ['Code INSEE', 'Code value'] },
  code_vintage: { fr: 'Millésime', aliases: ['Code vintage'] },
  cluster: { fr: 'Cluster', aliases: ['Pôle', 'Grappe'] },
  organisation: { fr: 'Organisation', aliases: ['Organization', 'Membre', 'Adhérent', 'Entreprise'] },
  role: { fr: 'Rôle', aliases: ['Qualité'] },
  metric: { fr: 'Indicateur', aliases: ['Mesure'] },
  period: { fr: 'Période' },
  year: { fr: 'Année' },
  value: { fr: 'Valeur' },
  unit: { fr: 'Unité' },
  label: { fr: 'Libellé' },
  source: { fr: 'Source' },
  taxonomy: { fr: 'Taxonomie' },
  taxonomy_label: { fr: 'Libellé de la taxonomie' },
  color: { fr: 'Couleur', aliases: ['Colour'] },
  key: { fr: 'Clé' },
  partners: { fr: 'Partenaires' },
  start: { fr: 'Début', aliases: ['Date de début', 'Date'] },
  end: { fr: 'Fin', aliases: ['Date de fin'] },
  url: { fr: 'Lien', aliases: ['URL', 'Site web', 'Site'] },
  markets: { fr: 'Marchés', aliases: ['Marchés cibles', 'Marchés visés', 'Marchés intégrateurs', 'Markets'] },
  technologies: { fr: 'Technologies', aliases: ['Technologies clés', 'Key technologies'] },
  targetZones: { fr: 'Zones visées', aliases: ['Zones cibles', 'Zones géographiques', 'Target zones'] },
  membership_open: {
    fr: 'Adhésion ouverte',
    aliases: ['Ouvert à l’adhésion', 'Ouvert aux adhésions', 'Open to members'],
  },
  membership_who: { fr: 'Qui peut adhérer', aliases: ['Public', 'Pour qui', 'Who may join'] },
  membership_fee: { fr: 'Cotisation', aliases: ['Coût d’adhésion', 'Tarif', 'Membership fee', 'Fee'] },
  membership_howTo: { fr: 'Comment adhérer', aliases: ['Adhérer', 'Lien d’adhésion', 'How to join'] },
};

/** What one table calls a column differently from the others. */
const BY_TABLE: Partial<Record<CsvTable, Readonly<Record<string, Heading>>>> = {
  organisations: {
    name: {
      fr: 'Nom',
      aliases: [
        'Raison sociale',
        'Dénomination',
        'Entreprise',
        'Nom de l’entreprise',
        'Nom de l’organisation',
        'Nom de l’établissement',
        'Nom de la société',
        'Société',
      ],
    },
    kind: { fr: 'Catégorie', aliases: ['Type', 'Type d’organisation', 'Organisation kind'] },
  },
  memberships: {
    since: { fr: 'Depuis', aliases: ['Date d’adhésion', 'Adhésion', 'Début'] },
    until: { fr: 'Jusqu’à', aliases: ['Fin', 'Date de sortie', 'Sortie', 'Jusqu’au'] },
  },
};

export function headingOf(table: CsvTable, column: string): Heading | undefined {
  return BY_TABLE[table]?.[column] ?? COMMON[column];
}

/** The heading the export writes for a column (`name@en` → `Nom@en` in French). */
export function writtenHeading(table: CsvTable, column: string, lang: 'fr' | 'en' | 'codes'): string {
  if (lang !== 'fr') return column;
  const [base, variant] = column.split('@', 2) as [string, string | undefined];
  const french = headingOf(table, base)?.fr ?? base;
  return variant ? `${french}@${variant}` : french;
}

/**
 * The columns of a table by every name the import takes: the column's own name, its French
 * heading, and the aliases. The first column to claim a name keeps it.
 */
export function headingIndex(table: CsvTable, columns: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  const claim = (name: string, column: string) => {
    const key = headingKey(name);
    if (key !== '' && !index.has(key)) index.set(key, column);
  };
  for (const column of columns) claim(column, column);
  for (const column of columns) {
    const heading = headingOf(table, column);
    if (!heading) continue;
    claim(heading.fr, column);
    for (const alias of heading.aliases ?? []) claim(alias, column);
  }
  return index;
}

/**
 * The column a heading that is none of `index`'s was probably meant to be (`Lattitude`,
 * `Code postale`), for "did you mean": the one heading within an edit or two (one for short
 * headings) of it; undefined when none or several columns are that near.
 */
export function nearestColumn(index: ReadonlyMap<string, string>, heading: string): string | undefined {
  const key = headingKey(heading);
  if (key.length < 3) return undefined;
  const most = key.length <= 5 ? 1 : 2;
  let best = most + 1;
  const nearest = new Set<string>();
  for (const [candidate, column] of index) {
    if (Math.abs(candidate.length - key.length) > most) continue;
    const edits = editDistance(key, candidate);
    if (edits < best) {
      best = edits;
      nearest.clear();
    }
    if (edits === best) nearest.add(column);
  }
  return nearest.size === 1 ? [...nearest][0] : undefined;
}

/** Edit distance, bounded: the strings compared are labels and short cells (capped at 80 characters). */
export function editDistance(a: string, b: string): number {
  const left = a.slice(0, 80);
  const right = b.slice(0, 80);
  let previous = Array.from({ length: right.length + 1 }, (_, at) => at);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[right.length]!;
}

/** The keys of `flux.csv` (a key/value table), in French. */
export const FEED_KEY_HEADINGS: Readonly<Record<string, string>> = {
  format: 'Format',
  version: 'Version',
  publisher_id: 'Identifiant de l’éditeur',
  publisher_name: 'Nom de l’éditeur',
  publisher_url: 'Site de l’éditeur',
  contact_name: 'Nom du contact',
  contact_email: 'Courriel du contact',
  contact_phone: 'Téléphone du contact',
  license: 'Licence',
  updated: 'Mise à jour',
  languages: 'Langues',
  more: 'Compléments',
};

/** Whether a cell of `flux.csv`'s first column is one of its keys (in either language). */
export function isFeedKey(written: string): boolean {
  return Object.hasOwn(FEED_KEY_HEADINGS, feedKeyOf(written));
}

/** A key of `flux.csv` as written in either language → its own name (`Mise à jour` → `updated`). */
export function feedKeyOf(written: string): string {
  const key = headingKey(written);
  for (const [name, french] of Object.entries(FEED_KEY_HEADINGS))
    if (headingKey(name) === key || headingKey(french) === key) return name;
  if (key === 'editeur') return 'publisher_name';
  return written.trim().toLowerCase().replace(/\s+/g, '_');
}
