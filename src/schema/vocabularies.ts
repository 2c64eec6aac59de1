/**
 * The built-in vocabularies of the Grappe feed format.
 *
 * Codes are stable and part of the format's contract: a minor version of the format may add a
 * code, only a major version may rename or remove one. Labels are given in French and English
 * (the format's two reference languages); the UI falls back to English, then French, for other
 * languages.
 *
 * The typology dimensions come from the source documents (see FORMAT.md): France Clusters' and
 * the IAURIF's typologies, the chambers of commerce's fact sheets and the inter-clustering dossier.
 */

// A type alias, not an interface: it must be assignable to a language map (`Record<string, string>`).
export type VocabularyLabel = {
  fr: string;
  en: string;
};

export interface VocabularyTerm {
  /** Stable code used in feeds. */
  id: string;
  label: VocabularyLabel;
}

export interface Vocabulary {
  /** Stable id of the vocabulary; for cluster dimensions, also the cluster field and the `filter-*` attribute suffix. */
  id: string;
  label: VocabularyLabel;
  terms: readonly VocabularyTerm[];
  /** True when the order of the terms means something (life-cycle stage, reach). */
  ordered?: boolean;
  /** True when a feed may use codes outside the list (sector is a free vocabulary). */
  open?: boolean;
}

/** Every label object of the built-in vocabularies: readers of other languages get English. */
export const BUILT_IN_LABELS = new WeakSet<object>();

/**
 * A label as written here. The English-only script-tag bundles are built with the French labels
 * emptied (scripts/vocabulary-labels.mjs): those have no `fr` until `locales/fr.js` brings it.
 */
function builtInLabel(fr: string, en: string): VocabularyLabel {
  const label = (fr ? { fr, en } : { en }) as VocabularyLabel;
  BUILT_IN_LABELS.add(label);
  return label;
}

function vocabulary(
  id: string,
  label: VocabularyLabel,
  terms: Array<[id: string, fr: string, en: string]>,
  options: { ordered?: boolean; open?: boolean } = {},
): Vocabulary {
  return {
    id,
    label: builtInLabel(label.fr, label.en),
    terms: terms.map(([termId, fr, en]) => ({ id: termId, label: builtInLabel(fr, en) })),
    ...options,
  };
}

/** Kind of cluster, or the public programme that labels it. */
export const KIND = vocabulary('kind', { fr: 'Type', en: 'Kind' }, [
  ['pole-de-competitivite', 'Pôle de compétitivité', 'Competitiveness cluster (pôle de compétitivité)'],
  ['spl', 'Système productif local (SPL)', 'Local productive system (SPL)'],
  ['grappe-entreprises', "Grappe d'entreprises", 'Business grappe (grappe d’entreprises)'],
  ['regional-cluster', 'Cluster régional', 'Regional cluster'],
  ['research-cluster', 'Cluster de recherche', 'Research cluster'],
  ['technopole', 'Technopole', 'Technopole'],
  ['cluster-network', 'Réseau de clusters', 'Network of clusters'],
  ['cluster', 'Cluster', 'Cluster'],
]);

/** What the cluster is made of. */
export const COMPOSITION = vocabulary('composition', { fr: 'Composition', en: 'Composition' }, [
  ['business', "Cluster d'entreprises", 'Business cluster'],
  ['research', 'Cluster de recherche', 'Research cluster'],
  ['integrated', 'Cluster intégré (R&D et industrie)', 'Integrated cluster (R&D and industry)'],
]);

/** The IAURIF's three meanings of "cluster". */
export const MEANING = vocabulary('meaning', { fr: 'Acception', en: 'Meaning' }, [
  ['economic', 'Économique / sectorielle', 'Economic / sectoral'],
  ['relational', 'Relationnelle / réseau', 'Relational / network'],
  ['territorial', 'Territoriale', 'Territorial'],
]);

/** What the members collaborate on (several at once). */
export const ORIENTATION = vocabulary('orientation', { fr: 'Orientation de la collaboration', en: 'Collaboration orientation' }, [
  ['means', 'Moyens (formation, R&D, veille partagées)', 'Means (shared training, R&D, monitoring)'],
  ['products-markets', 'Produits / marchés', 'Products / markets'],
  ['working-club', "Club d'échange d'expériences", 'Working club (exchange of experience)'],
]);

/** Geographic reach, from the smallest to the widest. */
export const REACH = vocabulary(
  'reach',
  { fr: 'Rayonnement', en: 'Reach' },
  [
    ['local', 'Local', 'Local'],
    ['regional', 'Régional', 'Regional'],
    ['national', 'National', 'National'],
    ['cross-border', 'Transfrontalier', 'Cross-border'],
    ['world-vocation', 'À vocation mondiale', 'With a world vocation'],
    ['world-class', 'Mondial', 'World-class'],
  ],
  { ordered: true },
);

