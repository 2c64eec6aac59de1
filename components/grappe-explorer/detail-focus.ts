import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the controller needs of the explorer. */
export interface DetailHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Whether the explorer's own hash routing is on (then Back already closes the details). */
  readonly routes: boolean;
  /** Closes the details: the organisation's when one is open, else the cluster's. */
  closeDetails(what: 'organisation' | 'cluster'): void;
}

/** Below this width the explorer shows one pane at a time (explorer.styles.ts, 48rem). */
const NARROW_WIDTH = 768;

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
  /** History entries this controller pushed (phone, no routing), to take back when closing. */
  private pushed = 0;

  constructor(private readonly host: DetailHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (event: PopStateEvent) => {
    if (this.pushed === 0 || (event.state as { grappeDetails?: boolean } | null)?.grappeDetails) return;
    // Back from an entry we pushed: close what it opened.
    this.pushed -= 1;
    this.host.closeDetails(this.selection.organisation ? 'organisation' : 'cluster');
  };

  get narrow(): boolean {
    return this.host.getBoundingClientRect().width < NARROW_WIDTH;
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
      const narrow = this.narrow;
      if (narrow && !this.host.routes && !previous.cluster && !previous.organisation) {
        history.pushState({ ...(history.state as object | null), grappeDetails: true }, '');
        this.pushed += 1;
      }
      if (focusInside || narrow) void this.focus(openedOrganisation ? 'grappe-organisation' : 'grappe-cluster');
      return;
    }
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
      else if (focusInside) this.host.renderRoot.querySelector<HTMLElement>('grappe-directory')?.focus();
    }
    if (
      !cluster &&
      !organisation &&
      this.pushed > 0 &&
      (history.state as { grappeDetails?: boolean } | null)?.grappeDetails
    ) {
      // Closed from the page (Escape, a button): take back the entry that Back would have used.
      this.pushed -= 1;
      history.back();
    }
  }

  /** Focuses a detail element's heading once it has rendered, and brings it into view. */
  private async focus(selector: 'grappe-cluster' | 'grappe-organisation'): Promise<void> {
    await this.host.updateComplete;
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
  let current: Node | null = node;
  while (current) {
    if (current === host) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}
