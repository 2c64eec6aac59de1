import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { clampHeadingLevel, heading } from '../../src/internal/heading.js';
import { labelText, termLabel } from '../../src/internal/labels.js';
import { renderLink } from '../../src/internal/render-link.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import type { Organisation } from '../../src/schema/feed-schema.js';
import { MEMBER_ROLE, ORGANISATION_KIND, SIZE_CLASS } from '../../src/schema/vocabularies.js';
import { closeIcon } from '../../src/styles/icons.js';
import { detailCardStyles, tokenStyles } from '../../src/styles/shared-styles.js';
import { sanitiseUrl } from '../../src/text/sanitise-url.js';
import { partialDateText } from '../../src/text/partial-date.js';
import { countryName } from '../../src/text/country-name.js';
import { checkIdentifier } from '../../src/validate/identifiers.js';
import { organisationStyles } from './organisation.styles.js';

/** France's public company directory, by SIREN. */
const COMPANY_DIRECTORY = 'https://annuaire-entreprises.data.gouv.fr/entreprise/';

/** The SIREN of a valid SIREN or SIRET (its first nine digits), for the company directory link. */
function sirenOf(scheme: string, value: string): string | null {
  const digits = value.replace(/\s/g, '');
  const upper = scheme.toUpperCase();
  if (upper === 'FR-SIREN' && checkIdentifier('FR-SIREN', digits)) return digits;
  if (upper === 'FR-SIRET' && checkIdentifier('FR-SIRET', digits)) return digits.slice(0, 9);
  return null;
}

/**
 * @tagname grappe-organisation
 * @summary An organisation's card: name, kind, size, description, sector, address, website,
 * e-mail and phone (through the URL sanitiser), identifiers (SIREN and SIRET linked to France's
 * public company directory), its sites, and every cluster it belongs to, each a link that
 * opens that cluster. Shows the organisation selected in the shared state, or `organisation-id`.
 *
 * @csspart base - The card.
 * @csspart header - Name, badges and close button.
 * @csspart name - The organisation's name.
 * @csspart badge - Kind and size.
 * @csspart section - Each section (details, identifiers, sites, clusters).
 * @csspart close-button - The close button.
 * @csspart cluster-link - A cluster the organisation belongs to.
 */
export class GrappeOrganisation extends GrappeConsumerElement {
  static override styles = [tokenStyles, detailCardStyles, organisationStyles];

  /** Show this organisation instead of the selected one. */
  @property({ attribute: 'organisation-id' }) organisationIdOverride = '';

  /** Level of the name's heading (2 to 5); the sections' headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Hide the close button (a page that shows one organisation permanently). */
  @property({ type: Boolean, attribute: 'no-close' }) noClose = false;

  /** The organisation shown: `organisation-id`, else the selected one. */
  get organisationId(): string | null {
    const index = this.grappe?.snapshot.index;
    if (this.organisationIdOverride) return index?.resolveOrganisationId(this.organisationIdOverride) ?? null;
    return this.grappe?.snapshot.selectedOrganisationId ?? null;
  }

  /** Moves focus to the organisation's name (when it opens); false when nothing is shown. */
  focusHeading(): boolean {
    const name = this.renderRoot.querySelector<HTMLElement>('.name');
    name?.focus();
    return name !== null;
  }

