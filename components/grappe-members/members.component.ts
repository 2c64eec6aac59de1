import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { clampHeadingLevel, heading } from '../../src/internal/heading.js';
import { termLabel } from '../../src/internal/labels.js';
import type { FeedIndex } from '../../src/model/feed-index.js';
import { MEMBER_ROLE, ORGANISATION_KIND, SIZE_CLASS, type Vocabulary } from '../../src/schema/vocabularies.js';
import { controlRowStyles, tokenStyles } from '../../src/styles/shared-styles.js';
import { membersStyles } from './members.styles.js';
import { matchesTokens, queryTokens } from '../../src/text/search-text.js';
import { partialDateText } from '../../src/text/partial-date.js';

const PAGE_SIZE = 100;

/**
 * @tagname grappe-members
 * @summary A cluster's organisations: search, filter by kind and company size; choosing one
 * opens it (its card in the explorer, its place on the map). Former members (their `until`
 * has passed) are listed apart and not counted.
 *
 * @csspart base - The panel.
 * @csspart search - The search field.
 * @csspart list - The list of organisations.
 * @csspart item - One organisation.
 * @csspart item-selected - The selected organisation.
 * @csspart former - The former members' list.
 */
export class GrappeMembers extends GrappeConsumerElement {
  static override styles = [tokenStyles, controlRowStyles, membersStyles];

  /** Show this cluster's members instead of the selected cluster's. */
  @property({ attribute: 'cluster-id' }) clusterIdOverride = '';

  /** Level of the panel's heading (2 to 5), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * Leave out the panel's heading where the page gives one: the explorer puts the list in its
   * cluster's « Members » section (`<grappe-cluster>`'s `members` slot). The list keeps its name.
   */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  @state() private query = '';
  @state() private kind = '';
  @state() private size = '';
  @state() private shownCount = PAGE_SIZE;

  private vocabularyLabel(vocabulary: Vocabulary, code: string | undefined): string {
    return termLabel(vocabulary, code, this.language);
  }

  override render() {
    const snapshot = this.grappe?.snapshot;
    const index = snapshot?.index;
    if (!index) return nothing;
    const clusterId = this.clusterIdOverride
      ? index.resolveClusterId(this.clusterIdOverride)
      : snapshot.selectedClusterId;
    if (!clusterId) return nothing;
    const all = index.membersOf(clusterId);
    const t = this.t;
    if (snapshot.membersLoading.has(clusterId)) {
      return html`<p part="base" class="status loading" role="status">${t.loadingMembers}</p>`;
    }
    if (all.length === 0) return nothing;
    const members = all.filter((member) => member.current);
    const former = all.filter((member) => !member.current);
    const lang = this.language;
    const tokens = queryTokens(this.query);
    const filtered = members.filter(
      ({ organisation, organisationIndex }) =>
        (!this.kind || organisation.kind === this.kind) &&
        (!this.size || organisation.size === this.size) &&
        (tokens.length === 0 || matchesTokens(index.organisationSearchText(organisationIndex), tokens)),
    );
    const kinds = [
      ...new Set(members.map(({ organisation }) => organisation.kind).filter((kind) => kind !== undefined)),
    ];
    const sizes = SIZE_CLASS.terms.filter((term) => members.some(({ organisation }) => organisation.size === term.id));
    const shown = filtered.slice(0, this.shownCount);
    const title = html`<span id="members-title">${t.members}</span> <span class="count">(${members.length.toLocaleString(lang)})</span>`;
    return html`<section part="base" class="members" aria-labelledby=${ifDefined(this.noHeading ? undefined : 'members-title')} aria-label=${ifDefined(this.noHeading ? t.members : undefined)}>
      ${this.noHeading ? nothing : heading(clampHeadingLevel(this.headingLevel, 3), title, 'members-heading')}
      ${members.length > 0 ? this.renderControls(kinds, sizes) : nothing}
      ${members.length > 0 ? html`<p class="visually-hidden" role="status">${filtered.length.toLocaleString(lang)}</p>` : nothing}
      <ul part="list">
        ${shown.map((member) => this.renderItem(member, snapshot.selectedOrganisationId))}
      </ul>
      ${
        filtered.length > shown.length
          ? html`<button type="button" class="more" @click=${() => (this.shownCount += PAGE_SIZE)}>${t.showMore(Math.min(PAGE_SIZE, filtered.length - shown.length))}</button>`
          : nothing
      }
      ${
        former.length > 0
          ? html`<details class="former" part="former">
              <summary>${t.formerMembers(former.length)}</summary>
              <ul>
                ${former.map((member) => this.renderItem(member, snapshot.selectedOrganisationId))}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  private renderControls(kinds: string[], sizes: ReadonlyArray<{ id: string }>) {
    const t = this.t;
    return html`<div class="controls">
      <label>
        <span>${t.searchMembers}</span>
        <input part="search" type="search" .value=${this.query} @input=${(event: Event) => {
          this.query = (event.target as HTMLInputElement).value;
          this.shownCount = PAGE_SIZE;
        }} />
      </label>
      ${
        kinds.length > 1
          ? html`<label>
            <span>${t.organisationKind}</span>
            <select class="kind" @change=${(event: Event) => (this.kind = (event.target as HTMLSelectElement).value)}>
              <option value="">${t.all}</option>
              ${kinds.map((kind) => html`<option value=${kind} ?selected=${this.kind === kind}>${this.vocabularyLabel(ORGANISATION_KIND, kind)}</option>`)}
            </select>
          </label>`
          : nothing
      }
      ${
        sizes.length > 1
          ? html`<label>
            <span>${t.sizeClass}</span>
            <select class="size" @change=${(event: Event) => (this.size = (event.target as HTMLSelectElement).value)}>
              <option value="">${t.all}</option>
              ${sizes.map((term) => html`<option value=${term.id} ?selected=${this.size === term.id}>${this.vocabularyLabel(SIZE_CLASS, term.id)}</option>`)}
            </select>
          </label>`
          : nothing
      }
    </div>`;
  }

  private renderItem(
    { organisation, membership, current }: ReturnType<FeedIndex['membersOf']>[number],
    selectedOrganisationId: string | null,
  ) {
    const t = this.t;
    const selected = organisation.id === selectedOrganisationId;
    const sites = organisation.sites?.length ?? 0;
    const period = t.membershipPeriod(
      partialDateText(membership.since, this.language),
      current ? '' : partialDateText(membership.until, this.language),
    );
    return html`<li part=${selected ? 'item item-selected' : 'item'} class=${selected ? 'selected' : ''}>
      <button
        type="button"
        class="organisation"
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.grappe?.store.selectOrganisation(selected ? null : organisation.id)}
      >
        ${this.text(organisation.name)}
      </button>
      <div class="meta">
        ${organisation.kind ? html`<span>${this.vocabularyLabel(ORGANISATION_KIND, organisation.kind)}</span>` : nothing}
        ${organisation.size ? html`<span>${this.vocabularyLabel(SIZE_CLASS, organisation.size)}</span>` : nothing}
        ${membership.role ? html`<span>${this.vocabularyLabel(MEMBER_ROLE, membership.role)}</span>` : nothing}
        ${period ? html`<span class="period">${period}</span>` : nothing}
        ${organisation.address?.city ? html`<span>${organisation.address.city}</span>` : nothing}
        ${sites > 0 ? html`<span>${t.sites(sites + (organisation.location ? 1 : 0))}</span>` : nothing}
      </div>
    </li>`;
  }
}
