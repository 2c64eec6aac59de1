import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whenIdle } from '../../src/load/when-idle.js';
import { FeedLoadError, loadFeed, parseFeedText, publicErrorKind } from '../../src/load/load-feed.js';
import { mergeFeedsWithPrefixes } from '../../src/load/merge-feeds.js';
import { fetchOptionalJson } from '../../src/load/fetch-json.js';
import { validateFeed } from '../../src/validate/validate-feed.js';
import type { Feed } from '../../src/schema/feed-schema.js';
import { sampleFeed } from '../../stories/fixtures.js';
import { checkFeedData, mergeReadFeeds, readFeed } from '../../src/load/feed-reader.js';
import { fetchStartedNow, startFeedRequestsNamedIn, takeFeedRequest } from '../../src/load/feed-request.js';
import { LoadedFeedAssembler, RECORDS_PER_MESSAGE, loadedFeedMessages } from '../../src/load/worker-messages.js';
import { createServer } from 'node:http';
import { organisationSearchText, rememberSearchText, searchTextFoldedAhead } from '../../src/text/search-text.js';
import { FeedIndex } from '../../src/model/feed-index.js';

const feedOf = (publisher: string, overrides: Record<string, unknown> = {}) =>
  validateFeed(sampleFeed({ publisher: { id: publisher, name: publisher }, ...overrides })).feed as Feed;

test('JSON text: a byte-order mark is fine; an HTML page and a cut-off file are told apart', () => {
  assert.deepEqual(parseFeedText('\uFEFF{"a":1}', 'x'), { a: 1 });
  assert.throws(
    () => parseFeedText('<!doctype html><p>404', 'x'),
    (error: FeedLoadError) => error.kind === 'html',
  );
  assert.throws(
    () => parseFeedText('{"clusters": [', 'x'),
    (error: FeedLoadError) => error.kind === 'parse',
  );
  assert.equal(publicErrorKind('html'), 'parse');
  assert.equal(publicErrorKind('cors'), 'network');
});

test('loading through a given fetch: HTTP errors and timeouts become load errors with their kind', async () => {
  const ok = await loadFeed('https://example.org/feed.json', {
    fetch: async () => new Response(JSON.stringify(sampleFeed()), { headers: { 'content-type': 'application/json' } }),
  });
  assert.equal(ok.result.feed?.clusters.length, 3);
  await assert.rejects(
    loadFeed('https://example.org/missing.json', { fetch: async () => new Response('gone', { status: 404 }) }),
    (error: FeedLoadError) => error.kind === 'http',
  );
  await assert.rejects(
    loadFeed('https://example.org/slow.json', {
      timeoutMs: 50,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    }),
    (error: FeedLoadError) => error.kind === 'timeout',
  );
});

test('merged feeds: ids prefixed by publisher, references rewritten, cross-feed references kept', () => {
  const region = feedOf('region');
  const other = feedOf('cci', {
    clusters: [{ id: 'textile', name: 'Textile' }],
    organisations: [],
    memberships: [],
    networks: [],
    cooperations: [{ id: 'c', clusters: ['textile', 'region:viameca'] }],
  });
  const { feed, prefixes } = mergeFeedsWithPrefixes([
    { feed: region, source: 'a' },
    { feed: other, source: 'b' },
  ]);
  assert.deepEqual(prefixes, ['region', 'cci']);
  assert.ok(feed.clusters.some((cluster) => cluster.id === 'region:viameca'));
  assert.ok(feed.clusters.some((cluster) => cluster.id === 'cci:textile'));
  assert.ok(feed.memberships?.every((membership) => membership.cluster.startsWith('region:')));
  assert.deepEqual(feed.cooperations?.find((cooperation) => cooperation.id === 'cci:c')?.clusters, [
    'cci:textile',
    'region:viameca',
  ]);
});

