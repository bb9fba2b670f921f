import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CONSOLE_MARKER } from './corpus.ts';

/** Everything a page did that only script (or a hostile redirect) does. */
export interface Signals {
  dialogs: string[];
  /** Console lines carrying the corpus marker. */
  markers: string[];
  /** Main-frame navigations after the page had loaded, and pages it opened. */
  navigations: string[];
  /** Markup that should never reach a visitor: handlers, script URLs, frames, refreshes (found in the DOM). */
  suspicious: string[];
}

/** How hard the page is poked after loading. */
export type Interaction =
  /** Click and hover everything clickable for real (the positive control: the page has no links of its own). */
  | 'everything'
  /** Fire hover/focus/pointer events on every element and click only links that are not http(s)/mailto (site pages). */
  | 'safe';

/** Whether anything in the signals shows that script ran or the page was taken elsewhere. */
export function tripped(s: Signals): boolean {
  return s.dialogs.length > 0 || s.markers.length > 0 || s.navigations.length > 0;
}

/** Lists what in the live DOM could run script or leave the page; runs inside the page. */
function scanDom(): string[] {
  const found: string[] = [];
  const bad = /^\s*(?:javascript|vbscript|data):/i;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'frameset'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'script' && (el as HTMLScriptElement).type !== 'application/ld+json') found.push('<script>');
    if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push(`<meta http-equiv=${el.getAttribute('http-equiv')}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster', 'ping'].includes(name) && (bad.test(attr.value) || name === 'srcdoc' || name === 'ping')) {
        found.push(`${tag}[${name}=${attr.value.slice(0, 40)}]`);
      }
      if (name === 'srcset' && attr.value.split(',').some((c) => bad.test(c))) found.push(`${tag}[srcset]`);
    }
  }
  return found;
}

/** Fires the events inline handlers listen for, on every element, and clicks links that lead to script. */
function pokeSafely(): void {
  const events = ['mouseover', 'mouseenter', 'pointerenter', 'pointerover', 'focus', 'focusin', 'mousemove'];
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    for (const type of events) el.dispatchEvent(new Event(type, { bubbles: type !== 'mouseenter' && type !== 'pointerenter' }));
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href !== null && !/^(?:https?:|mailto:|\/|#|\?|[\w.-]+(?:\/|$))/i.test(href.trim())) (el as HTMLElement).click?.();
  }
}

/** Longest a visit may take besides its settle time: load (15 s), and 40 elements poked with up to 6 s each, which never happens. */
const VISIT_DEADLINE_MS = 60_000;

/** A browser tab that opens pages one after the other and reports what each did. */
export interface Watcher {
  /**
   * Opens `url`, pokes it, waits up to `settleMs` (less once a trace is seen, or `done()` says so),
   * and returns what it saw.
   */
  open(url: string, interaction: Interaction, settleMs?: number, done?: () => boolean): Promise<Signals>;
  close(): Promise<void>;
}

/**
 * Opens a tab of `context` that watches for dialogs, console markers and navigations. Requests go
 * only to `allowedOrigins` (the site, the canary); everything else is aborted, so no page under
 * test reaches the internet. One tab serves many pages: opening a tab costs more than a page.
 */
export async function createWatcher(context: BrowserContext, allowedOrigins: string[] | 'context-proxy'): Promise<Watcher> {
  let page: Page = await context.newPage();
  /** The visit under way: its tab and what it has seen. A tab given up as stuck may still report; only this visit's tab counts. */
  interface Visit {
    tab: Page;
    signals: Signals;
    loaded: boolean;
    home: string;
  }
  let now: Visit | null = null;
  const of = (p: Page) => (now?.tab === p ? now : null);

  async function setUp(p: Page): Promise<void> {
    p.on('dialog', (d) => {
      of(p)?.signals.dialogs.push(d.message());
      void d.dismiss().catch(() => undefined);
    });
    p.on('console', (m) => {
      if (m.text().includes(CONSOLE_MARKER)) of(p)?.signals.markers.push(m.text());
    });
    // Following a relative link stays on the page's own server; leaving it (a refresh or link to
    // another origin, a script URL's result) is what a hostile item is after.
    p.on('framenavigated', (frame) => {
      const v = of(p);
      if (v?.loaded && frame === p.mainFrame() && !frame.url().startsWith(`${v.home}/`)) v.signals.navigations.push(frame.url());
    });
    p.on('popup', (other) => {
      of(p)?.signals.navigations.push(`popup ${other.url()}`);
      void other.close().catch(() => undefined);
    });
    // A context made by blockingContext() already sends everything but loopback to a dead proxy,
    // which costs nothing per request; otherwise each request is checked here.
    if (allowedOrigins === 'context-proxy') return;
    await p.route('**/*', (route) => {
      const target = route.request().url();
      if (allowedOrigins.some((o) => target.startsWith(`${o}/`) || target === o)) return route.continue();
      return route.abort();
    });
  }
  await setUp(page);

  /** One visit in the current tab. */
  async function visit(url: string, interaction: Interaction, settleMs: number, done?: () => boolean): Promise<Signals> {
    const v: Visit = { tab: page, signals: { dialogs: [], markers: [], navigations: [], suspicious: [] }, loaded: false, home: new URL(url).origin };
    now = v;
    try {
      await v.tab.goto(url, { waitUntil: 'load', timeout: 15_000 });
    } catch (error) {
      // A vector that navigates during load (a refresh) interrupts goto; that is a navigation too.
      if (!v.tab.url().startsWith(`${v.home}/`)) v.signals.navigations.push(`load interrupted: ${String(error).slice(0, 120)}`);
    }
    v.loaded = true;
    if (interaction === 'safe') {
      v.signals.suspicious.push(...(await v.tab.evaluate(scanDom).catch(() => [] as string[])));
      await v.tab.evaluate(pokeSafely).catch(() => undefined);
    } else {
      await pokeEverything(v.tab);
    }
    // Late effects (a form's navigation, a timer) come within the settle time; a busy machine
    // stretches it, so a page that has already shown a trace need not wait longer.
    for (let waited = 0; waited < settleMs && !tripped(v.signals) && !done?.(); waited += 50) await v.tab.waitForTimeout(50);
    // The next goto replaces the page; its late timers then report to the next page's signals,
    // which can only make a check fail, never pass.
    v.loaded = false;
    return v.signals;
  }

  /** Gives up the current tab (closing it is not waited for: it may hang as well) and opens a fresh one. */
  async function replaceTab(): Promise<void> {
    const stuck = page;
    page = await context.newPage();
    void stuck.close({ runBeforeUnload: false }).catch(() => undefined);
    await setUp(page);
  }

  return {
    async open(url, interaction, settleMs = 250, done) {
      if (page.isClosed()) await replaceTab();
      // A tab can stop answering Playwright altogether (seen once in hundreds of runs, with a dialog
      // during a real click): such a visit is given up after a deadline and made once more in a fresh
      // tab; a second hang fails the test instead of holding the whole run up.
      for (let attempt = 1; ; attempt++) {
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), VISIT_DEADLINE_MS + settleMs)));
        const seen = await Promise.race([visit(url, interaction, settleMs, done), deadline]).finally(() => clearTimeout(timer));
        if (seen) return seen;
        await replaceTab();
        if (attempt === 2) throw new Error(`${url} did not settle within ${(VISIT_DEADLINE_MS + settleMs) / 1000} s, twice`);
      }
    },
    close: () => page.close().catch(() => undefined),
  };
}

/**
 * A browser context whose requests can only reach loopback: everything else goes to a proxy on a
 * closed loopback port and fails at once (Chromium never proxies loopback itself). `bypassCSP`
 * lets inline script run where the markup allows it, so that the sanitiser and the views are tested
 * and not the Content-Security-Policy.
 */
export function blockingContext(browser: Browser, options: { bypassCSP: boolean }): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: options.bypassCSP, proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1' } });
}

/** Real pointer over and clicks on every element, as a visitor's mouse would (control pages only). */
async function pokeEverything(page: Page): Promise<void> {
  const targets = await page.locator('body *').all().catch(() => []);
  for (const target of targets.slice(0, 40)) {
    await target.hover({ timeout: 3000, force: true }).catch(() => undefined);
    await target.click({ timeout: 3000, force: true, noWaitAfter: true }).catch(() => undefined);
    if (page.isClosed()) return;
  }
}
