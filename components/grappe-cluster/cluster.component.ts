import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { clampHeadingLevel, heading } from '../../src/internal/heading.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { labelText, termLabel } from '../../src/internal/labels.js';
import { renderLink } from '../../src/internal/render-link.js';
import { sanitiseUrl } from '../../src/text/sanitise-url.js';
import { datePrecision, partialDateText } from '../../src/text/partial-date.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { Cluster, Indicator } from '../../src/schema/feed-schema.js';
import { INDICATOR_METRIC, SIZE_CLASS, STAGE, getVocabulary } from '../../src/schema/vocabularies.js';
import { membersOverTime } from '../../src/model/memberships.js';
import { detailCardStyles, tokenStyles } from '../../src/styles/shared-styles.js';
import { territoriesByFineness, townLevelPlace } from '../../src/geo/cluster-places.js';
import { clusterStyles } from './cluster.styles.js';
import { renderBarChart } from './bar-chart.js';
import { cooperationFacts } from './cooperation-facts.js';
import {
  partnerOf,
  renderEvents,
  renderJoining,
  renderNetworks,
  renderPartners,
  renderProjects,
  type ActivityHost,
} from './cluster-activity.js';
import { partnersFor } from '../../src/model/partners.js';
import { closeIcon } from '../../src/styles/icons.js';
import { instantiateSiteTemplate } from '../../src/internal/site-template.js';

/** A cluster's memberships with their organisations, as the index gives them. */
type ClusterMembers = ReturnType<FeedIndex['membersOf']>;

/** Typology dimensions shown as badges under the name, in this order. */
const BADGE_DIMENSIONS = [
  'kind',
  'sector',
  'reach',
  'composition',
  'meaning',
  'orientation',
  'governance',
  'strategy',
  'initiator',
];

/**
 * A `<template data-grappe-details>` child adds the site's own content for the shown cluster,
 * filled with its id and name (`data-field`, `data-href-template` with `{id}`).
 *
 * @tagname grappe-cluster
 * @summary One cluster in full: typology, description, territories, life-cycle stage,
 * governance, labels, services, levers, indicators as charts, links, cooperations, networks and
 * a summary of its members. Shows the selected cluster, or the one named by `cluster-id`.
 *
 * @slot actions - The site's own content for this cluster (a "join" button, a contact form
 * link); read the cluster's id from this element's `clusterId` property or `data-cluster-id` attribute.
 * @slot empty - Shown when no cluster is selected.
 * @slot members - The list of its members, in its « Members » section after the count and sizes
 *   (the explorer puts a `<grappe-members no-heading>` there).
 *
 *
 * @csspart base - The details panel.
 * @csspart header - Name, badges and close button.
 * @csspart name - The cluster's name.
 * @csspart badge - A typology badge.
 * @csspart close-button - The close button.
 * @csspart section - Each section.
 * @csspart stage - The life-cycle stage indicator.
 * @csspart chart - An indicator chart.
 * @csspart partner-link - A link to a partner cluster.
 * @csspart join-link - The "join" link of the membership terms (feed 1.1).
 * @csspart declared-by - "Declared by <publisher>" under a cooperation or network another publisher's feed declared.
 *
 * @cssproperty --grappe-color-accent - Charts, current stage and links.
 */
export class GrappeCluster extends GrappeConsumerElement {
  static override styles = [tokenStyles, detailCardStyles, clusterStyles];

  /** Show this cluster instead of the selected one. */
  @property({ attribute: 'cluster-id' }) clusterIdOverride = '';

  /** Level of the cluster's name heading (2 to 5, to fit the page's outline); its sections' headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide the close button (a page that shows one cluster permanently). */
  @property({ type: Boolean, attribute: 'no-close' }) noClose = false;

