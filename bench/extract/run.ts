// Article extraction quality, speed and memory: Presseschau's extractArticle beside
// @mozilla/readability on linkedom, on the Zyte, trafilatura-dev and Readability corpora
// (../shared/bench, read-only). Each extractor runs in a child process of its own (worker.ts).
// usage: npm run bench:extract -- [--only zyte|trafilatura|readability[,…]] [--limit N]
//        [--worst N] [--dump DIR] [--text body|lead+body]   (see README.md)
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPORA, isGermanPage, loadCorpus, readGzipText, readPage, type CorpusName, type Page } from './corpora.ts';
import { writeDump } from './dump.ts';
import { EXTRACTOR_NAMES, type ExtractorName } from './extractors.ts';
import { quantile } from './metrics.ts';
import { pageKey, type WorkerMemory, type WorkerOutput, type WorkerPage } from './protocol.ts';
import { PUBLISHED, renderTable, renderWorst, type Cost } from './report.ts';
import { comparedText, corpusFigures, CORPUS_VARIANT, scorePage, type PageScore, type TextVariant } from './score.ts';
import { htmlBlockText } from './text.ts';

const WORKER = resolve(import.meta.dirname, 'worker.ts');
const REPO = resolve(import.meta.dirname, '..', '..');
const WORKER_TIMEOUT_MS = 30 * 60_000;


function runWorker(extractor: ExtractorName, mode: 'timed' | 'memory', corpora: CorpusName[], limit: number): Promise<WorkerOutput> {
  return new Promise((done, fail) => {
    const args = [...(mode === 'memory' ? ['--expose-gc'] : []), '--import', 'tsx', WORKER, extractor, mode, corpora.join(','), String(limit)];
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'], timeout: WORKER_TIMEOUT_MS });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('close', (code, signal) => {
      const pages = new Map<string, WorkerPage>();
      let memory: WorkerMemory | null = null;
      for (const line of Buffer.concat(chunks).toString('utf8').split('\n')) {
        if (!line.startsWith('{')) continue;
        const record = JSON.parse(line) as WorkerPage | WorkerMemory;
        if (record.kind === 'page') pages.set(pageKey(record.corpus, record.id), record);
        else memory = record;
      }
      if (code !== 0 || !memory) fail(new Error(`${extractor} ${mode} worker ended with ${signal ?? `exit code ${code}`} after ${pages.size} pages`));
      else done({ pages, memory });
    });
  });
}

function options() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      limit: { type: 'string' },
      worst: { type: 'string' },
      dump: { type: 'string' },
      text: { type: 'string' },
    },
  });
  const corpora = values.only ? (values.only.split(',') as CorpusName[]) : [...CORPORA];
  for (const c of corpora) if (!CORPORA.includes(c)) throw new Error(`--only: unknown corpus ${c} (${CORPORA.join(', ')})`);
  if (values.text !== undefined && values.text !== 'body' && values.text !== 'lead+body') throw new Error('--text: body or lead+body');
  const limit = values.limit ? Number(values.limit) : Infinity;
  if (!(limit > 0)) throw new Error('--limit: a positive number');
  return { corpora, limit, worst: Number(values.worst ?? 0), dump: values.dump ?? null, variant: values.text as TextVariant | undefined };
}

function cost(output: WorkerOutput, gcPeakRss: number | null): Cost {
  const ms = [...output.pages.values()].map((p) => p.ms);
  return { medianMs: quantile(ms, 0.5), p95Ms: quantile(ms, 0.95), baselineRss: output.memory.baselineRss, peakRss: output.memory.peakRss, gcPeakRss };
}

