/**
 * A catalogue's number formatter, made on first use. The page's first `Intl` object costs
 * Chromium 30–70 ms (ICU's data are read): made when a catalogue is evaluated, it sat inside the
 * script's own evaluation, the page's longest task (`npm run bench`). One formatter serves every
 * call: `toLocaleString` builds a new one each time, and counts are drawn by the hundred.
 */
export function numberFormatter(lang: string): (value: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (value) => (format ??= new Intl.NumberFormat(lang)).format(value);
}
