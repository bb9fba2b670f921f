// A site served on a free localhost port and a headless Chromium to look at it, started and stopped together.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';

/** A served site and the browser pointed at it; `close` stops both. */
export interface ServedInChromium {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `fetch` on 127.0.0.1 (a free port) and launches Chromium; the caller closes both through `close`. */
export async function serveInChromium(fetch: (request: Request) => Response | Promise<Response>): Promise<ServedInChromium> {
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw error;
  }
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Collects the page's Content-Security-Policy complaints; the returned list fills as the page runs. */
export function policyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}
