/**
 * A catalogue's number formatter, made in the page's first idle time or on first use. The page's
 * first `Intl` object costs Chromium 30–70 ms (ICU's data are read): made when a catalogue is
 * evaluated, it sat inside the script's own evaluation, the page's longest task (`npm run
 * bench`). One formatter serves every call: `toLocaleString` builds a new one each time, and
 * counts are drawn by the hundred.
 */
export function numberFormatter(lang: string): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  const formatter = () => (format ??= new Intl.NumberFormat(lang));
  // Or in the page's first idle time, while a feed arrives: its first count of records checked
  // added the 25 ms to the checking (`npm run bench`, 100,000 organisations).
  if (typeof requestIdleCallback === 'function') requestIdleCallback(formatter, { timeout: 5000 });
  return (value) => formatter().format(value);
}
