import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../src/i18n/translation.js';
import { termLabel } from '../../src/internal/labels.js';
import type { Cooperation } from '../../src/schema/feed-schema.js';
import { COOPERATION_GOVERNANCE, COOPERATION_PURPOSE } from '../../src/schema/vocabularies.js';
import { partialDateText } from '../../src/text/partial-date.js';

/** A cooperation's purposes, governance and dates, as the feed gives them. */
export function cooperationFacts(
  cooperation: Cooperation,
  t: Translation,
  lang: string,
): TemplateResult | typeof nothing {
  const rows: Array<[string, string]> = [];
  if (cooperation.purposes?.length)
    rows.push([t.purposes, cooperation.purposes.map((code) => termLabel(COOPERATION_PURPOSE, code, lang)).join(', ')]);
  if (cooperation.governance)
    rows.push([t.governanceDetails, termLabel(COOPERATION_GOVERNANCE, cooperation.governance, lang)]);
  const dates = t.membershipPeriod(partialDateText(cooperation.since, lang), partialDateText(cooperation.until, lang));
  if (dates) rows.push([t.dates, dates]);
  if (rows.length === 0) return nothing;
  return html`<dl class="cooperation-facts">
    ${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}
