// Quotations of one text, direct and indirect, each with its speaker and cue verb.
import type { EntityAnalysis } from '../entities/index.ts';
import { isRoleWord } from '../entities/classify.ts';
import { isCapitalised } from '../entities/tokens.ts';
import { FUNCTION_WORDS } from '../entities/words.ts';
import { isCueVerb, isParticiple, isReportingVerb, particlesOf, PERSONAL_PRONOUNS, type QuoteLanguage } from './cues.ts';
import { findMarkedSpans, looksLikeSpeech, type MarkedSpan } from './direct.ts';
import { findIndirect, type SentenceTokens } from './indirect.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { phraseAt, resolveSpeaker, speakerBefore, subjectOf, tokenAt, type SpeakerContext } from './speaker.ts';

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
    return { cue: t.text, speaker: subjectOf(ctx, first, c) };
  }
  // "Roth: „…“", "Kurz zeigte sich zufrieden: „…“" — only when the sentence opens with a named speaker
  // or a role ("Das Buch ist ihr Erstwerk: „…“" and "Motto: „…“" name none).
  if (tokens[open - 1]?.text === ':') {
    const speaker = speakerBefore(ctx, first, open - 1);
    const whole = speaker && speaker.first === first;
    const named = speaker && ctx.mentions.some((m) => m.start >= tokens[speaker.first]!.start && m.end <= tokens[speaker.last]!.end && m.type !== 'place');
    if (speaker && whole && (named || tokens.slice(speaker.first, speaker.last + 1).some((t) => isRoleWord(t.lower)))) return { cue: null, speaker };
  }
  return null;
}

/** A sentence that names a speaker with a cue verb but quotes nothing yet ("Höfling beklagt die Dürre"). */
function introducedSpeaker(ctx: SpeakerContext, s: SentenceTokens, lang: QuoteLanguage): Attribution | null {
  for (let c = s.first; c < s.end; c++) {
    const t = ctx.tokens[c]!;
    if (!t.word || !isCueVerb(t.lower, lang)) continue;
    // A capital inside the sentence makes a noun ("die Fragen"), not a verb.
    if (isCapitalised(t.text) && !t.initial) continue;
    const particles = lang === 'de' ? particlesOf(t.lower) : undefined;
    if (particles && !ctx.tokens.slice(c + 1, s.end).some((p) => particles.includes(p.lower))) continue;
    const speaker = subjectOf(ctx, s.first, c);
    const particle = particles ? ctx.tokens.slice(c + 1, s.end).find((p) => particles.includes(p.lower)) : undefined;
    return speaker ? { cue: particle ? `${t.text} ${particle.text}` : t.text, speaker } : null;
  }
  return null;
}

/**
 * Reported speech without a clause of its own: "Die Polizei sprach von zwei Verletzten", "Dabei
 * bezeichnete er die Lage als ernst". German only; the speaker must be a named entity, a role or a
 * pronoun standing for one, and the cue the sentence's finite verb right after it or right before it.
 */