/** Scores every page for every extractor; pages whose worker gave no line count as empty extractions. */
function scoreAll(pages: Page[], outputs: Record<ExtractorName, WorkerOutput>, variantOf: (c: CorpusName) => TextVariant) {
  const expected = new Map(
    pages.flatMap((p) => (p.corpus === 'readability' ? [[p.id, htmlBlockText(readGzipText(p.truth.expectedHtmlPath))] as const] : [])),
  );
  const scores = {} as Record<ExtractorName, PageScore[]>;
  for (const name of EXTRACTOR_NAMES) {
    scores[name] = pages.map((page) => {
      const out = outputs[name].pages.get(pageKey(page.corpus, page.id));
      const fields = out?.fields ?? null;
      const text = comparedText(fields, name === 'presseschau' ? variantOf(page.corpus) : 'body');
      const scored = scorePage(page, fields, text, expected.get(page.id) ?? null);
      return { ...scored, ms: out?.ms ?? NaN, error: out ? out.error : 'no result' };
    });
  }
  return scores;
}

function printWorst(pages: Page[], scores: Record<ExtractorName, PageScore[]>, corpora: CorpusName[], n: number): void {
  for (const corpus of corpora) {
    const rows = pages
      .map((page, i) => ({ id: page.id, corpus: page.corpus, ours: scores.presseschau[i]!.f1, peer: scores.readability[i]!.f1 }))
      .filter((row) => row.corpus === corpus)
      .sort((a, b) => a.ours - b.ours || b.peer - a.peer)
      .slice(0, n);
    console.log('\n' + renderWorst(`Lowest F1 for Presseschau on ${corpus} (ours, Readability's, page):`, rows));
  }
}

function loadNote(before: number, after: number): string {
  const cores = availableParallelism();
  const busy = Math.max(before, after) > cores - 0.5;
  return (
    `\nLoad average ${before.toFixed(1)} before, ${after.toFixed(1)} after, on ${cores} cores` +
    (busy ? ': other processes competed for the CPU, so the milliseconds are high and noisy.' : '.')
  );
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = options();
  const pages: Page[] = opts.corpora.flatMap((c) => loadCorpus(c, opts.limit));
  const variantOf = (corpus: CorpusName): TextVariant => opts.variant ?? CORPUS_VARIANT[corpus];
  console.log('Article extraction (npm run bench:extract): Presseschau extractArticle beside @mozilla/readability 0.6 on linkedom');
  console.log(`node ${process.version}; ${pages.length} pages; Presseschau text compared: ${opts.corpora.map((c) => `${c} ${variantOf(c)}`).join(', ')}\n`);
  const loadBefore = loadavg()[0]!;
  const outputs = {} as Record<ExtractorName, WorkerOutput>;
  const gcPeaks = {} as Record<ExtractorName, number | null>;
  for (const name of EXTRACTOR_NAMES) {
    process.stderr.write(`  ${name}: ${pages.length} pages, timed…\n`);
    outputs[name] = await runWorker(name, 'timed', opts.corpora, opts.limit);
    process.stderr.write(`  ${name}: ${pages.length} pages, memory…\n`);
    gcPeaks[name] = (await runWorker(name, 'memory', opts.corpora, opts.limit)).memory.peakRss;
  }
  const loadAfter = loadavg()[0]!;

  const german = new Set(pages.filter((p) => p.corpus === 'trafilatura' && isGermanPage(readPage(p), p.truth.site)).map((p) => p.id));
  const scores = scoreAll(pages, outputs, variantOf);
  const ours = corpusFigures(pages, scores.presseschau, german);
  const peer = corpusFigures(pages, scores.readability, german);
  console.log(renderTable(ours, peer, cost(outputs.presseschau, gcPeaks.presseschau), cost(outputs.readability, gcPeaks.readability)));
  console.log(`\n${PUBLISHED}`);
  console.log(loadNote(loadBefore, loadAfter));
  if (opts.worst > 0) printWorst(pages, scores, opts.corpora, opts.worst);
  if (opts.dump) {
    const written = writeDump(opts.dump, pages, scores, outputs, variantOf);
    console.log(`\nPer-page JSON: ${written} files under ${opts.dump}`);
  }
  console.log(`\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

await main();
