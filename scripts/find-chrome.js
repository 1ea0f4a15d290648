// Finds a Chromium or Chrome binary for the browser tests, the benchmark and screenshots.
// Order: $CHROME_PATH, then the usual install paths. When none is found and we are root
// with apt-get available, installs Debian's `chromium` (and says so); otherwise fails
// with the one command that installs it.
import {existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a quiet, headless, offline Chromium (no sandbox: CI runs as root). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function canApt() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

/** Returns the browser's path, installing Debian's chromium first where that is possible. */
export function findChrome() {
  let path = found();
  if (path) return path;
  if (canApt()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get install -y chromium)…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
      stdio: 'inherit',
    });
    path = found();
    if (path) return path;
  }
  throw new Error(
    'No Chromium or Chrome found for the browser tests. Install one with:\n' +
      '  sudo apt-get install -y chromium\n' +
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
  );
}