  private close(): void {
    this.grappe?.store.selectOrganisation(null);
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel, 2);
  }

  private section(title: string, content: TemplateResult, className: string): TemplateResult {
    return html`<section part="section" class=${className}>
      ${heading(this.level + 1, title, 'section-title')} ${content}
    </section>`;
  }

  override render() {
    const index = this.grappe?.snapshot.index;
    const id = this.organisationId;
    const organisationIndex = id && index ? index.organisationIndexById.get(id) : undefined;
    if (!index || organisationIndex === undefined) return html`<slot name="empty"></slot>`;
    const organisation = index.organisations[organisationIndex]!;
    const t = this.t;
    const lang = this.language;
    const badges = [
      organisation.kind ? termLabel(ORGANISATION_KIND, organisation.kind, lang) : '',
      organisation.size ? termLabel(SIZE_CLASS, organisation.size, lang) : '',
    ].filter((badge) => badge !== '');
    return html`<article
      part="base"
      class="organisation card"
      aria-labelledby="organisation-name"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape' && !this.noClose) {
          event.stopPropagation();
          this.close();
        }
      }}
    >
      <header part="header">
        ${heading(
          this.level,
          html`<span id="organisation-name" class="name" part="name" tabindex="-1">${this.text(organisation.name)}</span>`,
          'title',
        )}
        ${organisation.shortName ? html`<p class="short-name">${this.text(organisation.shortName)}</p>` : nothing}
        ${
          badges.length
            ? html`<ul class="badges" aria-label=${t.organisationDetails}>
              ${badges.map((badge) => html`<li class="badge" part="badge">${badge}</li>`)}
            </ul>`
            : nothing
        }
        ${
          this.noClose
            ? nothing
            : html`<button type="button" class="close" part="close-button" aria-label=${t.close} title=${t.close} @click=${() => this.close()}>
              ${closeIcon}
            </button>`
        }
      </header>
      ${organisation.description ? html`<p class="description">${this.text(organisation.description)}</p>` : nothing}
      ${this.renderFacts(index, organisation)} ${this.renderIdentifiers(organisation)} ${this.renderSites(organisation)}
      ${this.renderClusters(index, organisation)}
      <slot name="actions"></slot>
    </article>`;
  }

  private renderFacts(index: FeedIndex, organisation: Organisation): TemplateResult | typeof nothing {
    const t = this.t;
    const lang = this.language;
    const rows: Array<[string, TemplateResult | string]> = [];
    const sectors = organisation.sector === undefined ? [] : [organisation.sector].flat();
    if (sectors.length > 0) {
      const dimension = index.dimensionById.get('sector');
      rows.push([
        t.sector,
        sectors.map((code) => labelText(dimension?.valueById.get(code)?.label, lang, index) || code).join(', '),
      ]);
    }
    const address = organisation.address;
    if (address) {
      const lines = [
        address.street,
        [address.postcode, address.city].filter(Boolean).join(' '),
        address.region,
        address.country && countryName(address.country, lang),
      ].filter((line): line is string => !!line);
      if (lines.length)
        rows.push([t.address, html`${lines.map((line, at) => html`${at > 0 ? html`<br />` : nothing}${line}`)}`]);
    }
    const base = index.baseUrlOf(organisation.id);
    if (organisation.website) rows.push([t.website, renderLink(organisation.website, 'web', t, base)]);
    if (organisation.contact?.email) rows.push([t.email, renderLink(organisation.contact.email, 'email', t)]);
    if (organisation.contact?.phone) rows.push([t.phone, renderLink(organisation.contact.phone, 'phone', t)]);
    if (organisation.contact?.url) rows.push([t.contact, renderLink(organisation.contact.url, 'web', t, base)]);
    if (rows.length === 0) return nothing;
    return html`<dl class="facts" part="section">
      ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  private renderIdentifiers(organisation: Organisation): TemplateResult | typeof nothing {
    const identifiers = organisation.identifiers ?? [];
    if (identifiers.length === 0) return nothing;
    const t = this.t;
    return this.section(
      t.identifiers,
      html`<ul class="identifiers">
        ${identifiers.map(({ scheme, value }) => {
          const siren = sirenOf(scheme, value);
          // Built from digits only, and still through the one sanitiser.
          const safe = siren ? sanitiseUrl(`${COMPANY_DIRECTORY}${siren}`) : null;
          const label = scheme.replace(/^FR-/i, '');
          return html`<li>
            ${label} ${value}
            ${safe ? html` — <a href=${safe.href} target="_blank" rel="noopener noreferrer">${t.companyDirectory}</a>` : nothing}
          </li>`;
        })}
      </ul>`,
      'identifiers-section',
    );
  }

  private renderSites(organisation: Organisation): TemplateResult | typeof nothing {
    const sites = organisation.sites ?? [];
    if (sites.length === 0) return nothing;
    return this.section(
      this.t.sites(sites.length),
      html`<ul class="sites">
        ${sites.map((site) => {
          const place = [site.address?.street, [site.address?.postcode, site.address?.city].filter(Boolean).join(' ')]
            .filter((part) => !!part)
            .join(', ');
          return html`<li>${site.name ? html`<strong>${this.text(site.name)}</strong> ` : nothing}${place}</li>`;
        })}
      </ul>`,
      'sites-section',
    );
  }

  private renderClusters(index: FeedIndex, organisation: Organisation): TemplateResult | typeof nothing {
    const memberships = index.clustersOf(organisation.id);
    if (memberships.length === 0) return nothing;
    const t = this.t;
    const lang = this.language;
    return this.section(
      t.memberOf,
      html`<ul class="clusters">
        ${memberships.map(({ membership, clusterIndex, current }) => {
          const cluster = clusterIndex === undefined ? undefined : index.clusters[clusterIndex];
          const period = t.membershipPeriod(
            partialDateText(membership.since, this.language),
            current ? '' : partialDateText(membership.until, this.language),
          );
          const details = [
            membership.role ? termLabel(MEMBER_ROLE, membership.role, lang) : '',
            period,
            current ? '' : t.formerMember,
          ].filter((part) => part !== '');
          return html`<li class=${current ? 'current' : 'former'}>
            ${
              cluster
                ? html`<button type="button" class="link" part="cluster-link" @click=${() => this.grappe?.store.select(cluster.id)}>
                  ${this.text(cluster.name)}
                </button>`
                : html`<span>${membership.cluster}</span>`
            }
            ${details.length ? html`<span class="membership">${details.join(' · ')}</span>` : nothing}
          </li>`;
        })}
      </ul>`,
      'clusters-section',
    );
  }
}
