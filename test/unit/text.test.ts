import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitiseEmail, sanitisePhone, sanitiseUrl } from '../../src/text/sanitise-url.js';
import { allVariants, resolveText } from '../../src/text/localised-text.js';
import { countryName } from '../../src/text/country-name.js';
import { compactFolded, foldCompact, foldText, matchesTokens, queryTokens } from '../../src/text/search-text.js';
import { hostText } from '../../src/internal/render-link.js';
import { datePrecision, partialDateText } from '../../src/text/partial-date.js';

test('the one URL sanitiser: web, mail and phone only; bare domains completed; relative against the feed', () => {
  assert.equal(sanitiseUrl('https://www.viameca.fr/')?.href, 'https://www.viameca.fr/');
  assert.equal(sanitiseUrl('www.viameca.fr')?.href, 'https://www.viameca.fr/');
  // An accented host typed bare, as a chamber's table has it: the punycode the browser visits.
  assert.equal(sanitiseUrl('aciéries-bourgogne.fr/contact')?.href, 'https://xn--aciries-bourgogne-dtb.fr/contact');
  assert.equal(sanitiseUrl('www.région.fr')?.href, 'https://www.xn--rgion-bsa.fr/');
  // Not hosts: a name with a dot, a host the URL parser refuses, a sentence.
  for (const text of ['Lyon.Métropole', 'a<b>.fr', 'voir le site.fr', 'x.'.repeat(1000) + '1'])
    assert.equal(sanitiseUrl(text), null, text.slice(0, 30));
  for (const hostile of [
    'javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'https://user:pw@example.org/',
    ' ',
    'x'.repeat(3000),
  ]) {
    assert.equal(sanitiseUrl(hostile), null, hostile.slice(0, 30));
  }
  assert.equal(
    sanitiseUrl('images/logo.png', 'https://region.example/feeds/feed.json')?.href,
    'https://region.example/feeds/images/logo.png',
  );
  assert.equal(sanitiseUrl('images/logo.png'), null);
  assert.equal(sanitiseEmail('contact@viameca.fr')?.kind, 'mailto');
  assert.equal(sanitiseEmail('not an address'), null);
  assert.equal(sanitisePhone('+33 4 77 00 00 00')?.kind, 'tel');
});

test('feed texts in the reader’s language, then the feed’s, then any; prototype keys are not languages', () => {
  const name = { fr: 'Pôle', en: 'Cluster' };
  assert.equal(resolveText(name, 'en-GB', 'fr'), 'Cluster');
  assert.equal(resolveText(name, 'de', 'fr'), 'Pôle');
  assert.equal(resolveText({ it: 'Polo' }, 'de', 'fr'), 'Polo');
  assert.equal(resolveText(undefined, 'fr'), '');
  assert.equal(resolveText({ fr: 'x' }, 'constructor', 'toString'), 'x');
  assert.deepEqual(allVariants(name).sort(), ['Cluster', 'Pôle']);
});

test('search folds accents, case and punctuation, and matches every word', () => {
  assert.equal(foldText('Pôle ÉCO-Énergies'), foldText('pole eco energies'));
  const haystack = compactFolded(foldText('Cluster Éco-énergies, Lyon'));
  assert.ok(matchesTokens(haystack, queryTokens('eco lyon')));
  assert.ok(!matchesTokens(haystack, queryTokens('eco paris')));
  assert.deepEqual(queryTokens('   '), []);
});