test('optional JSON (base map, boundaries): a body over the cap gives nothing instead of filling memory', async () => {
  const original = globalThis.fetch;
  try {
    globalThis.fetch = async () => new Response(JSON.stringify({ big: 'x'.repeat(5000) }));
    assert.equal(
      await fetchOptionalJson('https://example.org/a.json', { maxBytes: 1000, credentials: 'omit' }),
      undefined,
    );
    assert.deepEqual(
      await fetchOptionalJson('https://example.org/a.json', { maxBytes: 100_000, credentials: 'omit' }),
      {
        big: 'x'.repeat(5000),
      },
    );
    globalThis.fetch = async () => new Response('nope', { status: 500 });
    assert.equal(
      await fetchOptionalJson('https://example.org/a.json', { maxBytes: 1000, credentials: 'omit' }),
      undefined,
    );
  } finally {
    globalThis.fetch = original;
  }
});

test('merged feeds: publisher ids that hold the separator cannot pass for one another', () => {
  const region = feedOf('region', {
    clusters: [{ id: 'pole:memo', name: 'Of region' }],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const pole = feedOf('region:pole', {
    clusters: [{ id: 'memo', name: 'Of region:pole' }],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const third = feedOf('third', {
    clusters: [{ id: 'mine', name: 'Mine' }],
    organisations: [],
    memberships: [],
    networks: [],
    cooperations: [{ id: 'c', clusters: ['mine', 'region:pole:memo'] }],
  });
  const { feed, problems } = mergeFeedsWithPrefixes([
    { feed: region, source: 'https://a.example/feed.json' },
    { feed: pole, source: 'https://b.example/feed.json' },
    { feed: third, source: 'https://c.example/feed.json' },
  ]);
  const names = new Map(feed.clusters.map((cluster) => [cluster.id, cluster.name]));
  assert.equal(names.get('region:pole:memo'), 'Of region');
  assert.equal(names.get('region%3Apole:memo'), 'Of region:pole');
  // The third feed's reference reads both ways: reported, not resolved by order.
  const collision = problems.find((problem) => problem.code === 'merge-collision');
  assert.ok(collision);
  assert.deepEqual(collision!.path, ['cooperations', 0, 'clusters', 1]);
});

test('merged feeds: two feeds claiming one publisher id get the same prefixes whatever the order of src', () => {
  const a = feedOf('cci', {
    clusters: [{ id: 'x', name: 'A' }],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const b = feedOf('cci', {
    clusters: [{ id: 'x', name: 'B' }],
    organisations: [],
    memberships: [],
    cooperations: [],
    networks: [],
  });
  const one = mergeFeedsWithPrefixes([
    { feed: a, source: 'https://a.example/f.json' },
    { feed: b, source: 'https://b.example/f.json' },
  ]);
  const two = mergeFeedsWithPrefixes([
    { feed: b, source: 'https://b.example/f.json' },
    { feed: a, source: 'https://a.example/f.json' },
  ]);
  const byName = (feed: Feed) => Object.fromEntries(feed.clusters.map((cluster) => [cluster.name, cluster.id]));
  assert.deepEqual(byName(one.feed), byName(two.feed));
  assert.notEqual(byName(one.feed)['A'], byName(one.feed)['B']);
  assert.ok(one.problems.some((problem) => problem.code === 'publisher-id-shared'));
});

test('a large chunk is decoded a piece at a time: the page gets turns, and characters split between pieces stay whole', async () => {
  const { readBodyCapped } = await import('../../src/load/read-body.js');
  // 'a' first, so that the two-, three- and four-byte characters fall across the pieces' edges.
  const text = `a${'é€𝄞'.repeat(1_500_000)}`;
  const bytes = new TextEncoder().encode(text); // 13.5 MB, one chunk, as a browser hands a fast body
  let turns = 0;
  let reading = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    turns += 1;
    if (reading) channel.port2.postMessage(null);
  };
  channel.port2.postMessage(null);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const read = await readBodyCapped(new Response(body), 64 * 1024 * 1024);
  reading = false;
  channel.port1.close();
  assert.equal(read, text);
  // Decoding 13.5 MB takes tens of milliseconds: read in one go, no message would have come in.
  assert.ok(turns >= 2, `${turns} turns while decoding`);
});

test('bodies are read as they stream and stopped at the cap, declared lengths checked first', async () => {
  const { readBodyCapped, BodyTooLargeError } = await import('../../src/load/read-body.js');
  let pulled = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 1;
      controller.enqueue(new Uint8Array(64 * 1024).fill(32));
    },
  });
  await assert.rejects(readBodyCapped(new Response(endless), 1024 * 1024), BodyTooLargeError);
  assert.ok(pulled <= 20, `${pulled} chunks read for a 1 MB cap`);
  const declared = new Response('{}', { headers: { 'content-length': String(10 * 1024 * 1024) } });
  await assert.rejects(readBodyCapped(declared, 1024), BodyTooLargeError);
  // A character split between two chunks is decoded whole.
  const bytes = new TextEncoder().encode('{"name":"Pôle éco"}');
  const split = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, 11));
      controller.enqueue(bytes.slice(11));
      controller.close();
    },
  });
  assert.equal(await readBodyCapped(new Response(split), 1000), '{"name":"Pôle éco"}');
});

