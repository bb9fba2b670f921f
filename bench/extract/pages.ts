// Per-page quality report of Presseschau's extractArticle: the corpus figures of the quality part of
// bench:extract (same corpora, texts and scores, no timing, one process) and, for each corpus, the
// pages that score lowest with what is missing from our text and what is extra in it.
// usage: npx tsx bench/extract/pages.ts [--only zyte,trafilatura,readability] [--worst N] [--peer]
//        [--meta] [--width N] [--save FILE] [--compare FILE]
// --peer runs Readability too, for its page score beside ours; --meta lists the metadata that did not
// match; --save writes every page's score to FILE, --compare lists the pages whose score changed since.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CORPORA, isGermanPage, loadCorpus, readGzipText, readPage, type CorpusName, type Page } from './corpora.ts';
import { EXTRACTORS, type Extraction } from './extractors.ts';
import { collapseSpace, tokenize } from './metrics.ts';
import { comparedText, corpusFigures, CORPUS_VARIANT, scorePage, type Figures, type PageScore, type Rate } from './score.ts';
import { htmlBlockText } from './text.ts';

interface Scored {
  page: Page;
  fields: Extraction | null;
  text: string;
  expected: string | null;
  score: PageScore;
  peer: number | null;
}

function extract(name: 'presseschau' | 'readability', page: Page, html: string): { fields: Extraction | null; error: string | null } {
  try {
    return { fields: EXTRACTORS[name].describe(EXTRACTORS[name].run(html, page.url)), error: null };
  } catch (err) {
    return { fields: null, error: err instanceof Error ? err.message : String(err) };
  }
}

function scoreCorpus(corpus: CorpusName, withPeer: boolean): Scored[] {
  return loadCorpus(corpus).map((page) => {
    const html = readPage(page);
    const expected = page.corpus === 'readability' ? htmlBlockText(readGzipText(page.truth.expectedHtmlPath)) : null;
    const { fields, error } = extract('presseschau', page, html);
    const text = comparedText(fields, CORPUS_VARIANT[corpus]);
    const score: PageScore = { ...scorePage(page, fields, text, expected), ms: NaN, error };
    let peer: number | null = null;
    if (withPeer) {
      const other = extract('readability', page, html).fields;
      peer = scorePage(page, other, comparedText(other, 'body'), expected).f1;
    }
    return { page, fields, text, expected, score, peer };
  });
}

/**
 * Passages of `from` whose tokens are not covered by `other`: a token is covered when a 4-token window
 * holding it also occurs in `other` (multiset-blind, enough to point at the dropped or added text).
 */
export function uncoveredRuns(from: string, other: string, size = 4): string[] {
  const a = tokenize(from);
  const grams = new Set<string>();
  const b = tokenize(other);
  for (let i = 0; i + size <= b.length; i++) grams.add(b.slice(i, i + size).join(' '));
  if (b.length < size) for (const t of b) grams.add(t);
  const covered = new Array<boolean>(a.length).fill(false);
  if (a.length < size) a.forEach((t, i) => (covered[i] = grams.has(t)));
  for (let i = 0; i + size <= a.length; i++) {
    if (grams.has(a.slice(i, i + size).join(' '))) for (let j = i; j < i + size; j++) covered[j] = true;
  }
  const runs: string[] = [];
  let run: string[] = [];
  a.forEach((token, i) => {
    if (!covered[i]) run.push(token);
    else if (run.length > 0) {
      runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length > 0) runs.push(run.join(' '));
  return runs;
}

/** Tokens of `from` left over after taking away those of `other` (bag difference), most frequent first. */
export function tokenSurplus(from: string, other: string): [string, number][] {
  const left = new Map<string, number>();
  for (const t of tokenize(from)) left.set(t, (left.get(t) ?? 0) + 1);
  for (const t of tokenize(other)) if (left.has(t)) left.set(t, left.get(t)! - 1);
  return [...left].filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1]);
}

const f3 = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
const pct = (r: Rate) => (r.total === 0 ? 'n/a' : `${((100 * r.correct) / r.total).toFixed(1)}% (${r.correct}/${r.total})`);
const clip = (s: string, width: number) => (s.length > width ? `${s.slice(0, width - 1)}…` : s);

function describeRuns(label: string, runs: string[], width: number): string[] {
  if (runs.length === 0) return [];
  const tokens = runs.reduce((n, r) => n + r.split(' ').length, 0);
  const longest = [...runs].sort((x, y) => y.length - x.length).slice(0, 6);
  return [`    ${label} (${tokens} tokens in ${runs.length} passages), longest:`, ...longest.map((r) => `      · ${clip(r, width)}`)];
}

function pageLines(s: Scored, width: number): string[] {
  const peer = s.peer === null ? '' : `  (Readability ${f3(s.peer)})`;
  const lines = [`  ${f3(s.score.f1)}  ${s.page.id}${peer}${s.score.error ? `  threw: ${s.score.error}` : ''}`];
  if (s.page.corpus === 'trafilatura') {
    const hay = collapseSpace(s.text);
    for (const w of s.page.truth.with) if (!hay.includes(collapseSpace(w))) lines.push(`    missing: ${clip(collapseSpace(w), width)}`);
    for (const w of s.page.truth.without) if (hay.includes(collapseSpace(w))) lines.push(`    extra:   ${clip(collapseSpace(w), width)}`);
    return lines;
  }
  const truth = s.page.corpus === 'zyte' ? s.page.truth.articleBody : (s.expected ?? '');
  lines.push(`    tokens: expected ${tokenize(truth).length}, ours ${tokenize(s.text).length}`);
  lines.push(...describeRuns('missing', uncoveredRuns(truth, s.text), width), ...describeRuns('extra', uncoveredRuns(s.text, truth), width));
  if (s.page.corpus === 'readability') {
    const bag = (pairs: [string, number][]) => pairs.slice(0, 12).map(([t, n]) => (n > 1 ? `${t}×${n}` : t)).join(' ');
    const missing = tokenSurplus(truth, s.text);
    const extra = tokenSurplus(s.text, truth);
    if (missing.length > 0) lines.push(`    missing tokens (bag): ${clip(bag(missing), width)}`);
    if (extra.length > 0) lines.push(`    extra tokens (bag):   ${clip(bag(extra), width)}`);
  }
  return lines;
}