function reportedSpeech(ctx: SpeakerContext, s: SentenceTokens, intro: Attribution): boolean {
  const { tokens, text } = ctx;
  if (!intro.speaker || !intro.cue || text.slice(s.start, s.contentEnd + 1).trimEnd().endsWith('?')) return false;
  const verb = intro.cue.split(' ')[0];
  let cue = s.first;
  while (cue < s.end && tokens[cue]!.text !== verb) cue++;
  if (cue >= s.end) return false;
  const { first, last } = intro.speaker;
  // Subject then verb ("Die Polizei sprach"), or verb then subject after an opener ("Dabei bezeichnete er").
  // "Der Vorsitzende des Vereins, Otto Reimers, warnte": a name in apposition closes with a comma.
  const between = tokens.slice(last + 1, cue);
  // A subject that opens the sentence may run on to the verb ("Die Opposition im Stadtrat kündigte").
  const opensSentence = first === s.first && cue > last && cue - first <= 10 && !between.some((t) => t.text === ',' || isCueVerb(t.lower, 'de'));
  const adjacent = (cue > last && between.every((t) => t.text === ',') && between.length <= 1) || first === cue + 1 || opensSentence;
  if (!adjacent || isParticiple(tokens[cue]!.lower) || !isReportingVerb(tokens[cue]!.lower)) return false;
  // "Dies teilte die Polizei mit": the sentence attributes the one before it and says nothing itself.
  if (/^(?:dies|das|dazu|dem|darauf)$/.test(tokens[s.first]!.lower)) return false;
  const phrase = tokens.slice(first, last + 1);
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const named = ctx.mentions.some((m) => m.start >= start && m.end <= end);
  if (first === last && FUNCTION_WORDS.has(phrase[0]!.lower)) return PERSONAL_PRONOUNS.has(phrase[0]!.lower);
  return named || phrase.some((t) => isRoleWord(t.lower) || (isCapitalised(t.text) && !FUNCTION_WORDS.has(t.lower)));
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
  // Quoted words that do not read as speech alone ("„Gesindel“") count when the clause around them
  // is reported speech: "Der Arzt sagte, das sei „kein Grund zur Sorge“".
  const nested = (spans: MarkedSpan[], from: number, to: number, speaker: string | null, cue: string | null) => {
    for (const span of spans) {
      if (span.start < from || span.end > to + 1) continue;
      const quote: Quote = { text: text.slice(span.start, span.end), start: span.start, end: span.end, kind: 'direct', speaker, cue };
      quotes.push(quote);
      directQuotes.push(quote);
    }
  };
  let continuation: { quote: Quote; sentence: number } | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const pending: MarkedSpan[] = [];
    while (nextDirect < direct.length && direct[nextDirect]!.start < s.end) {
      const span = direct[nextDirect++]!;
      const attr = cueAfterMark(ctx, span, lang) ?? cueBeforeMark(ctx, span, s.start, lang);
      if (!looksLikeSpeech(text, span, attr !== null)) {
        if (span.end <= s.end && !/^.[\p{Lu}\p{N}][^\s]*\s+[\p{Lu}\p{N}]/u.test(text.slice(span.start, span.end))) pending.push(span);
        continue;
      }
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
    // quotes only part of its words ("sagte, der Bau sei „ein Geschenk“") is indirect around a direct one.
    const overlapsDirect = found && directQuotes.some((q) => 10 * (Math.min(q.end, found.end) - Math.max(q.start, found.start)) > 7 * (found.end - found.start));
    if (!found || overlapsDirect || (found.carriesSpeaker && !carried(i))) {
      const intro = covered > 0 ? null : introducedSpeaker(ctx, tokens, lang);
      if (!intro) continue;
      const speaker = speak(intro, s.start, i);
      if (lang === 'de' && !found && reportedSpeech(ctx, tokens, intro)) {
        quotes.push({ text: text.slice(s.start, tokens.contentEnd), start: s.start, end: tokens.contentEnd, kind: 'indirect', speaker, cue: intro.cue });
        nested(pending, s.start, tokens.contentEnd, speaker, intro.cue);
      }
      continue;
    }
    const speaker = speak({ cue: found.cue, speaker: found.speaker }, found.start, i);
    // Subjunctive sentences that go on without a cue form one quotation with the one before ("Die
    // Lage sei ernst. Es fehle an allem." after an attributed sentence), within a paragraph.
    const before = quotes.at(-1);
    if (found.carriesSpeaker && continuation && continuation.sentence === i - 1 && before === continuation.quote
      && before.speaker === speaker && sentences[i - 1]!.paragraph === s.paragraph) {
      before.end = found.end;
      before.text = text.slice(before.start, before.end);
      continuation = { quote: before, sentence: i };
    } else {
      const quote: Quote = { text: text.slice(found.start, found.end), start: found.start, end: found.end, kind: 'indirect', speaker, cue: found.cue };
      quotes.push(quote);
      continuation = found.carriesSpeaker ? { quote, sentence: i } : null;
    }
    nested(pending, found.start, found.end, speaker, found.cue);
  }
  return quotes.sort((a, b) => a.start - b.start);
}
