// Launches Debian's chromium through playwright-core, the same way in every browser test.
// A missing chromium is a failure, not a skip (.ci/run installs it).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Where Debian's chromium package installs the browser (CHROMIUM_PATH points elsewhere). */
export const CHROMIUM: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags every browser test starts chromium with: headless, and nothing that reaches for the (closed) network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fresh, offline-friendly chromium context with its own profile directory. Close it when done. */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see .ci/run)`);
  const profile = mkdtempSync(join(tmpdir(), 'jixiao-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
