// Speed of extractArticle (ours and, optionally, another copy of it) beside Readability on linkedom,
// interleaved page by page: each extractor runs in a child process of its own (its own heap, as in
// bench:extract), and the parent hands every page to one child after the other, the order rotating from
// page to page, so that a loaded, shared machine slows all of them alike. Per round: the median ms per
// page of each, and the ratios of the medians.
// usage: npx tsx bench/extract/interleave.ts [--before PATH] [--rounds N] [--limit N] [--parse]
//   --before: another copy of src/ingest/extract/index.ts (e.g. the last commit's, unpacked elsewhere)
//   --parse:  also linkedom's parse alone, the part of the work both extractors pay
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { extractArticle as ExtractArticle } from '../../src/ingest/extract/index.ts';
import { CORPORA, loadCorpus, readPage } from './corpora.ts';
import { quantile } from './metrics.ts';

const OURS = resolve(import.meta.dirname, '../../src/ingest/extract/index.ts');
const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    rounds: { type: 'string' },
    limit: { type: 'string' },
    parse: { type: 'boolean' },
    child: { type: 'string' },
    module: { type: 'string' },
  },
});
const limit = values.limit ? Number(values.limit) : Infinity;

type Run = (html: string, url: string) => unknown;

async function runner(kind: string, module: string | undefined): Promise<Run> {
  if (kind === 'readability') return (html) => new Readability(parseHTML(html).document as unknown as Document).parse();
  if (kind === 'parse') return (html) => parseHTML(html).document;
  const { extractArticle } = (await import(pathToFileURL(module!).href)) as { extractArticle: typeof ExtractArticle };
  return (html, url) => extractArticle(html, { url });
}

/** A child: reads every page, then times the page the parent names in each message. */
async function child(kind: string, module: string | undefined): Promise<void> {
  const run = await runner(kind, module);
  const pages = CORPORA.flatMap((c) => loadCorpus(c, limit)).map((p) => ({ url: p.url, html: readPage(p) }));
  // Warm-up, untimed.
  for (const page of pages.slice(0, 20)) {
    try {
      run(page.html, page.url);
    } catch {
      // timed runs catch too
    }
  }
  process.on('message', (i: number) => {
    const page = pages[i]!;
    const started = performance.now();
    try {
      run(page.html, page.url);
    } catch {
      // A page that throws is timed until it throws, as in worker.ts.
    }
    process.send!(performance.now() - started);
  });
  process.send!(pages.length);
}

function ask(proc: ChildProcess, message: number): Promise<number> {
  return new Promise((done) => {
    proc.once('message', (answer: number) => done(answer));
    proc.send(message);
  });
}

async function parent(): Promise<void> {
  const rounds = Number(values.rounds ?? 3);
  const kinds: [string, string | undefined][] = [['ours', OURS]];
  if (values.before) kinds.push(['before', resolve(values.before)]);
  kinds.push(['readability', undefined]);
  if (values.parse) kinds.push(['parse', undefined]);
  const children = kinds.map(([kind, module]) => {
    const args = ['--child', kind === 'ours' || kind === 'before' ? 'extract' : kind, ...(module ? ['--module', module] : [])];
    if (values.limit) args.push('--limit', values.limit);
    const proc = fork(import.meta.filename, args, { execArgv: ['--import', 'tsx'] });
    return { name: kind, proc, ready: new Promise<number>((done) => proc.once('message', (n: number) => done(n))) };
  });
  const counts = await Promise.all(children.map((c) => c.ready));
  const n = counts[0]!;
  console.log(`${n} pages, ${rounds} rounds; ${kinds.map(([k]) => k).join(', ')} (each in a process of its own)`);
  const fmt = (x: number) => x.toFixed(2);
  const every = new Map<string, number[]>(kinds.map(([k]) => [k, []]));
  for (let round = 0; round < rounds; round++) {
    const ms = new Map<string, number[]>(kinds.map(([k]) => [k, []]));
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < children.length; k++) {
        const c = children[(i + k + round) % children.length]!;
        ms.get(c.name)!.push(await ask(c.proc, i));
      }
    }
    const med = new Map([...ms].map(([k, list]) => [k, quantile(list, 0.5)]));
    for (const [k, list] of ms) every.get(k)!.push(...list);
    const r = med.get('readability')!;
    console.log(
      `round ${round + 1}: ` +
        [...med].map(([k, m]) => `${k} ${fmt(m)} ms`).join(', ') +
        `; ours/readability ${fmt(med.get('ours')! / r)}` +
        (med.has('before') ? `, before/readability ${fmt(med.get('before')! / r)}, ours/before ${fmt(med.get('ours')! / med.get('before')!)}` : ''),
    );
  }
  const total = (list: number[]) => (list.reduce((a, b) => a + b, 0) / 1000).toFixed(1);
  console.log(
    `all rounds: medians ${[...every].map(([k, list]) => `${k} ${fmt(quantile(list, 0.5))}`).join(', ')} ms; ` +
      `totals ${[...every].map(([k, list]) => `${k} ${total(list)} s`).join(', ')}`,
  );
  for (const c of children) c.proc.disconnect();
}

if (values.child) await child(values.child, values.module);
else await parent();
