// The CPU-bound ceiling of ingest: extraction alone over the farm's pages, shard INDEX of COUNT,
// with the same function the workers call after each fetch. The pages are generated first (untimed).
// usage: tsx bench/ingest/extract-process.ts FEEDS ITEMS INDEX COUNT
// Prints {"pages":N,"ms":T,"cpu_ms":C,"max_rss_kb":R} on one line.
import { extractFromBytes } from '../../src/services/extract-file.ts';
import { articlePath, renderArticle } from './farm.ts';

const [feeds, items, index, count] = process.argv.slice(2).map(Number);
const origin = 'http://127.0.0.1:8000';
const pages: { url: string; bytes: Uint8Array }[] = [];
const encoder = new TextEncoder();
for (let f = index!; f < feeds!; f += count!) {
  for (let i = 0; i < items!; i++) pages.push({ url: origin + articlePath(f, i), bytes: encoder.encode(renderArticle(origin, f, i)) });
}
const started = performance.now();
const cpuBefore = process.cpuUsage();
let words = 0;
for (const page of pages) words += extractFromBytes(page.bytes, { url: page.url, contentType: 'text/html; charset=utf-8' }).text.length;
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(JSON.stringify({ pages: pages.length, ms, cpu_ms: (cpu.user + cpu.system) / 1000, chars: words, max_rss_kb: process.resourceUsage().maxRSS }) + '\n');