test('the table that folds Latin text gives what the long way gives, character by character and in words', () => {
  const slow = (text: string) => compactFolded(foldText(text));
  // Every character up to U+024F alone, and beside its neighbours.
  const latin = Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code));
  for (const character of latin) assert.equal(foldCompact(character), slow(character), `U+${character.charCodeAt(0)}`);
  assert.equal(foldCompact(latin.join('')), slow(latin.join('')));
  const samples = [
    'Pôle ÉCO-Énergies, Saint-Étienne',
    'Œuvre Ærø Straße Łódź Đakovo İstanbul ıi',
    'Ĳssel ǅemal Ǆ ǈ ǋ ǲ — “quotes” ½ ² ℃',
    // Past the table: combining marks, Greek with its final sigma, Chinese, a lone surrogate.
    'Cafe\u0301 ΟΔΥΣΣΕΥΣ 北京 \uD800 x',
    '',
    '   ',
  ];
  for (const sample of samples) assert.equal(foldCompact(sample), slow(sample), sample);
  // Random Latin-1 and Latin Extended text, a thousand strings.
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let round = 0; round < 1000; round += 1) {
    const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
      String.fromCharCode(Math.floor(random() * 0x260)),
    ).join('');
    assert.equal(foldCompact(text), slow(text), JSON.stringify(text));
  }
});

test('a link shows the host it really goes to: tabs dropped by the URL parser, look-alike letters as punycode', () => {
  const shown = (raw: string) => hostText(sanitiseUrl(raw)!.href, raw);
  // The URL parser drops the tab: the link goes to the attacker's host, and says so.
  assert.equal(shown('https://www.impots.gouv.fr\t.xn--vil-bma.com'), 'www.impots.gouv.fr.xn--vil-bma.com');
  assert.equal(shown('https://www.impots.gouv.fr\n.évil.com'), 'www.impots.gouv.fr.évil.com');
  // Whole-script Cyrillic, a Cyrillic letter among Latin ones, IPA's Latin alpha: punycode.
  assert.equal(shown('https://аррӏе.com'), new URL('https://аррӏе.com').host);
  assert.match(shown('https://www.viаmeca.fr/x'), /^www\.xn--/);
  assert.match(shown('https://pɑypal.com'), /^xn--/);
  // Europe's accented Latin letters, as written (lower case), port included.
  assert.equal(shown('https://Région.example.fr/contact'), 'région.example.fr');
  assert.equal(shown('https://MÜNCHEN.de'), 'münchen.de');
  assert.equal(shown('https://région.fr:8443/a'), 'région.fr:8443');
  assert.equal(shown('https://example.org/page'), 'example.org');
});

test('partial dates as a reader writes them: a year as it is, a month and a day in words, in UTC', () => {
  assert.equal(partialDateText(2005, 'fr'), '2005');
  assert.equal(partialDateText('2005', 'fr'), '2005');
  assert.equal(partialDateText('2005-09', 'fr'), 'septembre 2005');
  assert.equal(partialDateText('2005-09-01', 'fr'), '1 septembre 2005');
  assert.equal(partialDateText('2005-09-01', 'en'), 'September 1, 2005');
  assert.equal(partialDateText('2005-13', 'fr'), '2005-13', 'out of range: as written');
  assert.equal(partialDateText('2005-02-30', 'fr'), '2005-02-30');
  assert.equal(partialDateText('vers 2005', 'fr'), 'vers 2005');
  assert.equal(partialDateText(undefined, 'fr'), '');
  assert.deepEqual(
    ['2005', '2005-09', '2005-09-01', 'x'].map((value) => datePrecision(value)),
    ['year', 'month', 'day', 'other'],
  );
});

test('a country code is shown as the country’s name in the reader’s language; anything else as typed', () => {
  assert.equal(countryName('DE', 'fr'), 'Allemagne');
  assert.equal(countryName('DE', 'en'), 'Germany');
  assert.equal(countryName('FR', 'fr-FR'), 'France');
  assert.equal(countryName('de', 'fr'), 'de', 'lower case is no country code');
  assert.equal(countryName('Deutschland', 'fr'), 'Deutschland');
  assert.equal(countryName('QQ', 'fr'), 'QQ', 'no such country');
  assert.equal(countryName('ZZ', 'fr'), 'ZZ', 'the unknown region');
  assert.equal(countryName('DE', 'not a language!'), 'DE');
});