  /** Id of the cluster shown (null when none). */
  get clusterId(): string | null {
    const index = this.grappe?.snapshot.index;
    if (!index) return null;
    if (this.clusterIdOverride) return index.resolveClusterId(this.clusterIdOverride) ?? null;
    return this.grappe?.snapshot.selectedClusterId ?? null;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const id = this.clusterId;
    if (id) this.dataset['clusterId'] = id;
    else delete this.dataset['clusterId'];
  }

  /** Moves focus to the cluster's name (the explorer does it when the panel opens); false when not rendered yet. */
  focusHeading(): boolean {
    const name = this.renderRoot.querySelector<HTMLElement>('.name');
    name?.focus();
    return name !== null;
  }

  private close(): void {
    this.grappe?.store.select(null);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !this.noClose && !this.clusterIdOverride) {
      event.stopPropagation();
      this.close();
    }
  }

  /** The level of the cluster's name: `heading-level`, kept between 2 and 5 so its sections have one below. */
  private get level(): number {
    return clampHeadingLevel(this.headingLevel, 2);
  }

  /** A section's heading, one level below the cluster's name. */
  private sectionHeading(text: string): TemplateResult {
    return heading(this.level + 1, text, 'section-title');
  }

  override render() {
    const index = this.grappe?.snapshot.index;
    const id = this.clusterId;
    const cluster = id && index ? index.cluster(id) : undefined;
    if (!index || !cluster) return html`<slot name="empty"></slot>`;
    const t = this.t;
    const lang = this.language;
    const clusterIndex = index.clusterIndexById.get(cluster.id)!;
    const level = this.level;
    // Read once: the chart over time and the summary both use them.
    const members = index.membersOf(cluster.id);
    const host = this.activityHost(index, cluster);

    return html`<article part="base" class="cluster card" aria-labelledby="cluster-name" @keydown=${(event: KeyboardEvent) => this.onKeydown(event)}>
      <header part="header">
        ${heading(level, html`<span id="cluster-name" class="name" part="name" tabindex="-1">${this.text(cluster.name)}</span>`, 'title')}
        ${cluster.shortName ? html`<p class="short-name">${this.text(cluster.shortName)}</p>` : nothing}
        ${this.renderLogo(cluster, index.baseUrlOf(cluster.id))}
        <ul class="badges" aria-label=${t.details}>
          ${BADGE_DIMENSIONS.flatMap((dimensionId) => {
            const dimension = index.dimensionById.get(dimensionId);
            return (dimension?.valuesOfCluster[clusterIndex] ?? []).map(
              (valueId) =>
                html`<li part="badge" class="badge" title=${labelText(dimension!.label, lang, index)}>${labelText(dimension!.valueById.get(valueId)?.label, lang, index)}</li>`,
            );
          })}
          ${index.dimensions
            .filter((dimension) => !dimension.builtIn)
            .flatMap((dimension) =>
              dimension.valuesOfCluster[clusterIndex]!.map(
                (valueId) =>
                  html`<li part="badge" class="badge" title=${labelText(dimension.label, lang, index)}>${labelText(dimension.valueById.get(valueId)?.label, lang, index)}</li>`,
              ),
            )}
        </ul>
        ${
          this.noClose || this.clusterIdOverride
            ? nothing
            : html`<button type="button" class="close" part="close-button" aria-label=${t.close} title=${t.close} @click=${() => this.close()}>${closeIcon}</button>`
        }
      </header>
      <slot name="actions"></slot>
      ${instantiateSiteTemplate(this.querySelector<HTMLTemplateElement>(':scope > template[data-grappe-details]'), cluster, this.text(cluster.name)) ?? nothing}
      ${cluster.description ? html`<section part="section" class="description"><p>${this.text(cluster.description)}</p></section>` : nothing}
      ${this.renderStage(cluster)} ${this.renderTerritories(cluster, index)} ${this.renderGovernance(cluster, index, clusterIndex)}
      ${this.renderList(
        t.labels,
        (cluster.labels ?? []).map(
          (label) =>
            html`${this.text(label.name)}${label.year ? ` (${label.year}${label.until ? `–${label.until}` : ''})` : ''}${label.funder ? html` — ${this.text(label.funder)}` : nothing}`,
        ),
      )}
      ${this.renderMembersSummary(members)}
      ${this.renderDimensionList('services', index, clusterIndex)} ${this.renderDimensionList('levers', index, clusterIndex)}
      ${this.renderIndicators(index, cluster, members)} ${this.renderLinks(cluster, index.baseUrlOf(cluster.id))}
      ${renderJoining(cluster, host)}
      ${renderProjects(cluster, index, host)}
      ${renderEvents(cluster, index.now, host)}
      ${this.renderCooperations(index, clusterIndex, host)}
      ${renderNetworks(index, clusterIndex, host, (id) => this.renderDeclaredBy(index, id, cluster.id))}
      ${renderPartners(partnersFor(index, cluster.id, { limit: 5 }), index, host)}
    </article>`;
  }

  /** What the activity sections (cluster-activity.ts) need of this element. */
  private activityHost(index: FeedIndex, cluster: Cluster): ActivityHost {
    return {
      t: this.t,
      lang: this.language,
      text: (value) => this.text(value),
      heading: (title) => this.sectionHeading(title),
      selectCluster: (id) => this.grappe?.store.select(id),
      selectOrganisation: (id) => this.grappe?.store.openOrganisation(id),
      base: index.baseUrlOf(cluster.id),
    };
  }

  /**
   * The cluster's logo: a sanitised URL (a bare `logo.png` is a file beside the feed), fetched
   * lazily, without a referrer (CSP `img-src`).
   */
  private renderLogo(cluster: Cluster, base: string | undefined): TemplateResult | typeof nothing {
    const safe = cluster.logo ? sanitiseUrl(cluster.logo, base, { resource: true }) : null;
    if (!safe || safe.kind !== 'web') return nothing;
    return html`<img
      class="logo"
      part="logo"
      src=${safe.href}
      alt=${this.t.logoOf(this.text(cluster.name))}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
    />`;
  }

  private renderStage(cluster: Cluster): TemplateResult | typeof nothing {
    const code = Array.isArray(cluster.stage) ? cluster.stage[0] : cluster.stage;
    const step = STAGE.terms.findIndex((term) => term.id === code);
    if (step < 0) return nothing;
    const t = this.t;
    const label = (term: (typeof STAGE.terms)[number]) => labelText(term.label, this.language, null);
    return html`<section part="section" class="stage-section">
      ${this.sectionHeading(t.lifeCycleStage)}
      <p class="visually-hidden">${t.stageStep(step + 1, STAGE.terms.length, label(STAGE.terms[step]!))}</p>
      <ol part="stage" class="stage" aria-hidden="true">
        ${STAGE.terms.map(
          (term, position) => html`<li class=${position < step ? 'done' : position === step ? 'current' : 'todo'}>
            <span class="step-number">${position + 1}</span><span class="step-label">${label(term)}</span>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderTerritories(cluster: Cluster, index: FeedIndex): TemplateResult | typeof nothing {
    const names = (cluster.territories ?? []).map((id) => this.text(index.territoryById.get(id)?.name));
    if (cluster.address?.city) names.unshift(cluster.address.city);
    const list = this.renderList(
      this.t.territories,
      names.map((name) => html`${name}`),
    );
    const town = townLevelPlace(cluster);
    if (town) return html`${list}<p class="approximate-place">${this.t.townLevelPlaceNote(this.text(town.name))}</p>`;
    // Without a seat, the map draws the cluster within its finest territory: say so.
    const approximateIn = cluster.location
      ? undefined
      : territoriesByFineness(cluster.territories, index.territoryById)[0];
    if (!approximateIn) return list;
    return html`${list}<p class="approximate-place">${this.t.approximatePlaceNote(this.text(approximateIn.name))}</p>`;
  }

  private renderGovernance(cluster: Cluster, index: FeedIndex, clusterIndex: number): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.language;
    const items: TemplateResult[] = [];
    if (cluster.founded !== undefined) {
      const when = partialDateText(cluster.founded, lang);
      items.push(html`${datePrecision(cluster.founded) === 'day' ? t.foundedOn(when) : t.founded(when)}`);
    }
    if (cluster.legalForm) items.push(html`${t.legalForm}${t.colon}${cluster.legalForm}`);
    if (cluster.staff !== undefined) items.push(html`${t.staff(cluster.staff)}`);
    for (const dimensionId of ['governance', 'strategy', 'initiator']) {
      const dimension = index.dimensionById.get(dimensionId);
      const values = dimension?.valuesOfCluster[clusterIndex] ?? [];
      if (values.length > 0) {
        items.push(
          html`${labelText(dimension!.label, lang, index)}${t.colon}${values.map((value) => labelText(dimension!.valueById.get(value)?.label, lang, index)).join(', ')}`,
        );
      }
    }
    if (cluster.board && cluster.board.length > 0) {
      items.push(
        html`${t.board}${t.colon}${cluster.board.map((college) => `${this.text(college.college)} (${t.seats(college.seats)})`).join(', ')}`,
      );
    }
    if (cluster.ethicsCharter) items.push(html`${t.ethicsCharter}`);
    return this.renderList(t.governanceDetails, items);
  }

  private renderDimensionList(
    dimensionId: string,
    index: FeedIndex,
    clusterIndex: number,
  ): TemplateResult | typeof nothing {
    const dimension = index.dimensionById.get(dimensionId);
    if (!dimension) return nothing;
    return this.renderList(
      labelText(dimension.label, this.language, index),
      dimension.valuesOfCluster[clusterIndex]!.map(
        (valueId) => html`${labelText(dimension.valueById.get(valueId)?.label, this.language, index)}`,
      ),
    );
  }

  private renderList(title: string, items: TemplateResult[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`<section part="section">
      ${this.sectionHeading(title)}
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </section>`;
  }

  private renderIndicators(
    index: FeedIndex,
    cluster: Cluster,
    members: ClusterMembers,
  ): TemplateResult | typeof nothing {
    const series = new Map<string, Indicator[]>();
    for (const indicator of cluster.indicators ?? []) {
      const list = series.get(indicator.metric) ?? [];
      list.push(indicator);
      series.set(indicator.metric, list);
    }
    // No `members` indicator: the members over time, from the memberships' since and until.
    const derived = series.has('members')
      ? []
      : membersOverTime(
          members.map(({ membership }) => membership),
          index.now,
        );
    if (series.size === 0 && derived.length < 2) return nothing;
    const t = this.t;
    return html`<section part="section" class="indicators">
      ${this.sectionHeading(t.indicators)}
      ${[...series.entries()].map(([metric, values]) => this.renderChart(metric, values))}
      ${
        derived.length >= 2
          ? renderBarChart(
              termLabel(INDICATOR_METRIC, 'members', this.language),
              derived.map(({ period, value }) => ({ label: period, value })),
              t,
              this.language,
            )
          : nothing
      }
    </section>`;
  }

  private metricLabel(metric: string, sample: Indicator): string {
    if (sample.label) return this.text(sample.label);
    return termLabel(INDICATOR_METRIC, metric, this.language);
  }

  /** A metric's series as a bar chart, in period order. */
  private renderChart(metric: string, values: Indicator[]): TemplateResult {
    const periodOf = (indicator: Indicator) =>
      indicator.period ?? (indicator.year !== undefined ? String(indicator.year) : '');
    const sorted = [...values].sort((a, b) => periodOf(a).localeCompare(periodOf(b), undefined, { numeric: true }));
    return renderBarChart(
      this.metricLabel(metric, values[0]!),
      sorted.map((indicator) => ({ label: periodOf(indicator), value: indicator.value, unit: indicator.unit })),
      this.t,
      this.language,
    );
  }

  private renderLinks(cluster: Cluster, base: string | undefined): TemplateResult | typeof nothing {
    const t = this.t;
    const links: TemplateResult[] = [];
    if (cluster.website) links.push(html`${t.website}${t.colon}${renderLink(cluster.website, 'web', t, base)}`);
    const contact = cluster.contact;
    if (contact?.name) links.push(html`${t.contact}${t.colon}${contact.name}`);
    if (contact?.email) links.push(html`${t.email}${t.colon}${renderLink(contact.email, 'email', t)}`);
    if (contact?.phone) links.push(html`${t.phone}${t.colon}${renderLink(contact.phone, 'phone', t)}`);
    if (contact?.url) links.push(html`${t.contact}${t.colon}${renderLink(contact.url, 'web', t, base)}`);
    return this.renderList(t.contact, links);
  }

  private renderCooperations(
    index: FeedIndex,
    clusterIndex: number,
    host: ActivityHost,
  ): TemplateResult | typeof nothing {
    const cooperations = index.cooperationsOfCluster[clusterIndex]!;
    if (cooperations.length === 0) return nothing;
    const own = index.clusters[clusterIndex]!.id;
    const lang = this.language;
    const vocabularyLabel = (vocabularyId: string, code: string | undefined) =>
      termLabel(getVocabulary(vocabularyId), code, lang);
    return html`<section part="section" class="cooperations">
      ${this.sectionHeading(this.t.cooperations)}
      <ul>
        ${cooperations.map(
          (cooperation) => html`<li>
            ${cooperation.name ? html`<strong>${this.text(cooperation.name)}</strong>` : nothing}
            ${cooperation.level ? html`<span class="badge">${vocabularyLabel('cooperation-level', cooperation.level)}</span>` : nothing}
            ${cooperation.stage ? html`<span class="badge">${vocabularyLabel('cooperation-stage', cooperation.stage)}</span>` : nothing}
            <div class="partners">
              ${this.t.partnerClusters}:
              ${cooperation.clusters.filter((id) => id !== own).map((id) => partnerOf(id, index, host))}
            </div>
            ${cooperationFacts(cooperation, this.t, this.language)}
            ${cooperation.description ? html`<p>${this.text(cooperation.description)}</p>` : nothing}
            ${this.renderDeclaredBy(index, cooperation.id, own)}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  /**
   * On whose word a cooperation or network stands when another publisher's feed declared it on
   * this cluster: a feed may name anyone's clusters, and the visitor should see that it did.
   */
  private renderDeclaredBy(index: FeedIndex, recordId: string, clusterId: string): TemplateResult | typeof nothing {
    const publisher = index.declaredElsewhere(recordId, clusterId);
    return publisher === null
      ? nothing
      : html`<p class="declared-by" part="declared-by">${this.t.declaredBy(this.text(publisher))}</p>`;
  }

  /** Who is in it, after what it is and where: how many, of which sizes, then the `members` slot's list. */
  private renderMembersSummary(all: ClusterMembers): TemplateResult | typeof nothing {
    const members = all.filter((member) => member.current);
    const slot = html`<slot name="members" @slotchange=${() => this.requestUpdate()}></slot>`;
    if (members.length === 0)
      return this.querySelector(':scope > [slot="members"]')
        ? html`<section part="section">${slot}</section>`
        : nothing;
    const companies = members.filter(({ organisation }) => organisation.kind === 'company').length;
    // Members by company size (TPE, PME, ETI, large), for the sizes the feed gives.
    const bySize = SIZE_CLASS.terms
      .map((term) => ({
        label: labelText(term.label, this.language, null).replace(/\s*\(.*\)$/, ''),
        value: members.filter(({ organisation }) => organisation.size === term.id).length,
      }))
      .filter((row) => row.value > 0);
    return html`<section part="section" class="members-summary">
      ${this.sectionHeading(this.t.members)}
      <p>${this.t.membersSummary(members.length, companies)}</p>
      ${bySize.length > 0 ? renderBarChart(this.t.membersBySize, bySize, this.t, this.language, this.t.sizeClass) : nothing}
      ${slot}
    </section>`;
  }
}
