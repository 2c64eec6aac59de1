import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GrappeConsumerElement } from '../../src/internal/consumer.js';
import { termLabel } from '../../src/internal/labels.js';
import { MEMBER_ROLE, ORGANISATION_KIND, SIZE_CLASS, type Vocabulary } from '../../src/schema/vocabularies.js';
import { tokenStyles } from '../../src/styles/shared-styles.js';
import { membersStyles } from './members.styles.js';
import { matchesTokens, queryTokens } from '../../src/text/search-text.js';

const PAGE_SIZE = 100;

/**
 * @tagname grappe-members
 * @summary A cluster's organisations: search, filter by kind and company size; choosing one
 * highlights it on the map.
 *
 * @csspart base - The panel.
 * @csspart search - The search field.
 * @csspart list - The list of organisations.
 * @csspart item - One organisation.
 * @csspart item-selected - The selected organisation.
 */
export class GrappeMembers extends GrappeConsumerElement {
  static override styles = [tokenStyles, membersStyles];

  /** Show this cluster's members instead of the selected cluster's. */
  @property({ attribute: 'cluster-id' }) clusterIdOverride = '';

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
    const members = index.membersOf(clusterId);
    const t = this.t;
    if (snapshot.membersLoading.has(clusterId)) {
      return html`<p part="base" class="status loading" role="status">${t.loadingMembers}</p>`;
    }
    if (members.length === 0) return nothing;
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
    return html`<section part="base" class="members" aria-labelledby="members-title">
      <h3 id="members-title">${t.members} <span class="count">(${members.length.toLocaleString(lang)})</span></h3>
      <div class="controls">
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
      </div>
      <p class="visually-hidden" role="status">${filtered.length.toLocaleString(lang)}</p>
      <ul part="list">
        ${shown.map(({ organisation, membership }) => {
          const selected = organisation.id === snapshot.selectedOrganisationId;
          const sites = organisation.sites?.length ?? 0;
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
              ${membership.since !== undefined ? html`<span>${t.since(String(membership.since))}</span>` : nothing}
              ${organisation.address?.city ? html`<span>${organisation.address.city}</span>` : nothing}
              ${sites > 0 ? html`<span>${t.sites(sites + (organisation.location ? 1 : 0))}</span>` : nothing}
            </div>
          </li>`;
        })}
      </ul>
      ${
        filtered.length > shown.length
          ? html`<button type="button" class="more" @click=${() => (this.shownCount += PAGE_SIZE)}>${t.showMore(Math.min(PAGE_SIZE, filtered.length - shown.length))}</button>`
          : nothing
      }
    </section>`;
  }
}
