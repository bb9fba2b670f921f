// Quotations of one text, direct and indirect, each with its speaker and cue verb.
import type { EntityAnalysis } from '../entities/index.ts';
import { isCueVerb, particlesOf, type QuoteLanguage } from './cues.ts';
import { findMarkedSpans, looksLikeSpeech, type MarkedSpan } from './direct.ts';
import { findIndirect, type SentenceTokens } from './indirect.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { phraseAt, resolveSpeaker, speakerBefore, tokenAt, type SpeakerContext } from './speaker.ts';

export type { QuoteLanguage } from './cues.ts';

/** One quotation; offsets are UTF-16 indices into the text (end exclusive). */
export interface Quote {
  text: string;
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
  /** The entity's canonical name, or the phrase that speaks when it names none ("die Polizei"). */
  speaker: string | null;
  cue: string | null;
}

interface Attribution {
  cue: string | null;
  speaker: { first: number; last: number } | null;
}

// A speaker carries over to the sentences that follow it for this many sentences at most.
const CARRY_SENTENCES = 2;

function sentenceTokens(ctx: SpeakerContext, s: SentenceSpan): SentenceTokens {
  const first = tokenAt(ctx.tokens, s.start);
  const end = tokenAt(ctx.tokens, s.end);
  const contentEnd = s.start + ctx.text.slice(s.start, s.end).replace(/[.!?;:]+$/, '').length;
  return { first, end, start: s.start, contentEnd };
}

/** "…“, sagte Roth" / "…“, so der Minister" / "…,” Roth said." right after the closing mark. */
function cueAfterMark(ctx: SpeakerContext, span: MarkedSpan, lang: QuoteLanguage): Attribution | null {
  const { tokens, text } = ctx;
  let k = tokenAt(tokens, span.end);
  if (tokens[k]?.text === ',') k++;
  const t = tokens[k];
  if (!t?.word || t.start - span.end > 3) return null;
  // Without a comma only a quote that ends in ! or ? runs on into its cue („Raus!“ rief er).
  const inner = text.slice(span.start + 1, span.end - 1).trimEnd();
  if (tokens[k - 1]?.text !== ',' && !/[,!?]$/.test(inner)) return null;
  if (isCueVerb(t.lower, lang) || (lang === 'de' && t.lower === 'so')) {
    const speaker = phraseAt(tokens, k + 1);
    return speaker || t.lower !== 'so' ? { cue: t.text, speaker } : null;
  }
  if (lang !== 'en') return null;
  const phrase = phraseAt(tokens, k);
  const verb = phrase ? tokens[phrase.last + 1] : undefined;
  if (phrase && verb?.word && isCueVerb(verb.lower, lang)) return { cue: verb.text, speaker: phrase };
  return null;
}

/** "Roth sagte: „…“" / "Dazu erklärte die Ministerin: „…“" / "Roth: „…“" before the opening mark. */
function cueBeforeMark(ctx: SpeakerContext, span: MarkedSpan, sentenceStart: number, lang: QuoteLanguage): Attribution | null {
  const { tokens } = ctx;
  const first = tokenAt(tokens, sentenceStart);
  const open = tokenAt(tokens, span.start);
  const colon = tokens[open - 1]?.text === ':';
  // Without a colon the cue must stand close to the marks ("sprach von einem „…“"), or the marks
  // are more likely a name or title mentioned somewhere in a longer sentence.
  for (let c = open - 1; c >= first && (colon || open - c <= 6); c--) {
    const t = tokens[c]!;
    if (!t.word || !isCueVerb(t.lower, lang)) continue;
    // "stellt seinen Roman „…“ vor" is no speech: a separable verb speaks only with its particle.
    const particles = lang === 'de' ? particlesOf(t.lower) : undefined;
    if (particles && !tokens.slice(c + 1, open).some((p) => particles.includes(p.lower))) continue;
    return { cue: t.text, speaker: speakerBefore(ctx, first, c) ?? phraseAt(tokens, c + 1) };
  }
  if (tokens[open - 1]?.text === ':') {
    const speaker = speakerBefore(ctx, first, open - 1);
    if (speaker) return { cue: null, speaker };
  }
  return null;
}

