// Use case "analyze an article": its entities and quotations, offsets in Unicode code points, as
// the `analyze --batch` contract of issue 8 gives them.
import { analyzeEntities, type EntityType } from '../../enrich/entities/index.ts';
import { findQuotes } from '../../enrich/quotes/index.ts';
import { guessLanguage, primaryLanguage, type AnalysisLanguage } from './analyze-language.ts';

/** One article to analyse. */
export interface AnalyzeRequest {
  title: string;
  text: string;
  lang?: string | null;
}

/** An entity mention in the output contract. */
export interface EntityOut {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  canonical: string;
}

/** A quotation in the output contract. */
export interface QuoteOut {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  speaker: string | null;
  cue: string | null;
}

/** What an article yields: its language and its entities and quotes. */
export interface AnalyzeResult {
  lang: string;
  entities: EntityOut[];
  quotes: QuoteOut[];
}

/** Maps UTF-16 offsets of a text to code-point offsets (astral characters count once). */
export function codePointIndex(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const code = text.charCodeAt(i);
    if (!(code >= 0xd800 && code <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (i) => map[i]!;
}

/** Finds the entities and quotes of one article. Languages other than German and English get none. */
export function analyzeArticle(request: AnalyzeRequest): AnalyzeResult {
  const given = primaryLanguage(request.lang);
  const lang = given ?? guessLanguage(`${request.title}\n${request.text}`);
  if (lang !== 'de' && lang !== 'en') return { lang, entities: [], quotes: [] };
  const text = request.text;
  const cp = codePointIndex(text);
  const analysis = analyzeEntities(text);
  const quotes = findQuotes(text, lang as AnalysisLanguage, analysis);
  return {
    lang,
    entities: analysis.mentions.map((m) => ({ text: m.text, type: m.type, start: cp(m.start), end: cp(m.end), canonical: m.canonical })),
    quotes: quotes.map((q) => ({ text: q.text, start: cp(q.start), end: cp(q.end), kind: q.kind, speaker: q.speaker, cue: q.cue })),
  };
}
