#!/usr/bin/env node
// Finds the browsers the tests run in, or installs Debian's when running as root where none
// is found. Never downloads a browser build of its own (this network cannot, and CI must not).
// Prints `CHROME_PATH=…` and `FIREFOX_PATH=…` lines for the caller.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromeCandidates = [
  process.env.CHROMIUM_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const firefoxCandidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const find = (candidates) => candidates.find((path) => path && existsSync(path));

function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.error(`ensure-browser: installing ${packages.join(' ')} from Debian (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    });
    return true;
  } catch (error) {
    console.error(`ensure-browser: apt-get failed: ${error.message}`);
    return false;
  }
}

export function ensureBrowsers({ firefox = true } = {}) {
  let chrome = find(chromeCandidates);
  const wantFirefox = firefox && process.env.GRAPPE_FIREFOX !== '0';
  let firefoxPath = wantFirefox ? find(firefoxCandidates) : undefined;
  const missing = [];
  if (!chrome) missing.push('chromium');
  if (wantFirefox && !firefoxPath) missing.push('firefox-esr');
  if (missing.length > 0 && aptInstall(missing)) {
    chrome = find(chromeCandidates);
    if (wantFirefox) firefoxPath = find(firefoxCandidates);
  }
  if (!chrome) {
    console.error(
      'ensure-browser: no Chromium found. Install one (Debian: `apt-get install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.',
    );
    process.exit(1);
  }
  return { chrome, firefox: firefoxPath };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chrome, firefox } = ensureBrowsers();
  console.log(`CHROME_PATH=${chrome}`);
  if (firefox) console.log(`FIREFOX_PATH=${firefox}`);
}
