// One extractor over the chosen corpora, in a process of its own so that its memory is its own.
// usage: node [--expose-gc] --import tsx bench/extract/worker.ts <extractor> <timed|memory> <corpus,corpus…> <limit>
// timed: one JSON line per page ({ kind: 'page', … }) with the milliseconds of the extraction call,
//        then the memory line (peak resident set with V8 collecting garbage when it likes).
// memory: a full garbage collection before every page (needs --expose-gc), then only the memory line:
//        the peak then is the largest single page's need, not the garbage of earlier pages.
import { readFileSync } from 'node:fs';
import { CORPORA, loadCorpus, readPage, type CorpusName, type Page } from './corpora.ts';
import { EXTRACTORS, type Extractor, type ExtractorName } from './extractors.ts';
import type { WorkerMemory, WorkerPage } from './protocol.ts';

/** Resident set high-water mark of this process in bytes (Linux), or null elsewhere. */
function peakRss(): number | null {
  try {
    const kb = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

function runOnce(extractor: Extractor, page: Page, html: string): { result: unknown; error: string | null } {
  try {
    return { result: extractor.run(html, page.url), error: null };
  } catch (err) {
    return { result: null, error: err instanceof Error ? err.message : String(err) };
  }
}

function timedPass(extractor: Extractor, pages: Page[]): void {
  for (const page of pages) {
    const html = readPage(page);
    const started = performance.now();
    const { result, error } = runOnce(extractor, page, html);
    const ms = performance.now() - started;
    const fields = error === null ? extractor.describe(result) : null;
    const line: WorkerPage = { kind: 'page', corpus: page.corpus, id: page.id, ms, error, fields };
    process.stdout.write(JSON.stringify(line) + '\n');
  }
}

function memoryPass(extractor: Extractor, pages: Page[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the memory pass needs node --expose-gc');
  for (const page of pages) {
    const html = readPage(page);
    gc();
    runOnce(extractor, page, html);
  }
}

function main(): void {
  const [name, mode, corpora = CORPORA.join(','), limitArg = 'Infinity'] = process.argv.slice(2);
  const extractor = EXTRACTORS[name as ExtractorName];
  if (!extractor || (mode !== 'timed' && mode !== 'memory')) throw new Error('usage: worker.ts <extractor> <timed|memory> [corpora] [limit]');
  const pages = corpora.split(',').flatMap((corpus) => loadCorpus(corpus as CorpusName, Number(limitArg)));
  // One untimed run first, so that the first timed page does not pay for compiling the extractor.
  if (pages[0]) runOnce(extractor, pages[0], readPage(pages[0]));
  const baselineRss = process.memoryUsage().rss;
  if (mode === 'timed') timedPass(extractor, pages);
  else memoryPass(extractor, pages);
  const memory: WorkerMemory = { kind: 'memory', baselineRss, peakRss: peakRss() };
  process.stdout.write(JSON.stringify(memory) + '\n');
}

main();
