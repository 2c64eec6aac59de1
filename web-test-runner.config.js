// Browser tests: the elements and the core, in real browsers (Debian's Chromium, and Firefox
// ESR when GRAPPE_FIREFOX is not 0), with a local server that plays every network failure.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './test/support/counting-reporter.js';
import { testServerMiddleware } from './test/support/test-server.js';
import { PNG } from 'pngjs';

const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-extensions',
  '--headless=new',
];

const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromeArgs, headless: true },
    // wtr reuses its tabs from one test file to the next (through about:blank), so their history
    // grows; Chromium keeps 50 entries, and past that a test's history.back() can leave its page.
    // Each file starts with an empty history, as a visitor's tab would. A crashed page says so.
    async createPage({ context }) {
      const page = await context.newPage();
      const client = await page.createCDPSession();
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame() && frame.url() === 'about:blank')
          client.send('Page.resetNavigationHistory').catch(() => undefined);
      });
      page.on('error', (error) => console.error(`[chromium] page crashed: ${error.message} (${page.url()})`));
      return page;
    },
  }),
];

if (process.env.FIREFOX_PATH && process.env.GRAPPE_FIREFOX !== '0') {
  const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH, headless: true },
    }),
  );
}

/** Leaflet's `main` is UMD: the browser gets its ES module build. */
const leafletEsm = {
  name: 'leaflet-esm',
  resolveImport({ source }) {
    if (source === 'leaflet') return '/node_modules/leaflet/dist/leaflet-src.esm.js';
    return undefined;
  },
};

/**
 * `executeServerCommand('grappe-pixels', { width, points })`: the colours a visitor sees at
 * page points, read from a real screenshot of the page (base map, canvas and DOM composited),
 * not from one layer's canvas.
 */
const pixelsPlugin = {
  name: 'grappe-pixels',
  async executeCommand({ command, payload, session }) {
    if (command !== 'grappe-pixels') return undefined;
    const page = session.browser.getPage(session.id);
    const image = PNG.sync.read(Buffer.from(await page.screenshot({ type: 'png' })));
    const ratio = image.width / payload.width;
    return payload.points.map(([x, y]) => {
      const offset = (Math.round(y * ratio) * image.width + Math.round(x * ratio)) * 4;
      return [image.data[offset], image.data[offset + 1], image.data[offset + 2]];
    });
  },
};

/**
 * `executeServerCommand('grappe-media', { features: [{ name: 'forced-colors', value: 'active' }] })`:
 * emulates media features in Chromium (returns false where the browser cannot).
 */
const mediaPlugin = {
  name: 'grappe-media',
  async executeCommand({ command, payload, session }) {
    if (command !== 'grappe-media') return undefined;
    const page = session.browser.getPage?.(session.id);
    try {
      // Through the DevTools protocol: puppeteer's own helper refuses `forced-colors`.
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    } catch {
      return false;
    }
  },
};

export default {
  // test/unit holds the core's node tests (npm run test:unit), not browser tests.
  files: process.env.GRAPPE_TEST_FILES
    ? process.env.GRAPPE_TEST_FILES.split(',')
    : ['test/**/*.test.ts', '!test/unit/**'],
  nodeResolve: { browser: true },
  rootDir: '.',
  // One test file at a time per browser: pages in background tabs get no animation frames,
  // and focus tests need the page in front.
  concurrency: 1,
  concurrentBrowsers: 1,
  // GRAPPE_BROWSER=Firefox (or Chrome) runs one browser: npm test's second run of a file that
  // never reported back is in the browser that lost it.
  browsers: process.env.GRAPPE_BROWSER
    ? browsers.filter((launcher) => launcher.name === process.env.GRAPPE_BROWSER)
    : browsers,
  plugins: [
    pixelsPlugin,
    mediaPlugin,
    leafletEsm,
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
  ],
  middleware: [testServerMiddleware],
  testFramework: { config: { timeout: 20000 } },
  // A file's page that has not reported within 3 minutes is lost (the longest file, the
  // injection corpus, takes about one): npm test runs it again alone rather than wait longer.
  testsFinishTimeout: Number(process.env.GRAPPE_FINISH_TIMEOUT || 180000),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><script src="/node_modules/axe-core/axe.min.js"></script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