/** "Cluster-espace" (a place, no governance) vs "cluster-puissance" (governed, sets a strategy). */
export const GOVERNANCE = vocabulary('governance', { fr: 'Gouvernance', en: 'Governance' }, [
  ['space', 'Cluster-espace (sans gouvernance)', 'Cluster as a place (no governance)'],
  ['power', 'Cluster-puissance (gouverné, stratège)', 'Governed cluster (sets a strategy)'],
]);

/** How decisions are made. */
export const STRATEGY = vocabulary('strategy', { fr: 'Stratégie', en: 'Strategy' }, [
  ['top-down', 'Par le haut (un ou deux donneurs d’ordre)', 'Top-down (one or two principals decide)'],
  ['bottom-up', 'Par le bas (décisions collectives)', 'Bottom-up (collective decisions)'],
]);

/** Who started the cluster. */
export const INITIATOR = vocabulary('initiator', { fr: 'Initiateur', en: 'Initiator' }, [
  ['regional-council', 'Conseil régional', 'Regional council'],
  ['city', 'Ville / métropole', 'City / metropolis'],
  ['chamber-of-commerce', 'Chambre de commerce (CCI)', 'Chamber of commerce'],
  ['companies', 'Entreprises', 'Companies'],
  ['research-centres', 'Centres de recherche', 'Research centres'],
  ['development-agency', 'Agence de développement / technopole', 'Development agency / technopole'],
  ['employers-organisation', 'Organisation patronale', "Employers' organisation"],
  ['state', 'État', 'State'],
]);

/** France Clusters' five life-cycle stages, in order. */
export const STAGE = vocabulary(
  'stage',
  { fr: 'Stade de maturité', en: 'Life-cycle stage' },
  [
    ['seeding', 'Amorçage', 'Seeding'],
    ['gathering', 'Rassemblement', 'Gathering'],
    ['pooling', 'Mutualisation', 'Pooling'],
    ['collaboration', 'Collaboration', 'Collaboration'],
    ['influence', 'Rayonnement', 'Influence'],
  ],
  { ordered: true },
);

/** Sector or "filière": a free vocabulary; these codes only give labels to common ones. */
export const SECTOR = vocabulary(
  'sector',
  { fr: 'Filière', en: 'Sector' },
  [
    ['mechatronics', 'Mécatronique', 'Mechatronics'],
    ['mechanical-engineering', 'Mécanique', 'Mechanical engineering'],
    ['plastics', 'Plasturgie', 'Plastics'],
    ['food-health', 'Nutrition-santé', 'Food and health'],
    ['health', 'Santé', 'Health'],
    ['biotech', 'Biotechnologies', 'Biotechnology'],
    ['pharmaceuticals', 'Pharmacie', 'Pharmaceuticals'],
    ['ict', 'Numérique / TIC', 'ICT / digital'],
    ['eco-energy', 'Éco-énergies', 'Eco-energy'],
    ['energy', 'Énergie', 'Energy'],
    ['environment', 'Éco-activités / environnement', 'Eco-activities / environment'],
    ['tourism', 'Tourisme', 'Tourism'],
    ['cosmetics', 'Cosmétique', 'Cosmetics'],
    ['aerospace', 'Aéronautique et spatial', 'Aerospace'],
    ['automotive', 'Automobile et mobilité', 'Automotive and mobility'],
    ['lighting', 'Lumière / éclairage', 'Lighting'],
    ['optics', 'Optique et photonique', 'Optics and photonics'],
    ['services-innovation', 'Innovation par les services', 'Innovation through services'],
    ['creative-industries', 'Industries créatives', 'Creative industries'],
    ['construction', 'Bâtiment', 'Construction'],
    ['sustainable-city', 'Ville durable', 'Sustainable city'],
    ['measurement', 'Mesure', 'Measurement'],
    ['microelectronics', 'Microélectronique', 'Microelectronics'],
    ['wood-energy', 'Bois-énergie', 'Wood energy'],
  ],
  { open: true },
);

/** The competitiveness levers a cluster works on. */
export const LEVERS = vocabulary('levers', { fr: 'Leviers de compétitivité', en: 'Competitiveness levers' }, [
  ['international', 'Ouverture internationale', 'International opening'],
  ['commercial', 'Développement commercial', 'Commercial development'],
  ['training', 'Formation', 'Training'],
  ['human-resources', 'Ressources humaines', 'Human resources'],
  ['industrial-performance', 'Performance industrielle', 'Industrial performance'],
  ['innovation', 'Innovation technologique', 'Technological innovation'],
]);

