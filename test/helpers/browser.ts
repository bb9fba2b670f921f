import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which .ci/run installs; the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Launches headless Chromium with the flags this machine needs (running as root, no network beyond
 * localhost). Playwright gives every launch a fresh temporary profile of its own.
 */
const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

function checkChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`);
}

export async function launchBrowser(): Promise<Browser> {
  checkChromium();
  return chromium.launch(LAUNCH);
}

/**
 * A browser that can be killed when it stops answering: every call still waiting on it then fails
 * instead of waiting forever (seen with hostile pages in the XSS positive control, a few times in
 * hundreds of runs).
 */
export async function launchKillableBrowser(): Promise<{ browser: Browser; kill: () => Promise<void> }> {
  checkChromium();
  const server = await chromium.launchServer(LAUNCH);
  const browser = await chromium.connect(server.wsEndpoint());
  return { browser, kill: () => server.kill() };
}
