import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Playwright's own browser download cannot work on these machines: use a system Chromium.
 * CHROME_PATH wins; then chromium, chromium-browser, google-chrome on the PATH.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execSync(`command -v ${name}`, { encoding: 'utf8', shell: '/bin/sh' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH; try the next name
    }
  }
  throw new Error('No Chromium found: set CHROME_PATH or install one (Debian: apt-get install -y chromium).');
}