/** The services a cluster offers its members. */
export const SERVICES = vocabulary('services', { fr: 'Services', en: 'Services' }, [
  ['matchmaking', "Mise en relation d'affaires", 'Matchmaking'],
  ['member-directory', 'Annuaire des membres', 'Member directory'],
  ['agenda', 'Agenda', 'Agenda'],
  ['monitoring', 'Veille', 'Monitoring (veille)'],
  ['shared-stand', 'Stand collectif sur les salons', 'Shared stand at trade fairs'],
  ['international-plan', 'Plan international', 'International plan'],
  ['startup-support', 'Accompagnement des jeunes entreprises', 'Start-up support'],
  ['strategic-advice', 'Conseil stratégique', 'Strategic advice'],
  ['pooled-purchasing', 'Achats groupés', 'Pooled purchasing'],
  ['pooled-rd', 'R&D mutualisée', 'Pooled R&D'],
  ['pooled-training', 'Formation mutualisée', 'Pooled training'],
  ['export-missions', "Missions à l'export", 'Export missions'],
  ['common-brand', 'Marque commune', 'Common brand'],
]);

/** The typology dimensions of a cluster, in the order the UI shows them. */
export const CLUSTER_DIMENSIONS: readonly Vocabulary[] = [
  KIND,
  SECTOR,
  STAGE,
  REACH,
  COMPOSITION,
  MEANING,
  ORIENTATION,
  GOVERNANCE,
  STRATEGY,
  INITIATOR,
  LEVERS,
  SERVICES,
];

/** Ids of the built-in dimensions, which are also field names on a cluster. */
export const CLUSTER_DIMENSION_IDS = CLUSTER_DIMENSIONS.map((dimension) => dimension.id);

export const ORGANISATION_KIND = vocabulary('organisation-kind', { fr: "Type d'organisation", en: 'Organisation kind' }, [
  ['company', 'Entreprise', 'Company'],
  ['research-lab', 'Laboratoire de recherche', 'Research lab'],
  ['university', 'Université', 'University'],
  ['school', 'École', 'School'],
  ['training-centre', 'Centre de formation', 'Training centre'],
  ['local-authority', 'Collectivité territoriale', 'Local authority'],
  ['chamber', 'Chambre consulaire', 'Chamber (commerce, trades, agriculture)'],
  ['development-agency', 'Agence de développement', 'Development agency'],
  ['technopole', 'Technopole', 'Technopole'],
  ['technical-centre', 'Centre technique', 'Technical centre'],
  ['fablab', 'Fablab', 'Fablab'],
  ['bank', 'Banque', 'Bank'],
  ['investor', 'Investisseur', 'Investor'],
  ['association', 'Association / fédération', 'Association / federation'],
  ['public-body', 'Organisme public', 'Public body'],
  ['cluster', 'Cluster', 'Cluster'],
  ['other', 'Autre', 'Other'],
]);

export const SIZE_CLASS = vocabulary(
  'size-class',
  { fr: "Taille d'entreprise", en: 'Company size' },
  [
    ['micro', 'TPE (moins de 10 salariés)', 'Micro (under 10 employees)'],
    ['sme', 'PME (10 à 249 salariés)', 'SME (10 to 249 employees)'],
    ['mid-cap', 'ETI (250 à 4 999 salariés)', 'Mid-cap (250 to 4,999 employees)'],
    ['large', 'Grande entreprise', 'Large company'],
  ],
  { ordered: true },
);

export const MEMBER_ROLE = vocabulary('member-role', { fr: 'Rôle', en: 'Role' }, [
  ['founder', 'Fondateur', 'Founder'],
  ['board', "Membre du conseil d'administration", 'Board member'],
  ['member', 'Adhérent', 'Member'],
  ['partner', 'Partenaire', 'Partner'],
]);

export const COOPERATION_LEVEL = vocabulary('cooperation-level', { fr: 'Niveau', en: 'Level' }, [
  ['regional', 'Régional', 'Regional'],
  ['national', 'National', 'National'],
  ['international', 'International', 'International'],
  ['cross-border', 'Transfrontalier', 'Cross-border'],
]);

