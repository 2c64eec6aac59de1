import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../components/grappe-explorer/grappe-explorer.js';
import type { GrappeExplorer } from '../../components/grappe-explorer/explorer.component.js';
import { sampleFeed, settle, waitFor } from '../support/helpers.js';
import { generateFeed } from '../../scripts/generate-feed.mjs';

/** Counts what is added and removed on window and document, and the timers and observers. */
function instrument() {
  const live = { listeners: 0, intervals: new Set<number>(), observers: 0 };
  const targets = [window, document] as EventTarget[];
  const restore: Array<() => void> = [];
  for (const target of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const seen = new Set<string>();
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const key = `${type}`;
      seen.add(key);
      if (type !== 'error' && type !== 'unhandledrejection') live.listeners += 1;
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof add;
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (type !== 'error' && type !== 'unhandledrejection') live.listeners -= 1;
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const setIntervalOriginal = window.setInterval;
  const clearIntervalOriginal = window.clearInterval;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setIntervalOriginal(handler, timeout, ...args);
    live.intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    clearIntervalOriginal(id);
  }) as typeof window.clearInterval;
  const Observer = window.ResizeObserver;
  window.ResizeObserver = class extends Observer {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      live.observers += 1;
    }
    override disconnect() {
      live.observers -= 1;
      super.disconnect();
    }
  };
  restore.push(() => {
    window.setInterval = setIntervalOriginal;
    window.clearInterval = clearIntervalOriginal;
    window.ResizeObserver = Observer;
  });
  return { live, restore: () => restore.forEach((undo) => undo()) };
}

describe('lifecycle', () => {
  it('200 mount and unmount cycles leave no map, listener, observer or interval behind', async function () {
    this.timeout(120_000);
    const { live, restore } = instrument();
    const feed = sampleFeed();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    let heapAfterWarmUp = 0;
    // Libraries register a few page-wide listeners once, on first use (Leaflet's pointer
    // tracking in Firefox): count from after a warm-up, so only what each cycle leaves shows.
    let listenersAfterWarmUp = 0;
    try {
      for (let cycle = 0; cycle < 205; cycle += 1) {
        if (cycle === 5) listenersAfterWarmUp = live.listeners;
        const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
        explorer.setAttribute('refresh', '3600');
        explorer.setAttribute('routing', '');
        document.body.appendChild(explorer);
        explorer.data = feed;
        await waitFor(() => explorer.visibleClusters.length === 3, 3000, 'loaded');
        if (cycle % 20 === 0) await settle(explorer.shadowRoot!);
        explorer.remove();
        if (cycle === 25 && memory) heapAfterWarmUp = memory.usedJSHeapSize;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(live.listeners - listenersAfterWarmUp, 'window and document listeners left by 200 cycles').to.equal(0);
      expect(live.intervals.size, 'intervals').to.equal(0);
      expect(live.observers, 'resize observers').to.equal(0);
      expect(document.querySelectorAll('.leaflet-container').length).to.equal(0);
      if (memory && heapAfterWarmUp) {
        // 180 more cycles must not keep 180 explorers: allow noise, not a leak of each.
        expect(memory.usedJSHeapSize - heapAfterWarmUp).to.be.below(40 * 1024 * 1024);
      }
    } finally {
      restore();
    }
  });

  it('an element renders first in a task of its own (not in the one that defined or added it), then updates in microtasks', async () => {
    const microtasks = async (count: number) => {
      for (let turn = 0; turn < count; turn += 1) await Promise.resolve();
    };
    const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
    document.body.appendChild(explorer);
    await microtasks(50);
    expect(explorer.hasUpdated, 'not rendered in the task that added it').to.equal(false);
    await explorer.updateComplete;
    expect(explorer.hasUpdated).to.equal(true);
    expect(explorer.shadowRoot!.querySelector('grappe-data')).to.not.equal(null);
    explorer.setAttribute('view', 'list');
    await microtasks(50);
    expect(explorer.isUpdatePending, 'a later update waits for no task').to.equal(false);
    expect(explorer.shadowRoot!.querySelector('grappe-map')).to.equal(null);
    explorer.remove();

    // Its methods wait for that render, or say there is nothing yet.
    const early = document.createElement('grappe-explorer') as GrappeExplorer;
    document.body.appendChild(early);
    expect(early.exportJson()).to.equal('');
    const csv = early.exportCsv();
    early.data = sampleFeed();
    expect(await csv).to.be.a('string');
    early.remove();

    // With content of its own (a header the page shows until then), it renders at once: its
    // shadow root would otherwise hide that content for a frame.
    const headed = document.createElement('grappe-explorer') as GrappeExplorer;
    const heading = document.createElement('h2');
    heading.slot = 'header';
    heading.textContent = 'Nos clusters';
    headed.appendChild(heading);
    document.body.appendChild(headed);
    await microtasks(50);
    expect(headed.hasUpdated).to.equal(true);
    expect(headed.shadowRoot!.querySelector('grappe-data')!.hasUpdated, 'its <grappe-data> too').to.equal(true);
    headed.remove();
  });

  it('any generated valid feed renders without an exception', async function () {
    this.timeout(60_000);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 60 }),
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 1, max: 10_000 }),
          async (clusters, organisations, seed) => {
            const explorer = document.createElement('grappe-explorer') as GrappeExplorer;
            document.body.appendChild(explorer);
            explorer.data = generateFeed({ clusters, organisations, seed });
            await waitFor(() => explorer.index !== null, 3000, 'loaded');
            await settle(explorer.shadowRoot!);
            if (clusters > 0) explorer.select(`c${seed % clusters}`);
            await settle(explorer.shadowRoot!);
            explorer.remove();
          },
        ),
        { numRuns: 15 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
