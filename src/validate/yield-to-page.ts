/**
 * Pausing long work so that the page answers in between: the validator's slices, and the index
 * the page builds from a large feed (model/organisation-tables.ts).
 */

/** Gives the page a turn: `scheduler.yield()` where it exists, a message-channel task otherwise. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
  }: { signal?: AbortSignal; sliceMilliseconds?: number; onPause?: (step: Step) => void } = {},
): Promise<Result> {
  let sliceStart = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMilliseconds) {
      onPause?.(step.value);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
