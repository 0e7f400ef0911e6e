/**
 * Headless Chromium for the task pane and sidebar tests: Debian's /usr/bin/chromium driven by
 * playwright-core (no browser is ever downloaded). The pretest step installs the package or
 * stops with the command to run, so a missing browser fails loudly here instead of skipping.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.PAR_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots land, for a person to look at (kept out of git). */
export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: sudo apt-get install -y chromium (or run npm test as root: its pretest installs it).`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
