import {existsSync} from 'node:fs';
import {chromium} from 'playwright';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Playwright's own Chromium when it is installed; otherwise a system
 * Chromium (PLAYWRIGHT_CHROMIUM_EXECUTABLE, then /usr/bin/chromium).
 * Returns undefined to mean "Playwright's own".
 */
export function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE, SYSTEM_CHROMIUM].filter(
    (candidate): candidate is string => Boolean(candidate),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for drawing diagrams and running the browser tests. Either:',
      "  - install Playwright's own browser:  npx playwright install chromium",
      `  - or install the OS package (Debian/Ubuntu: sudo apt-get install chromium), which provides ${SYSTEM_CHROMIUM},`,
      '    or point PLAYWRIGHT_CHROMIUM_EXECUTABLE at another Chromium binary.',
    ].join('\n'),
  );
}

/** Flags that keep Chromium off the network except for the site under test. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
