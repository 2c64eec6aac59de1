/**
 * React components for every Grappe element, made with `@lit/react`: props become properties,
 * Grappe's events become `onGrappe…` callbacks.
 *
 *   import { GrappeExplorer } from 'grappe/react';
 *   <GrappeExplorer src="/clusters.json" lang="fr" onGrappeSelect={(event) => console.log(event.detail.clusterId)} />
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { GrappeData as DataElement } from '../components/grappe-data/grappe-data.js';
import { GrappeExplorer as ExplorerElement } from '../components/grappe-explorer/grappe-explorer.js';
import { GrappeMap as MapElement } from '../components/grappe-map/grappe-map.js';
import { GrappeDirectory as DirectoryElement } from '../components/grappe-directory/grappe-directory.js';
import { GrappeCluster as ClusterElement } from '../components/grappe-cluster/grappe-cluster.js';
import { GrappeMembers as MembersElement } from '../components/grappe-members/grappe-members.js';
import { GrappeOrganisation as OrganisationElement } from '../components/grappe-organisation/grappe-organisation.js';
import { GrappeFilters as FiltersElement } from '../components/grappe-filters/grappe-filters.js';
import { GrappeLegend as LegendElement } from '../components/grappe-legend/grappe-legend.js';
import { GrappeCompare as CompareElement } from '../components/grappe-compare/grappe-compare.js';
import type {
  GrappeErrorDetail,
  GrappeFilterChangeDetail,
  GrappeLoadDetail,
  GrappeSelectDetail,
} from './events/index.js';

const events = {
  onGrappeLoad: 'grappe-load' as EventName<CustomEvent<GrappeLoadDetail>>,
  onGrappeError: 'grappe-error' as EventName<CustomEvent<GrappeErrorDetail>>,
  onGrappeSelect: 'grappe-select' as EventName<CustomEvent<GrappeSelectDetail>>,
  onGrappeFilterChange: 'grappe-filter-change' as EventName<CustomEvent<GrappeFilterChangeDetail>>,
};

export const GrappeExplorer = createComponent({
  tagName: 'grappe-explorer',
  elementClass: ExplorerElement,
  react: React,
  events,
});
export const GrappeData = createComponent({ tagName: 'grappe-data', elementClass: DataElement, react: React, events });
export const GrappeMap = createComponent({ tagName: 'grappe-map', elementClass: MapElement, react: React, events });
export const GrappeDirectory = createComponent({
  tagName: 'grappe-directory',
  elementClass: DirectoryElement,
  react: React,
  events,
});
export const GrappeCluster = createComponent({
  tagName: 'grappe-cluster',
  elementClass: ClusterElement,
  react: React,
  events,
});
export const GrappeMembers = createComponent({
  tagName: 'grappe-members',
  elementClass: MembersElement,
  react: React,
  events,
});
export const GrappeOrganisation = createComponent({
  tagName: 'grappe-organisation',
  elementClass: OrganisationElement,
  react: React,
  events,
});
export const GrappeFilters = createComponent({
  tagName: 'grappe-filters',
  elementClass: FiltersElement,
  react: React,
  events,
});
export const GrappeLegend = createComponent({
  tagName: 'grappe-legend',
  elementClass: LegendElement,
  react: React,
  events,
});
export const GrappeCompare = createComponent({
  tagName: 'grappe-compare',
  elementClass: CompareElement,
  react: React,
  events,
});