test('a feed over max-bytes is a too-large load error, not a frozen page', async () => {
  await assert.rejects(
    loadFeed('https://example.org/big.json', {
      maxBytes: 1000,
      fetch: async () => new Response(JSON.stringify(sampleFeed({ description: 'x'.repeat(5000) }))),
    }),
    (error: FeedLoadError) => error.kind === 'too-large' && error.details.maxBytes === 1000,
  );
});

test('a feed crosses from the worker in slices and comes back whole, in order, problems included', () => {
  const organisations = Array.from({ length: RECORDS_PER_MESSAGE * 2 + 17 }, (_, index) => ({
    id: `o${index}`,
    name: `Société Œnologique ${index}`,
  }));
  const problems = Array.from({ length: RECORDS_PER_MESSAGE + 1 }, (_, index) => ({
    severity: 'warning' as const,
    code: 'unknown-field' as const,
    path: ['organisations', index, 'x'],
  }));
  const feed = { ...validateFeed(sampleFeed()).feed!, organisations } as Feed;
  const loaded = {
    source: 'feed.json',
    size: 10,
    result: { mode: 'lenient' as const, feed, problems, valid: true, counts: validateFeed(sampleFeed()).counts },
  };
  const messages = [...loadedFeedMessages(7, loaded)];
  // The feed first, its long lists empty; then slices of at most RECORDS_PER_MESSAGE; then the
  // organisations' search texts, folded by the worker, once every record is on its way.
  assert.deepEqual(
    messages.map((message) => message.type),
    ['loaded', ...Array<string>(3 + 2).fill('records'), ...Array<string>(3).fill('search-texts')],
  );
  for (const message of messages.slice(1)) {
    if (message.type === 'records') assert.ok(message.count <= RECORDS_PER_MESSAGE);
  }
  const assembler = new LoadedFeedAssembler();
  // Structured cloning, as postMessage does it: nothing is shared with the worker's objects.
  const results = messages
    .filter((message) => message.type !== 'search-texts')
    .map((message) => assembler.add(structuredClone(message)));
  assert.ok(
    results.slice(0, -1).every((result) => result === null),
    'whole only after the last slice',
  );
  const whole = results.at(-1)!;
  assert.deepEqual(whole.result.feed, feed);
  assert.deepEqual(whole.result.problems, problems);
  // The search texts come after the feed and are kept with the organisations the page has.
  const pageOrganisations = whole.result.feed!.organisations!;
  assert.equal(searchTextFoldedAhead(pageOrganisations[4000]!), undefined);
  assert.equal(assembler.awaitsSearchTexts, true);
  const done = messages.flatMap((message) =>
    message.type === 'search-texts' ? [assembler.addSearchTexts(structuredClone(message))] : [],
  );
  assert.deepEqual(done, [false, false, true]);
  assert.equal(assembler.awaitsSearchTexts, false);
  assert.equal(searchTextFoldedAhead(pageOrganisations[4000]!), 'societeoenologique4000');
  assert.equal(searchTextFoldedAhead(pageOrganisations[4000]!), organisationSearchText(pageOrganisations[4000]!));
  // The index takes them instead of folding again (a marker shows which it used).
  rememberSearchText(pageOrganisations[7]!, 'marker');
  const index = new FeedIndex(whole.result.feed!);
  assert.equal(index.organisationSearchText(7), 'marker');
  assert.equal(index.organisationSearchText(4016), 'societeoenologique4016');
  // The worker's feed itself was not emptied by the sending.
  assert.equal(feed.organisations!.length, RECORDS_PER_MESSAGE * 2 + 17);
});

