import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from '../../src/internal/grappe-element.js';

/** What the controller needs of the explorer. */
export interface DetailHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Whether the explorer's own hash routing is on (then Back already closes the details). */
  readonly routes: boolean;
  /** Closes the details: the organisation's when one is open, else the cluster's. */
  closeDetails(what: 'organisation' | 'cluster'): void;
}

/** A phone: the screen, not the element, is narrow (the explorer's own breakpoint, 48rem). */
const PHONE = '(max-width: 48rem)';

interface Focusable extends HTMLElement {
  updateComplete: Promise<unknown>;
  focusHeading(): boolean;
}

/**
 * Focus and scroll for the detail pane. Opening a cluster or an organisation moves focus to its
 * heading when the visitor was inside the explorer (a click, a key); on a phone it always brings
 * the details into view and focus, a deep link included. Closing one (Escape, the close button,
 * Back) returns focus to what opened it. On a phone, opening the details adds a history entry,
 * so that Back closes them, unless hash routing does that already.
 */
export class DetailFocusController implements ReactiveController {
  private clusterOpener: HTMLElement | null = null;
  private organisationOpener: HTMLElement | null = null;
  private selection: { cluster: string | null; organisation: string | null } = { cluster: null, organisation: null };
  /** History entries this controller pushed (phone, no routing): one per open level of details. */
  private pushed = 0;
  /** Pops caused by this controller's own `history.go`, to ignore. */
  private ownPops = 0;

  constructor(private readonly host: DetailHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = () => {
    if (this.ownPops > 0) {
      this.ownPops -= 1;
      return;
    }
    if (this.pushed === 0) return;
    // Back from an entry we pushed: close the top level of details (the organisation, then the cluster).
    this.pushed -= 1;
    if (this.selection.organisation) this.host.closeDetails('organisation');
    else if (this.selection.cluster) this.host.closeDetails('cluster');
  };

  get narrow(): boolean {
    return typeof matchMedia === 'function' && matchMedia(PHONE).matches;
  }

  /** On a phone without routing, one history entry per open level of details, so that Back closes them one by one. */
  private syncHistory(): void {
    if (this.host.routes || (!this.narrow && this.pushed === 0)) return;
    const open = (this.selection.cluster ? 1 : 0) + (this.selection.organisation ? 1 : 0);
    while (this.pushed < open && this.narrow) {
      history.pushState(history.state, '');
      this.pushed += 1;
    }
    if (this.pushed > open) {
      // Closed from the page (Escape, a button, another cluster): take back the entries Back would have used.
      const extra = this.pushed - open;
      this.pushed = open;
      this.ownPops += 1;
      history.go(-extra);
    }
  }

  /** The selection changed (a `grappe-select` from the data element). */
  selectionChanged(cluster: string | null, organisation: string | null): void {
    const previous = this.selection;
    this.selection = { cluster, organisation };
    const active = deepActiveElement();
    const focusInside = active !== null && isInside(this.host, active);
    const openedOrganisation = organisation !== null && organisation !== previous.organisation;
    const openedCluster = cluster !== null && cluster !== previous.cluster && !openedOrganisation;
    if (openedOrganisation || openedCluster) {
      if (openedOrganisation && !previous.organisation) this.organisationOpener = focusInside ? active : null;
      if (openedCluster && !previous.cluster) this.clusterOpener = focusInside ? active : null;
      this.syncHistory();
      if (focusInside || this.narrow) void this.focus(openedOrganisation ? 'grappe-organisation' : 'grappe-cluster');
      return;
    }
    this.syncHistory();
    if (!organisation && previous.organisation) {
      const opener = this.organisationOpener;
      this.organisationOpener = null;
      if (focusInside && opener?.isConnected) opener.focus();
      else if (focusInside && cluster) void this.focus('grappe-cluster');
    }
    if (!cluster && previous.cluster) {
      const opener = this.clusterOpener;
      this.clusterOpener = null;
      if (focusInside && opener?.isConnected) opener.focus();
      // The opener is gone (a list re-rendered, a marker regrouped): into the list, not onto the page.
      else if (focusInside)
        this.host.renderRoot.querySelector<HTMLElement & { focusList?(): void }>('grappe-directory')?.focusList?.();
    }
  }

  /** Focuses a detail element's heading once it has rendered, and brings it into view. */
  private async focus(selector: 'grappe-cluster' | 'grappe-organisation'): Promise<void> {
    await this.host.updateComplete;
    // In the script-tag bundles the detail elements arrive from beside the script (detail-elements.ts).
    await customElements.whenDefined(selector);
    // The details render once the shared state reaches them: give them a few frames.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const element = this.host.renderRoot.querySelector<Focusable>(selector);
      await element?.updateComplete;
      if (element?.focusHeading()) {
        element.scrollIntoView({ block: 'start' });
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}

/** The focused element, looking through open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

function isInside(host: Element, node: Node): boolean {
  for (let current: Node | null = node; current; current = composedParent(current)) if (current === host) return true;
  return false;
}
