// Reads our own annotated paragraphs (test/fixtures/intel/quotes/*.jsonl). Annotations name their
// spans by exact text, which is easy to write and check by eye; this file turns them into code-point
// offsets and fails loudly when a span is not in its paragraph.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A gold quote of our set, offsets in code points. */
export interface GoldQuote {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  cue: string | null;
}

/** A gold entity mention of our set, offsets in code points. */
export interface GoldEntity {
  text: string;
  type: string;
  start: number;
  end: number;
  canonical: string;
}

/** One annotated paragraph. */
export interface QuoteCase {
  id: string;
  lang: 'de' | 'en';
  text: string;
  quotes: GoldQuote[];
  entities: GoldEntity[];
}

interface RawCase {
  id: string;
  text: string;
  quotes: { quote: string; speaker: string | null; kind: 'direct' | 'indirect'; cue: string | null }[];
  entities: { text: string; type: string; canonical: string }[];
}

/** The folder of our annotated paragraphs. */
export const QUOTE_FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'intel', 'quotes');

function codePoints(text: string, utf16: number): number {
  return [...text.slice(0, utf16)].length;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every whole-word occurrence of each entity text; longer names claim their words first. */
function locateEntities(raw: RawCase): GoldEntity[] {
  const taken: [number, number][] = [];
  const found: GoldEntity[] = [];
  for (const e of [...raw.entities].sort((a, b) => b.text.length - a.text.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(e.text)}(?![\\p{L}\\p{N}])`, 'gu');
    let any = false;
    for (const m of raw.text.matchAll(re)) {
      any = true;
      const s = m.index;
      const t = s + e.text.length;
      if (taken.some(([a, b]) => s < b && a < t)) continue;
      taken.push([s, t]);
      found.push({ text: e.text, type: e.type, canonical: e.canonical, start: codePoints(raw.text, s), end: codePoints(raw.text, t) });
    }
    if (!any) throw new Error(`${raw.id}: entity "${e.text}" is not in the text`);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Loads every case of a fixture file (`de.jsonl`, `en.jsonl`). */
export function loadQuoteCases(file: string): QuoteCase[] {
  const lang = file.startsWith('en') ? 'en' : 'de';
  const lines = readFileSync(join(QUOTE_FIXTURES, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.map((line) => {
    const raw = JSON.parse(line) as RawCase;
    const quotes = raw.quotes.map((q) => {
      const at = raw.text.indexOf(q.quote);
      if (at < 0) throw new Error(`${raw.id}: quote "${q.quote}" is not in the text`);
      const start = codePoints(raw.text, at);
      return { text: q.quote, start, end: start + [...q.quote].length, kind: q.kind, speaker: q.speaker, cue: q.cue };
    });
    return { id: raw.id, lang, text: raw.text, quotes, entities: locateEntities(raw) };
  });
}

/** All our annotated paragraphs, German first. */
export function loadAllQuoteCases(): QuoteCase[] {
  return readdirSync(QUOTE_FIXTURES).filter((f) => f.endsWith('.jsonl')).sort().flatMap(loadQuoteCases);
}