test('a page’s own feed object crosses back as it is (a Date stays a Date, NaN stays NaN)', () => {
  const since = new Date('2024-05-01T00:00:00Z');
  const organisations = Array.from({ length: RECORDS_PER_MESSAGE + 3 }, (_, index) => ({
    id: `o${index}`,
    name: `Organisation ${index}`,
    extensions: { 'x-since': since, 'x-score': Number.NaN },
  }));
  const feed = { ...validateFeed(sampleFeed()).feed!, organisations } as unknown as Feed;
  const loaded = {
    source: 'data',
    size: 0,
    result: { mode: 'lenient' as const, feed, problems: [], valid: true, counts: validateFeed(sampleFeed()).counts },
  };
  const asGiven = [...loadedFeedMessages(1, loaded)];
  const records = asGiven.filter((message) => message.type === 'records');
  assert.equal(records.length, 2);
  const assembler = new LoadedFeedAssembler();
  const whole = asGiven.map((message) => assembler.add(structuredClone(message))).at(-1)!;
  const first = (whole.result.feed!.organisations![0] as { extensions: Record<string, unknown> }).extensions;
  assert.ok(first['x-since'] instanceof Date && Number.isNaN(first['x-score']), 'a Date and NaN come back as given');
});

test('without a worker (node has none), feeds are read and checked the same way by the worker’s code', async () => {
  const server = createServer((request, response) => {
    if (request.url === '/feed.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(sampleFeed()));
    } else {
      response.writeHead(404);
      response.end('gone');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    const loaded = await readFeed(`http://127.0.0.1:${port}/feed.json`);
    assert.equal(loaded.result.feed?.clusters.length, 3);
    await assert.rejects(
      readFeed(`http://127.0.0.1:${port}/missing.json`),
      (error: FeedLoadError) => error.kind === 'http' && error.details.status === 404,
    );
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      readFeed(`http://127.0.0.1:${port}/feed.json`, { signal: controller.signal }),
      (error: FeedLoadError) => error.kind === 'aborted',
    );
  } finally {
    server.close();
  }
  const checked = await checkFeedData({ ...sampleFeed(), clusters: [{ id: 'x' }] }, 'data');
  assert.equal(checked.feed?.clusters.length, 0);
  assert.ok(checked.problems.some((problem) => problem.severity === 'error'));
});

/**
 * Replaces `fetch` with one that records each request and answers `{}` after `delayMs`, or fails
 * as an abort does; `restore` puts the real one back.
 */
function recordingFetch(delayMs: number): {
  requests: { url: string; init: RequestInit | undefined }[];
  restore: () => void;
} {
  const requests: { url: string; init: RequestInit | undefined }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      setTimeout(() => resolve(new Response('{}')), delayMs);
    });
  }) as typeof fetch;
  return { requests, restore: () => (globalThis.fetch = realFetch) };
}

test('the feed is requested at once, before the reader is called, and a later abort stops the request', async () => {
  const { requests, restore } = recordingFetch(50);
  try {
    const started = fetchStartedNow('https://feeds.example/a.json');
    assert.equal(requests.length, 1, 'requested before anyone takes it');
    assert.equal(requests[0]!.init?.credentials, 'omit');
    assert.deepEqual(requests[0]!.init?.headers, { Accept: 'application/json' });
    const reader = new AbortController();
    const taken = started.fetch('https://feeds.example/a.json', { signal: reader.signal });
    reader.abort();
    await assert.rejects(taken, (error: Error) => error.name === 'AbortError');
    assert.equal(requests.length, 1, 'the reader takes the same request');

    const dropped = fetchStartedNow('https://feeds.example/b.json');
    dropped.cancel();
    assert.equal(requests[1]!.init?.signal?.aborted, true);
    // Taken with a signal already aborted: the request stops too.
    const late = fetchStartedNow('https://feeds.example/c.json');
    const gone = new AbortController();
    gone.abort();
    await assert.rejects(late.fetch('x', { signal: gone.signal }), (error: Error) => error.name === 'AbortError');
    // Nobody takes it and it fails: not an unhandled rejection.
    fetchStartedNow('https://feeds.example/d.json').cancel();
    await new Promise((resolve) => setTimeout(resolve, 60));
  } finally {
    restore();
  }
});

