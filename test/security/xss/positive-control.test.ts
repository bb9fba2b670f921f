// The positive control: every vector marked live, put raw (unsanitised) into a page without CSP,
// must trip the detector. Without this, a clean result on the site could mean a blind detector.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser.ts';
import { startCanaryServer, type CanaryServer } from './canary.ts';
import { CONSOLE_MARKER, expandCorpus, type ExpandedVector } from './corpus.ts';
import { createWatcher, type Signals } from './detector.ts';
import { startHtmlServer, type HtmlServer } from './html-server.ts';

const CONCURRENCY = 3;

describe('XSS detector, positive control (raw vectors in Chromium)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let canary: CanaryServer;
  let pages: HtmlServer;
  let corpus: ExpandedVector[];
  const results = new Map<number, Signals & { canary: boolean }>();

  before(async () => {
    canary = await startCanaryServer();
    corpus = expandCorpus(canary.origin);
    const byPath = new Map(corpus.map((v) => [`/v/${v.n}`, `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Kontrolle ${v.n}</title></head><body>\n${v.html}\n</body></html>`]));
    pages = await startHtmlServer((path) => byPath.get(path) ?? null);
    browser = await launchBrowser();
    context = await browser.newContext();
    const visitAll = async (vectors: ExpandedVector[], concurrency: number, settleMs: number) => {
      const queue = [...vectors];
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          const watcher = await createWatcher(context, [pages.origin, canary.origin]);
          for (let v = queue.shift(); v; v = queue.shift()) {
            const hit = `/c/${v.n}`;
            const signals = await watcher.open(`${pages.origin}/v/${v.n}`, 'everything', settleMs, () => canary.hits.includes(hit));
            results.set(v.n, { ...signals, canary: false });
          }
          await watcher.close();
        }),
      );
      // Canary requests are attributed by the vector number in their path.
      for (const n of canary.vectorsHitSince(0)) {
        const r = results.get(n);
        if (r) r.canary = true;
      }
    };
    await visitAll(corpus, CONCURRENCY, 2000);
    // On a loaded machine a vector's script (an error event, a click's navigation) can come after
    // the settle time: a live vector that left no trace is visited once more, alone and with longer
    // to settle. A vector that never runs still fails the test below.
    await visitAll(corpus.filter((v) => v.live && !ran(v)), 1, 8000);
  });
  after(async () => {
    await browser?.close();
    await pages?.close();
    await canary?.close();
  });

  test('the corpus has at least 110 vectors with unique ids', () => {
    assert.ok(corpus.length >= 110, `${corpus.length} vectors`);
    assert.equal(new Set(corpus.map((v) => v.id)).size, corpus.length);
  });

  /**
   * Whether vector `v` itself left a trace: the traces carry its number, so a late dialog of the page
   * before cannot be counted for it.
   */
  function ran(v: ExpandedVector): boolean {
    const r = results.get(v.n)!;
    return (
      r.canary ||
      r.dialogs.includes(String(v.n)) ||
      r.markers.includes(`${CONSOLE_MARKER}${v.n}`) ||
      r.navigations.some((u) => u.includes(`/c/${v.n}`))
    );
  }

  test('every vector marked live trips the detector when it is not sanitised', () => {
    // A trace carrying the vector's number is one the detector (tripped() or a canary hit) reports.
    assert.deepEqual(corpus.filter((v) => v.live && !ran(v)).map((v) => v.id), []);
  });

  test('the live marks are honest: no vector marked dead runs', () => {
    assert.deepEqual(corpus.filter((v) => !v.live && ran(v)).map((v) => v.id), []);
  });

  test('each kind of trace is seen on its own: dialog, console marker, canary request, navigation', () => {
    const all = [...results.values()];
    assert.ok(all.filter((r) => r.dialogs.length > 0).length >= 30, 'dialogs');
    assert.ok(all.filter((r) => r.markers.length > 0).length >= 30, 'console markers');
    assert.ok(all.filter((r) => r.canary).length >= 30, 'canary requests');
    assert.ok(all.filter((r) => r.navigations.length > 0).length >= 1, 'navigations');
  });
});
