// Writes the whole result of extractArticle for every benchmark page to one file (a JSON line per
// page, with the decisions of the trace), so that a change meant to be about speed only can be shown
// to leave every page's output byte-identical: run before and after, then compare the two files.
// usage: npx tsx bench/extract/compare-output.ts OUT.jsonl [--against BEFORE.jsonl] [--module PATH]
//   --module: the extraction module to load (another copy of src/ingest/extract/index.ts), by default ours.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { extractArticle as ExtractArticle } from '../../src/ingest/extract/index.ts';
import { recordingTrace } from '../../src/ingest/extract/trace.ts';
import { CORPORA, loadCorpus, readPage } from './corpora.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { against: { type: 'string' }, module: { type: 'string' } },
});
const out = positionals[0];
if (!out) throw new Error('usage: compare-output.ts OUT.jsonl [--against BEFORE.jsonl] [--module PATH]');
const modulePath = values.module ? resolve(values.module) : resolve(import.meta.dirname, '../../src/ingest/extract/index.ts');
const { extractArticle } = (await import(pathToFileURL(modulePath).href)) as { extractArticle: typeof ExtractArticle };

const lines: string[] = [];
for (const corpus of CORPORA) {
  for (const page of loadCorpus(corpus)) {
    const html = readPage(page);
    const trace = recordingTrace();
    let record: Record<string, unknown>;
    try {
      record = { corpus, id: page.id, result: extractArticle(html, { url: page.url, trace }), trace: trace.entries };
    } catch (err) {
      record = { corpus, id: page.id, error: err instanceof Error ? err.message : String(err) };
    }
    lines.push(JSON.stringify(record));
  }
}
const text = lines.join('\n') + '\n';
writeFileSync(out, text);
console.log(`${lines.length} pages, sha256 ${createHash('sha256').update(text).digest('hex')} → ${out}`);

if (values.against) {
  const before = readFileSync(values.against, 'utf8').split('\n');
  const after = text.split('\n');
  const differing = after.filter((line, i) => line !== before[i]);
  if (before.length !== after.length) console.log(`different page count: ${before.length - 1} before, ${after.length - 1} now`);
  for (const line of differing.slice(0, 10)) {
    const { corpus, id } = JSON.parse(line) as { corpus: string; id: string };
    console.log(`differs: ${corpus}/${id}`);
  }
  console.log(differing.length === 0 && before.length === after.length ? 'IDENTICAL' : `DIFFERENT: ${differing.length} pages`);
  if (differing.length > 0 || before.length !== after.length) process.exitCode = 1;
}
