import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberFormatter } from '../../src/i18n/number-format.js';

// No catalogue is imported above: each is evaluated by the dynamic imports below, while the
// construction of number formatters is counted.
test('a catalogue makes its number formatter on first use, not when it loads (the first Intl object is slow)', async () => {
  const made: string[] = [];
  const RealNumberFormat = Intl.NumberFormat;
  Intl.NumberFormat = new Proxy(RealNumberFormat, {
    construct(target, args: [string?]) {
      made.push(String(args[0]));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    const catalogues = [
      (await import('../../src/i18n/locales/en.js')).en,
      (await import('../../src/i18n/locales/fr.js')).fr,
      (await import('../../src/i18n/locales/de.js')).de,
      (await import('../../src/i18n/locales/es.js')).es,
      (await import('../../src/i18n/locales/it.js')).it,
    ];
    assert.deepEqual(made, [], 'no formatter made while the catalogues load');
    for (const catalogue of catalogues) {
      assert.match(catalogue.loadingProgress(12345), /12.345/);
      catalogue.loadingProgress(7);
    }
    assert.deepEqual(made, ['en', 'fr', 'de', 'es', 'it'], 'one formatter per catalogue, made when first used');
  } finally {
    Intl.NumberFormat = RealNumberFormat;
  }
});

test('a number formatter writes the language’s digits grouping', () => {
  assert.equal(numberFormatter('en')(1234567), '1,234,567');
  assert.equal(numberFormatter('fr')(1234567).replace(/\s/g, ' '), '1 234 567');
});