export const COOPERATION_PURPOSE = vocabulary('cooperation-purpose', { fr: 'Finalité', en: 'Purpose' }, [
  ['sme-clients', 'Clients étrangers pour les PME', 'Foreign clients for the SMEs'],
  ['sme-licensing', 'Licences', 'Licensing'],
  ['sme-partners', 'Partenaires technologiques ou de recherche', 'Technology or research partners'],
  ['joint-bid', 'Réponses communes aux appels', 'Joint bids'],
  ['joint-brand', 'Marque commune sur les salons', 'Joint brand at trade fairs'],
  ['shared-platform', 'Plateformes partagées', 'Shared platforms'],
  ['shared-monitoring', 'Veille partagée', 'Shared monitoring'],
  ['patents', 'Bases de brevets', 'Patent bases'],
  ['attract-firms', "Attirer des entreprises", 'Attract firms'],
  ['attract-talent', 'Attirer chercheurs et étudiants', 'Attract researchers and students'],
]);

export const COOPERATION_STAGE = vocabulary(
  'cooperation-stage',
  { fr: 'Maturité de la coopération', en: 'Cooperation stage' },
  [
    ['identification', 'Identification des partenaires', 'Identifying partners'],
    ['first-contacts', 'Premiers contacts', 'First contacts'],
    ['first-operations', 'Premières opérations', 'First operations'],
    ['joint-operations', 'Opérations communes', 'Joint operations'],
    ['alliance', 'Alliance formelle', 'Formal alliance'],
  ],
  { ordered: true },
);

export const COOPERATION_GOVERNANCE = vocabulary('cooperation-governance', { fr: "Gouvernance de l'alliance", en: 'Alliance governance' }, [
  ['shared', 'Partagée', 'Shared'],
  ['rotating', 'Tournante', 'Rotating'],
  ['third-party', 'Confiée à un tiers neutre', 'Entrusted to a neutral third party'],
]);

export const TERRITORY_KIND = vocabulary(
  'territory-kind',
  { fr: 'Type de territoire', en: 'Territory kind' },
  [
    ['country', 'Pays', 'Country'],
    ['region', 'Région', 'Region'],
    ['departement', 'Département', 'Département'],
    ['metropolis', 'Métropole', 'Metropolis'],
    ['intercommunality', 'Intercommunalité', 'Intercommunality'],
    ['commune', 'Commune', 'Municipality'],
    ['nuts', 'Région NUTS', 'NUTS region'],
    ['employment-area', "Bassin d'emploi", 'Employment area'],
    ['cross-border', 'Zone transfrontalière', 'Cross-border area'],
    ['custom', 'Zone sur mesure', 'Custom area'],
  ],
  { open: true },
);

/** Indicator metrics with known labels; others are shown under their own code or label. */
export const INDICATOR_METRIC = vocabulary(
  'indicator-metric',
  { fr: 'Indicateur', en: 'Indicator' },
  [
    ['members', 'Adhérents', 'Members'],
    ['companies', 'Entreprises', 'Companies'],
    ['partners', 'Partenaires', 'Partners'],
    ['jobs', 'Emplois', 'Jobs'],
    ['projects', 'Projets', 'Projects'],
    ['staff', "Équipe d'animation", 'Staff'],
    ['budget', 'Budget', 'Budget'],
    ['working-groups', 'Groupes de travail', 'Working groups'],
  ],
  { open: true },
);

export const ALL_VOCABULARIES: readonly Vocabulary[] = [
  ...CLUSTER_DIMENSIONS,
  ORGANISATION_KIND,
  SIZE_CLASS,
  MEMBER_ROLE,
  COOPERATION_LEVEL,
  COOPERATION_PURPOSE,
  COOPERATION_STAGE,
  COOPERATION_GOVERNANCE,
  TERRITORY_KIND,
  INDICATOR_METRIC,
];

const vocabularyById = new Map(ALL_VOCABULARIES.map((entry) => [entry.id, entry]));

export function getVocabulary(id: string): Vocabulary | undefined {
  return vocabularyById.get(id);
}

/** Codes of a closed vocabulary, for the schema. */
export function termIds(entry: Vocabulary): string[] {
  return entry.terms.map((term) => term.id);
}

/**
 * Gives the built-in vocabularies their labels in `lang`, keyed by vocabulary id or
 * `vocabulary/term` (`kind`, `kind/spl`). The script-tag bundles do this with the French labels
 * that `locales/fr.js` carries; a site can do it for its own language. Unknown keys are ignored.
 */
export function addVocabularyLabels(lang: string, labels: Readonly<Record<string, string>>): void {
  const labelOf = (key: string) => (Object.hasOwn(labels, key) && typeof labels[key] === 'string' ? labels[key] : undefined);
  for (const vocabulary of ALL_VOCABULARIES) {
    const own = labelOf(vocabulary.id);
    if (own !== undefined) (vocabulary.label as Record<string, string>)[lang] = own;
    for (const term of vocabulary.terms) {
      const text = labelOf(`${vocabulary.id}/${term.id}`);
      if (text !== undefined) (term.label as Record<string, string>)[lang] = text;
    }
  }
}