/** A sentence that names a speaker with a cue verb but quotes nothing yet ("Höfling beklagt die Dürre"). */
function introducedSpeaker(ctx: SpeakerContext, s: SentenceTokens, lang: QuoteLanguage): Attribution | null {
  for (let c = s.first; c < s.end; c++) {
    const t = ctx.tokens[c]!;
    if (!t.word || !isCueVerb(t.lower, lang)) continue;
    const speaker = speakerBefore(ctx, s.first, c) ?? phraseAt(ctx.tokens, c + 1);
    return speaker ? { cue: null, speaker } : null;
  }
  return null;
}

/** Finds the direct and indirect quotations of a text; `entities` comes from analyzeEntities. */
export function findQuotes(text: string, lang: QuoteLanguage, entities: EntityAnalysis): Quote[] {
  const ctx: SpeakerContext = { text, tokens: entities.tokens, mentions: entities.mentions };
  const sentences = splitSentences(text);
  const direct = findMarkedSpans(text);
  const quotes: Quote[] = [];
  let last: { name: string; sentence: number } | null = null;
  const carried = (sentence: number) => (last && sentence - last.sentence <= CARRY_SENTENCES ? last.name : null);
  const speak = (attr: Attribution, at: number, sentence: number): string | null => {
    if (!attr.speaker) {
      const name = carried(sentence);
      if (name) last = { name, sentence };
      return name;
    }
    const speaker = resolveSpeaker(ctx, attr.speaker.first, attr.speaker.last, at);
    last = { name: speaker.name, sentence };
    return speaker.name;
  };
  let nextDirect = 0;
  const directQuotes: Quote[] = [];
  // Sentences in order, so that "sagt er" and unattributed subjunctive sentences inherit the
  // speaker of what came just before them, direct or indirect.
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    while (nextDirect < direct.length && direct[nextDirect]!.start < s.end) {
      const span = direct[nextDirect++]!;
      const attr = cueAfterMark(ctx, span, lang) ?? cueBeforeMark(ctx, span, s.start, lang);
      if (!looksLikeSpeech(text, span, attr !== null)) continue;
      const endSentence = Math.max(i, sentences.findIndex((x) => x.end >= span.end));
      const speaker = speak(attr ?? { cue: null, speaker: null }, span.start, endSentence);
      const quote: Quote = { text: text.slice(span.start, span.end), start: span.start, end: span.end, kind: 'direct', speaker, cue: attr?.cue ?? null };
      quotes.push(quote);
      directQuotes.push(quote);
    }
    const covered = directQuotes.reduce((n, q) => n + Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start)), 0);
    if (covered * 2 >= s.end - s.start) continue;
    const tokens = sentenceTokens(ctx, s);
    const found = findIndirect(ctx, tokens, lang);
    // "„…“, sagte Roth." is one direct quote, not also an indirect one around it; a clause that
    // only quotes a few words of someone ("sagte, wer „…“ schieße, …") stays indirect.
    const overlapsDirect = found && directQuotes.some((q) => 2 * (Math.min(q.end, found.end) - Math.max(q.start, found.start)) > found.end - found.start);
    if (!found || overlapsDirect || (found.carriesSpeaker && !carried(i))) {
      const intro = covered > 0 ? null : introducedSpeaker(ctx, tokens, lang);
      if (intro) speak(intro, s.start, i);
      continue;
    }
    const speaker = speak({ cue: found.cue, speaker: found.speaker }, found.start, i);
    quotes.push({ text: text.slice(found.start, found.end), start: found.start, end: found.end, kind: 'indirect', speaker, cue: found.cue });
  }
  return quotes.sort((a, b) => a.start - b.start);
}
