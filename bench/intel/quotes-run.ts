// npm run bench:quotes — quotes and entities, Presseschau beside simple rule baselines, in one run:
//   1. our own annotated paragraphs (test/fixtures/intel/quotes), German and English;
//   2. ../shared/bench/quotes-de-dev (150 German Wikinews articles; evaluation only, read at run time);
//   3. ../shared/bench/ner-de-dev (GermEval 2014 dev; entities, ignore regions neither right nor wrong);
//   4. articles per second over the Wikinews articles.
// Span matching: "overlap" = the README's rule (overlap ≥ half the longer span, one-to-one, greedy);
// "exact" = same start and end. Speaker precision = right speakers / matched quotes where we name one;
// speaker recall = right speakers / matched quotes whose gold names one. Cue accuracy likewise over
// matched quotes with a gold cue (the two cue texts contain each other, ignoring case).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../src/services/intel/analyze.ts';
import { prf, scoreEntities, type EntityCounts, type TypedSpan } from './entities-metrics.ts';
import { baselineEntities, baselineQuotes } from './quotes-baseline.ts';
import { loadAllQuoteCases } from './quotes-fixtures.ts';
import { emptyQuoteCounts, f1Of, scoreQuotes, type QuoteCounts, type ScoredQuote } from './quotes-metrics.ts';

const BENCH = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench');

interface Article {
  id: string;
  text: string;
  title: string;
  quotes: ScoredQuote[];
}

const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a');

function quoteRow(name: string, c: QuoteCounts): string {
  const all = f1Of(c.overlapMatched, c.predicted, c.gold);
  const exact = f1Of(c.exactMatched, c.predicted, c.gold);
  const direct = f1Of(c.directMatched, c.predictedDirect, c.goldDirect);
  return [
    name.padEnd(22), pct(all.precision), pct(all.recall), pct(all.f1), pct(exact.f1), pct(direct.f1),
    pct(c.speakerPredictedRight / c.speakerPredicted), pct(c.speakerRight / c.speakerGold), pct(c.cueRight / c.cueGold),
  ].join('  ');
}

const QUOTE_HEAD = `${'system'.padEnd(22)}  P(ov)  R(ov) F1(ov) F1(ex) F1dir SpkP  SpkR   Cue`;

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

function ownSet(): void {
  const cases = loadAllQuoteCases();
  for (const lang of ['de', 'en'] as const) {
    const subset = cases.filter((c) => c.lang === lang);
    const us = emptyQuoteCounts();
    const base = emptyQuoteCounts();
    const ents: EntityCounts = new Map();
    for (const c of subset) {
      const r = analyzeArticle({ title: '', text: c.text, lang });
      scoreQuotes(us, c.quotes, r.quotes);
      scoreQuotes(base, c.quotes, baselineQuotes(c.text));
      scoreEntities(ents, c.entities, r.entities, []);
    }
    console.log(`\nOur set, ${lang}: ${subset.length} paragraphs, ${us.gold} quotes (${us.goldDirect} direct)`);
    console.log(QUOTE_HEAD);
    console.log(quoteRow('presseschau', us));
    console.log(quoteRow('baseline: marks only', base));
    const e = prf(ents.get('all') ?? { tp: 0, fp: 0, fn: 0 });
    console.log(`entities (exact span and type): P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}`);
  }
}

function wikinews(): Article[] {
  const path = join(BENCH, 'quotes-de-dev', 'quotes-de-dev.jsonl');
  if (!existsSync(path)) {
    console.log(`\n(skipped: ${path} not found)`);
    return [];
  }
  type Raw = { id: string; title: string; text: string; quotes: { start: number; end: number; kind: string; speaker_text: string | null; cue_text: string | null }[] };
  const articles = readJsonl<Raw>(path).map((a) => ({
    id: a.id, title: a.title, text: a.text,
    quotes: a.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker_text, cue: q.cue_text })),
  }));
  const us = emptyQuoteCounts();
  const base = emptyQuoteCounts();
  for (const a of articles) {
    scoreQuotes(us, a.quotes, analyzeArticle({ title: a.title, text: a.text, lang: 'de' }).quotes);
    scoreQuotes(base, a.quotes, baselineQuotes(a.text));
  }
  console.log(`\nWikinews quotes-de-dev: ${articles.length} articles, ${us.gold} quotes (${us.goldDirect} direct)`);
  console.log(QUOTE_HEAD);
  console.log(quoteRow('presseschau', us));
  console.log(quoteRow('baseline: marks only', base));
  console.log('(gold speakers are the local mention, "Er" included; ours are resolved to the named entity)');
  const named = us.namedSpeakerPredictedRight / us.namedSpeakerPredicted;
  console.log(`speaker precision where the gold speaker is no bare pronoun: ${pct(named).trim()} % (${us.namedSpeakerPredictedRight} of ${us.namedSpeakerPredicted})`);
  return articles;
}

function germeval(): void {
  const path = join(BENCH, 'ner-de-dev', 'ner-de-dev.jsonl');
  if (!existsSync(path)) {
    console.log(`\n(skipped: ${path} not found)`);
    return;
  }
  type Raw = { text: string; entities: TypedSpan[]; ignore: { start: number; end: number }[] };
  const sentences = readJsonl<Raw>(path);
  const us: EntityCounts = new Map();
  const base: EntityCounts = new Map();
  for (const s of sentences) {
    scoreEntities(us, s.entities, analyzeArticle({ title: '', text: s.text, lang: 'de' }).entities, s.ignore);
    scoreEntities(base, s.entities, baselineEntities(s.text), s.ignore);
  }
  console.log(`\nGermEval 2014 dev: ${sentences.length} sentences, exact span and type`);
  console.log(`${'system'.padEnd(26)}${['person', 'organization', 'place', 'all (micro)'].map((t) => t.padEnd(20)).join('')}`);
  for (const [name, counts] of [['presseschau', us], ['baseline: capital bigrams', base]] as const) {
    const cells = ['person', 'organization', 'place', 'all'].map((t) => {
      const r = prf(counts.get(t) ?? { tp: 0, fp: 0, fn: 0 });
      return `${pct(r.precision)}/${pct(r.recall)}/${pct(r.f1)}`.padEnd(20);
    });
    console.log(`${name.padEnd(26)}${cells.join('')}`);
  }
  console.log('(cells: precision/recall/F1 in %)');
}

function speed(articles: Article[]): void {
  if (articles.length === 0) return;
  const rounds = 5;
  const times: number[] = [];
  const baseTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t = performance.now();
    for (const a of articles) analyzeArticle({ title: a.title, text: a.text, lang: 'de' });
    times.push((articles.length * 1000) / (performance.now() - t));
    t = performance.now();
    for (const a of articles) baselineQuotes(a.text);
    baseTimes.push((articles.length * 1000) / (performance.now() - t));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const chars = articles.reduce((n, a) => n + a.text.length, 0) / articles.length;
  console.log(`\nSpeed (median of ${rounds} rounds over ${articles.length} articles, ${Math.round(chars)} characters on average):`);
  console.log(`  presseschau analyze: ${median(times).toFixed(0)} articles/s; baseline marks only: ${median(baseTimes).toFixed(0)} articles/s`);
}

ownSet();
const articles = wikinews();
germeval();
speed(articles);
