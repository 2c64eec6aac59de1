/**
 * Pausing long work so that the page answers in between: the validator's slices, and the index
 * the page builds from a large feed (model/organisation-tables.ts).
 */

/** Longest pause of work done in the background, in milliseconds, when the page is never idle. */
const BACKGROUND_WAIT_MS = 50;

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
}

/**
 * Gives the page a turn: `scheduler.yield()` where it exists, a message-channel task otherwise.
 * With `background`, the work goes on only once the page has nothing else to do: a task of
 * background priority (`scheduler.postTask`) where there is one. `scheduler.yield()` resumes
 * before the page's other tasks, which suits work a visitor waits for (a feed's loading), not
 * work done ahead (the search's folding), which would hold back the map's drawing or the site's
 * own scripts.
 */
export function yieldToPage(background = false): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (background && scheduler?.postTask) {
    // A page that is never idle (a site's animation, a visitor panning) would hold the work back
    // for good, and the first search would then do it all at once: it goes on after a short wait.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, BACKGROUND_WAIT_MS)));
    const idle = scheduler.postTask(() => undefined, { priority: 'background' });
    return Promise.race([idle, waited]).finally(() => clearTimeout(timer));
  }
  if (!background && scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs a step-by-step computation to its end at once (small inputs, the command line, tests). */
export function runSteps<Result>(steps: Generator<unknown, Result>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a step-by-step computation in slices of about `sliceMilliseconds`, the page getting a
 * turn between slices; `onPause` hears the last step's value before each turn.
 */
export async function runStepsInSlices<Step, Result>(
  steps: Generator<Step, Result>,
  {
    signal,
    sliceMilliseconds = 8,
    onPause,
    background = false,
  }: {
    signal?: AbortSignal;
    sliceMilliseconds?: number;
    onPause?: (step: Step) => void;
    /** Work done ahead, that goes on only when the page has nothing else to do (`yieldToPage`). */
    background?: boolean;
  } = {},
): Promise<Result> {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMilliseconds) {
      onPause?.(step.value);
      await yieldToPage(background);
      sliceStart = performance.now();
    }
  }
}