test('the feeds a page names in src are requested before the elements are defined; the reader takes them, once', async () => {
  const { requests, restore } = recordingFetch(20);
  // What querySelectorAll finds in a page: an explorer with two feeds, a data element with one of
  // them again and one that no element will take, and a src that is not a web address.
  const element = (src: string) => ({ getAttribute: (name: string) => (name === 'src' ? src : null) });
  const page = {
    querySelectorAll: (selector: string) => {
      assert.equal(selector, 'grappe-explorer[src], grappe-data[src]');
      return [
        element('  https://feeds.example/a.json\n https://feeds.example/b.json '),
        element('https://feeds.example/a.json https://feeds.example/unclaimed.json'),
        element('javascript:alert(1)'),
      ];
    },
  } as unknown as ParentNode;
  try {
    startFeedRequestsNamedIn(page, 30);
    assert.deepEqual(
      requests.map((request) => request.url),
      ['https://feeds.example/a.json', 'https://feeds.example/b.json', 'https://feeds.example/unclaimed.json'],
      'each feed requested once, at once; nothing but web addresses',
    );
    assert.equal(requests[0]!.init?.credentials, 'omit');
    const taken = takeFeedRequest('https://feeds.example/a.json');
    assert.equal(requests.length, 3, 'the reader takes the request already made');
    assert.equal(await (await taken.fetch('https://feeds.example/a.json')).text(), '{}');
    takeFeedRequest('https://feeds.example/a.json');
    assert.equal(requests.length, 4, 'a second read of the same feed (a refresh) asks again');
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(requests[2]!.init?.signal?.aborted, true, 'a request nobody took is stopped');
    assert.equal(requests[1]!.init?.signal?.aborted, true);
    assert.equal(requests[0]!.init?.signal?.aborted, false, 'the one taken is the reader’s to stop');
    takeFeedRequest('https://feeds.example/unclaimed.json');
    assert.equal(requests.length, 5, 'once stopped, it is asked again, not handed over aborted');
  } finally {
    restore();
  }
});

test('idle work waits for a turn when the page is idle, told how long it has', async () => {
  // Node has no requestIdleCallback: an 8 ms slice after a timer, as in a browser without it.
  const order: string[] = [];
  const left = await new Promise<number>((resolve) => {
    whenIdle((timeLeft) => {
      order.push('idle');
      resolve(timeLeft());
    }, 10);
    order.push('sync');
  });
  assert.deepEqual(order, ['sync', 'idle']);
  assert.ok(left > 0 && left <= 8, `time left ${left}`);
});

test('the feeds read are merged as merge-feeds does: one feed at once, several through the reader’s code', async () => {
  const one = validateFeed(sampleFeed()).feed!;
  const other = validateFeed({ ...sampleFeed(), publisher: { id: 'other', name: 'Other' } }).feed!;
  for (const feeds of [
    [{ feed: one, source: 'https://a.example/feed.json' }],
    [
      { feed: one, source: 'https://a.example/feed.json' },
      { feed: other, source: 'https://b.example/feed.json' },
    ],
  ]) {
    const merged = await mergeReadFeeds(feeds);
    const expected = mergeFeedsWithPrefixes(feeds);
    assert.deepEqual(
      { prefixes: merged.prefixes, origins: merged.origins, problems: merged.problems },
      { prefixes: expected.prefixes, origins: expected.origins, problems: expected.problems },
    );
    assert.equal(merged.feed.clusters.length, expected.feed.clusters.length);
  }
});
