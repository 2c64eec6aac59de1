/**
 * Pausing long work so that the page answers in between: the validator's slices, and the index
 * the page builds from a large feed (model/organisation-tables.ts).
 */

interface Scheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Gives the page a turn: `scheduler.yield()` where it exists, a message-channel task otherwise.
 * `scheduler.yield()` resumes before the page's other tasks, which suits work a visitor waits
 * for (a feed's loading). Work done ahead (the search's folding, `ahead`) resumes as an
 * ordinary task instead (`scheduler.postTask`, or a message), behind those already queued: the
 * map's drawing and the site's own scripts go first, and the work still moves on a busy page.
 */
export function yieldToPage(ahead = false): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (ahead && scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  if (!ahead && scheduler?.yield) return scheduler.yield();
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
    ahead = false,
  }: {
    signal?: AbortSignal;
    sliceMilliseconds?: number;
    onPause?: (step: Step) => void;
    /** Work done ahead, that lets the tasks already queued go first (`yieldToPage`). */
    ahead?: boolean;
  } = {},
): Promise<Result> {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMilliseconds) {
      onPause?.(step.value);
      await yieldToPage(ahead);
      sliceStart = performance.now();
    }
  }
}
