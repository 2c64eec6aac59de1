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
