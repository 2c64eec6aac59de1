#!/usr/bin/env node
// The validator's throughput (organisations per second), strict mode as the CLI runs it, on the
// largest generated feed: node bench/validate-throughput.mjs [--organisations 300000]
import { validateFeed } from '../dist/index.js';
import { generateFeed } from '../scripts/generate-feed.mjs';

const at = process.argv.indexOf('--organisations');
const organisations = at >= 0 ? Number(process.argv[at + 1]) : 300_000;
const feed = generateFeed({ clusters: 2000, organisations, seed: 42 });
const text = JSON.stringify(feed);
const runs = [];
for (let run = 0; run < 3; run += 1) {
  const input = JSON.parse(text);
  const start = performance.now();
  const result = validateFeed(input, { mode: 'strict' });
  runs.push(performance.now() - start);
  if (!result.valid) throw new Error('the generated feed should be valid');
}
runs.sort((a, b) => a - b);
const median = runs[1];
console.log(
  `validator: ${organisations.toLocaleString('en')} organisations, ${feed.memberships.length.toLocaleString('en')} memberships, 2,000 clusters (${(text.length / 1048576).toFixed(1)} MB): ` +
    `median ${median.toFixed(0)} ms of 3 → ${Math.round(organisations / (median / 1000)).toLocaleString('en')} organisations/s`,
);
