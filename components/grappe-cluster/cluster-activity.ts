/**
 * What a cluster does and how to take part (feed format 1.1), in its details: who may join and
 * a "join" link, its projects with their partners and funding, its events (upcoming first, past
 * ones folded) and the partner clusters it might approach, each with its reasons in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../src/i18n/translation.js';
import { eventDates, splitEvents, type ClusterEvent } from '../../src/model/cluster-events.js';
import { partialDateText } from '../../src/text/partial-date.js';
import { countryName } from '../../src/text/country-name.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { PartnerCandidate } from '../../src/model/partners.js';
import type { Cluster, LocalisedText } from '../../src/schema/feed-schema.js';
import { sanitiseUrl } from '../../src/text/sanitise-url.js';
import { labelText } from '../../src/internal/labels.js';

/** What the details element lends these renderers. */
export interface ActivityHost {
  t: Translation;
  lang: string;
  text: (value: LocalisedText | undefined) => string;
  heading: (title: string) => TemplateResult;
  /** Opens a cluster's details (a partner that is a cluster). */
  selectCluster: (id: string) => void;
  /** Opens an organisation's card. */
  selectOrganisation: (id: string) => void;
  base: string | undefined;
}

type Project = NonNullable<Cluster['projects']>[number];

export function renderJoining(cluster: Cluster, host: ActivityHost): TemplateResult | typeof nothing {
  const terms = cluster.membership;
  if (!terms) return nothing;
  const t = host.t.activity;
  const safe = terms.howTo ? sanitiseUrl(host.text(terms.howTo), host.base) : null;
  const rows: Array<[string, string]> = [];
  if (terms.who) rows.push([t.who, host.text(terms.who)]);
  if (terms.fee) rows.push([t.fee, host.text(terms.fee)]);
  if (terms.howTo && (!safe || safe.kind !== 'web')) rows.push([t.how, host.text(terms.howTo)]);
  return html`<section part="section" class="joining">
    ${host.heading(t.joinTitle)}
    ${terms.open !== undefined ? html`<p>${terms.open ? t.open : t.closed}</p>` : nothing}
    ${
      rows.length > 0
        ? html`<dl class="cooperation-facts">
          ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
        </dl>`
        : nothing
    }
    ${
      safe?.kind === 'web'
        ? html`<p>
          <a class="join" part="join-link" href=${safe.href} target="_blank" rel="noopener noreferrer"
            >${t.join(host.text(cluster.name))}</a
          >
          <small>(${new URL(safe.href).host})</small>
        </p>`
        : nothing
    }
  </section>`;
}

/** A partner (of a project, a cooperation, a network): a button to its details when the feeds hold it, its id otherwise. */
export function partnerOf(id: string, index: FeedIndex, host: ActivityHost): TemplateResult {
  const cluster = index.cluster(id);
  if (cluster)
    return html`<button type="button" class="partner" part="partner-link" @click=${() => host.selectCluster(id)}>
      ${host.text(cluster.name)}
    </button>`;
  const position = index.organisationIndexById.get(id);
  if (position !== undefined)
    return html`<button type="button" class="partner" part="partner-link" @click=${() => host.selectOrganisation(id)}>
      ${host.text(index.organisations[position]!.name)}
    </button>`;
  return html`<span class="external">${id} <small>(${host.t.externalCluster})</small></span>`;
}

function renderProject(project: Project, index: FeedIndex, host: ActivityHost): TemplateResult {
  const t = host.t;
  const money = (amount: number, currency: string | undefined) =>
    currency
      ? new Intl.NumberFormat(host.lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)
      : amount.toLocaleString(host.lang);
  const dates = t.membershipPeriod(partialDateText(project.start, host.lang), partialDateText(project.end, host.lang));
  return html`<li class="project">
    <strong>${host.text(project.name)}</strong>
    ${dates ? html`<span class="dates">${dates}</span>` : nothing}
    ${project.description ? html`<p>${host.text(project.description)}</p>` : nothing}
    ${
      project.partners?.length || project.funding?.length
        ? html`<dl class="cooperation-facts">
          ${
            project.partners?.length
              ? html`<div>
                <dt>${t.activity.partners}</dt>
                <dd class="partners">${project.partners.map((id) => partnerOf(id, index, host))}</dd>
              </div>`
              : nothing
          }
          ${
            project.funding?.length
              ? html`<div>
                <dt>${t.activity.funding}</dt>
                <dd class="funding">
                  ${project.funding
                    .map(
                      (source) =>
                        `${host.text(source.funder)}${source.amount !== undefined ? ` (${money(source.amount, source.currency)})` : ''}`,
                    )
                    .join(', ')}
                </dd>
              </div>`
              : nothing
          }
        </dl>`
        : nothing
    }
  </li>`;
}