/** Metadata fields that did not match, with the expectation and ours. */
function metadataMisses(scored: Scored[], width: number): string[] {
  const lines: string[] = [];
  for (const s of scored) {
    if (s.page.corpus !== 'readability' && s.page.corpus !== 'trafilatura') continue;
    const truth = s.page.truth as unknown as Record<string, string | null>;
    const truthKey: Record<string, string> = { title: 'title', byline: s.page.corpus === 'readability' ? 'byline' : 'author', author: 'author', published: 'publishedTime', date: 'date', lang: 'lang', siteName: 'siteName' };
    const ourKey: Record<string, keyof Extraction> = { title: 'title', byline: 'byline', author: 'byline', published: 'published', date: 'published', lang: 'lang', siteName: 'siteName' };
    for (const [field, ok] of Object.entries(s.score.fields ?? {})) {
      if (ok) continue;
      const want = truth[truthKey[field]!] ?? '';
      const got = s.fields?.[ourKey[field]!] ?? null;
      lines.push(`  ${field.padEnd(9)} ${clip(s.page.id, 40).padEnd(40)} expected ${clip(JSON.stringify(want), width / 2)}  ours ${clip(JSON.stringify(got), width / 2)}`);
    }
  }
  return lines;
}

function figureLines(f: Figures): string[] {
  const lines: string[] = [];
  if (f.zyte) lines.push(`Zyte F1 ${f3(f.zyte.f1)}  precision ${f3(f.zyte.precision)}  recall ${f3(f.zyte.recall)}  accuracy ${f3(f.zyte.accuracy)}`);
  if (f.trafilatura && f.trafilaturaMeta) {
    const t = f.trafilatura;
    lines.push(`trafilatura-dev F1 ${t.all.f1.toFixed(4)}  precision ${f3(t.all.precision)}  recall ${f3(t.all.recall)}`);
    lines.push(`  German (${t.germanPages}) F1 ${t.german.f1.toFixed(4)}  precision ${f3(t.german.precision)}  recall ${f3(t.german.recall)}`);
    const m = f.trafilaturaMeta;
    lines.push(`  metadata title ${pct(m.title)}  author ${pct(m.author)}  date ${pct(m.date)}`);
  }
  if (f.readability) {
    const r = f.readability;
    lines.push(`Readability token F1 ${r.tokenF1.toFixed(4)}  title ${pct(r.title)}  byline ${pct(r.byline)}`);
    lines.push(`  published ${pct(r.published)}  lang ${pct(r.lang)}  siteName ${pct(r.siteName)}`);
  }
  return lines;
}

/** Pages whose score differs from a saved run, by how much, largest changes first. */
function changedPages(before: Record<string, number>, now: Record<string, number>): string[] {
  const rows = Object.entries(now)
    .filter(([key, f1]) => key in before && Math.abs(f1 - before[key]!) > 1e-9)
    .map(([key, f1]) => ({ key, f1, delta: f1 - before[key]! }))
    .sort((a, b) => a.delta - b.delta);
  return [`Pages whose score changed (${rows.length}):`, ...rows.map((r) => `  ${r.delta >= 0 ? '+' : ''}${r.delta.toFixed(3)}  now ${f3(r.f1)}  ${r.key}`)];
}

function main(): void {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      worst: { type: 'string' },
      peer: { type: 'boolean' },
      width: { type: 'string' },
      meta: { type: 'boolean' },
      save: { type: 'string' },
      compare: { type: 'string' },
    },
  });
  const corpora = values.only ? (values.only.split(',') as CorpusName[]) : [...CORPORA];
  for (const c of corpora) if (!CORPORA.includes(c)) throw new Error(`--only: unknown corpus ${c} (${CORPORA.join(', ')})`);
  const worst = Number(values.worst ?? 10);
  const width = Number(values.width ?? 160);
  const all: Scored[] = [];
  const sections: string[] = [];
  for (const corpus of corpora) {
    process.stderr.write(`  ${corpus}…\n`);
    const scored = scoreCorpus(corpus, values.peer ?? false);
    all.push(...scored);
    const rows = [...scored].sort((a, b) => a.score.f1 - b.score.f1).slice(0, worst);
    sections.push('', `Lowest F1 on ${corpus}:`, ...rows.flatMap((s) => pageLines(s, width)));
    if (values.meta) sections.push('', `Metadata that did not match on ${corpus}:`, ...metadataMisses(scored, width));
  }
  const german = new Set(all.filter((s) => s.page.corpus === 'trafilatura' && isGermanPage(readPage(s.page), (s.page.truth as { site: string }).site)).map((s) => s.page.id));
  const figures = corpusFigures(all.map((s) => s.page), all.map((s) => s.score), german);
  const now = Object.fromEntries(all.map((s) => [`${s.page.corpus}/${s.page.id}`, s.score.f1]));
  if (values.save) writeFileSync(values.save, JSON.stringify(now) + '\n');
  if (values.compare) sections.push('', ...changedPages(JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, number>, now));
  console.log(['Presseschau extractArticle, quality only (bench/extract/pages.ts)', ...figureLines(figures), ...sections].join('\n'));
}

main();