export function renderProjects(
  cluster: Cluster,
  index: FeedIndex,
  host: ActivityHost,
): TemplateResult | typeof nothing {
  const projects = cluster.projects ?? [];
  if (projects.length === 0) return nothing;
  return html`<section part="section" class="projects">
    ${host.heading(host.t.activity.projects(projects.length))}
    <ul>
      ${projects.map((project) => renderProject(project, index, host))}
    </ul>
  </section>`;
}

/**
 * The networks the cluster belongs to: the other clusters in each, and the organisations that
 * are members of the network themselves (1.1: FIM and CETIM in Mecafuture).
 */
export function renderNetworks(
  index: FeedIndex,
  clusterIndex: number,
  host: ActivityHost,
  declaredBy: (recordId: string) => TemplateResult | typeof nothing,
): TemplateResult | typeof nothing {
  const networks = index.networksOfCluster[clusterIndex]!;
  if (networks.length === 0) return nothing;
  const own = index.clusters[clusterIndex]!.id;
  return html`<section part="section" class="networks">
    ${host.heading(host.t.networks)}
    <ul>
      ${networks.map(
        (network) => html`<li>
          <strong>${host.text(network.name)}</strong>
          <div class="partners">
            ${network.clusters.filter((id) => id !== own).map((id) => partnerOf(id, index, host))}
            ${(network.members ?? []).map((id) => partnerOf(id, index, host))}
          </div>
          ${declaredBy(network.id)}
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderEvent(event: ClusterEvent, host: ActivityHost): TemplateResult {
  const safe = event.url ? sanitiseUrl(event.url, host.base) : null;
  const dates = eventDates(event, host.t.membershipPeriod, host.lang);
  const where = event.place?.address?.city;
  return html`<li class="event">
    <span class="dates">${dates}</span>
    ${
      safe?.kind === 'web'
        ? html`<a href=${safe.href} target="_blank" rel="noopener noreferrer">${host.text(event.name)}</a>`
        : html`<strong>${host.text(event.name)}</strong>`
    }
    ${where ? html`<span class="place">${where}</span>` : nothing}
  </li>`;
}

/** Upcoming events first (soonest first), past ones folded (latest first). */
export function renderEvents(cluster: Cluster, now: Date, host: ActivityHost): TemplateResult | typeof nothing {
  const events = cluster.events ?? [];
  if (events.length === 0) return nothing;
  const { upcoming, past } = splitEvents(events, now);
  const t = host.t.activity;
  return html`<section part="section" class="events">
    ${host.heading(t.events)}
    ${
      upcoming.length > 0
        ? html`<ul class="upcoming">
          ${upcoming.map((event) => renderEvent(event, host))}
        </ul>`
        : html`<p>${t.noUpcoming}</p>`
    }
    ${
      past.length > 0
        ? html`<details class="past">
          <summary>${t.past(past.length)}</summary>
          <ul>
            ${past.map((event) => renderEvent(event, host))}
          </ul>
        </details>`
        : nothing
    }
  </section>`;
}

/** The values of a reason in words: labels of a declared taxonomy (`markets`, `technologies`) or of the sectors. */
function reasonValues(
  kind: PartnerCandidate['reasons'][number]['kind'],
  values: string[],
  index: FeedIndex,
  host: ActivityHost,
): string {
  const dimension =
    kind === 'market'
      ? index.dimensionById.get('markets')
      : kind === 'technology' || kind === 'complement'
        ? index.dimensionById.get('technologies')
        : kind === 'sector'
          ? index.dimensionById.get('sector')
          : undefined;
  return values
    .map((value) => {
      if (kind === 'zone') return host.text(index.territoryById.get(value)?.name) || countryName(value, host.lang);
      return labelText(dimension?.valueById.get(value)?.label, host.lang, index) || value;
    })
    .join(', ');
}

export function renderPartners(
  candidates: readonly PartnerCandidate[],
  index: FeedIndex,
  host: ActivityHost,
): TemplateResult | typeof nothing {
  if (candidates.length === 0) return nothing;
  const t = host.t.activity;
  return html`<section part="section" class="possible-partners">
    ${host.heading(t.possiblePartners)}
    <p class="explained">${t.partnersExplained}</p>
    <ol>
      ${candidates.map(
        (candidate) => html`<li>
          ${partnerOf(candidate.clusterId, index, host)}
          <ul class="reasons">
            ${candidate.reasons.map((reason) => html`<li>${t.reason[reason.kind](reasonValues(reason.kind, reason.values, index, host))}</li>`)}
          </ul>
        </li>`,
      )}
    </ol>
  </section>`;
}
