// Indirect speech in one sentence: a cue verb before a clause ("sagte, dass …"), a cue after it
// ("…, so der SPD-Politiker"), an attribution phrase ("laut X", "X zufolge", "according to X") or,
// without a cue, the subjunctive that German reported speech is written in.
import { isCapitalised, type Token } from '../entities/tokens.ts';
import { wordSet } from '../entities/words.ts';
import { CLAUSE_OPENERS, isCueVerb, isParticiple, particlesOf, PERSONAL_PRONOUNS, SUBJUNCTIVE_FORMS, type QuoteLanguage } from './cues.ts';
import { phraseAt, speakerBefore, subjectOf, type SpeakerContext } from './speaker.ts';

/** An indirect quotation found in a sentence; the speaker is a token range still to be resolved. */
export interface IndirectHit {
  start: number;
  end: number;
  cue: string | null;
  speaker: { first: number; last: number } | null;
  /** "demnach", "es heißt", or a subjunctive sentence: the speaker is the one who spoke last. */
  carriesSpeaker: boolean;
}

/** The words of one sentence: token indices [first, end) and its text without final punctuation. */
export interface SentenceTokens {
  first: number;
  end: number;
  start: number;
  contentEnd: number;
}

const SOURCE_NOUNS = wordSet(`angaben informationen ansicht einschätzung auffassung meinung aussage aussagen
  darstellung bericht berichten erkenntnissen schätzungen worten überzeugung untersuchungen ermittlungen
  auskunft mitteilung studie meldungen meldung vorstellungen willen ermittlungsstand hochrechnung umfrage
  prognose zahlen`);

/** "Angaben", "Polizeiangaben", "Medienberichten": nouns that name where a statement comes from. */
function isSourceNoun(lower: string | undefined): boolean {
  if (!lower) return false;
  return SOURCE_NOUNS.has(lower) || /(?:angaben|berichten|informationen|aussagen)$/.test(lower);
}
const ADVERBIAL_OPENERS = wordSet('weil obwohl nachdem als bevor während um indem seit seitdem sodass damit und aber because although after before while since and but');
const CLAUSE_SUBJECTS = wordSet('the a an he she it they we i you there this these those its his her their our some no');
const AUXILIARIES = wordSet('would were was is are had have has will could should might can must');
const OBJECT_VERBS = wordSet('told tells called calls described describes asked asks urged urges');
const RELATIVE_OPENERS = wordSet('which who whom whose where');

function wordsBetween(tokens: Token[], first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k++) if (tokens[k]!.word) n++;
  return n;
}

function afterComma(tokens: Token[], comma: number): number {
  return tokens[comma + 1]?.start ?? tokens[comma]!.end;
}

const THIRD_PERSON = wordSet('er sie es man');
const NOT_VERBS = wordSet(`die eine keine seine ihre meine deine unsere alle diese jene jede welche solche gerne
  ohne ebenfalls bereits wieder ende hilfe sache seite stelle frage weise lage grenze`);

/** A verb in -e next to a third-person pronoun ("nehme er", "es gebe") is Konjunktiv I. */
function isSubjunctiveByForm(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  // Most words fail at their last letter or length, before the Unicode expression is run.
  if (t.text.length < 4 || t.text.charCodeAt(t.text.length - 1) !== 0x65) return false;
  // "-te" is the past tense ("kündigte"); the few subjunctives in -te ("halte") are in the word list.
  if (!/^\p{Ll}{3,}e$/u.test(t.text) || NOT_VERBS.has(t.lower) || /(?:ige|ische|liche|ene|te)$/.test(t.lower)) return false;
  return THIRD_PERSON.has(tokens[k - 1]?.lower ?? '') || THIRD_PERSON.has(tokens[k + 1]?.lower ?? '');
}

/** "Der Täter soll geflohen sein", "Drei Hallen sollen abgebrannt sein": "sollen" with a perfect infinitive reports hearsay. */
function hasHearsay(tokens: Token[], s: SentenceTokens): boolean {
  let last = s.end - 1;
  while (last > s.first && !tokens[last]!.word) last--;
  const tail = tokens[last]!.lower;
  if (tail !== 'haben' && tail !== 'sein') return false;
  return tokens.slice(s.first, last).some((t) => t.lower === 'soll' || t.lower === 'sollen');
}

function hasSubjunctive(tokens: Token[], s: SentenceTokens): boolean {
  for (let k = s.first; k < s.end; k++) {
    const t = tokens[k]!;
    if (tokens[k - 1]?.lower === 'ich') continue;
    if (SUBJUNCTIVE_FORMS.has(t.lower) || isSubjunctiveByForm(tokens, k)) return true;
  }
  return false;
}

/** "its chief executive, Sarah Monk": a person named in apposition is the one who speaks. */
function withApposition(ctx: SpeakerContext, phrase: { first: number; last: number }): { first: number; last: number } {
  const comma = ctx.tokens[phrase.last + 1];
  const next = ctx.tokens[phrase.last + 2];
  if (comma?.text !== ',' || !next) return phrase;
  const person = ctx.mentions.find((m) => m.type === 'person' && m.start === next.start);
  if (!person) return phrase;
  let last = phrase.last + 2;
  while (ctx.tokens[last + 1] && ctx.tokens[last + 1]!.end <= person.end) last++;
  return { first: phrase.last + 2, last };
}

/** "laut X", "nach Angaben X", "X zufolge", "according to X", "demnach", "heißt es". */
function attribution(ctx: SpeakerContext, s: SentenceTokens, lang: QuoteLanguage): IndirectHit | null {
  const { tokens } = ctx;
  for (let k = s.first; k < s.end; k++) {
    const t = tokens[k]!;
    let cue: string | null = null;
    let phraseStart = -1;
    // "laut „Reuters“": the source may stand in quotation marks.
    if (lang === 'de' && t.lower === 'laut') [cue, phraseStart] = [t.text, /^[„“"»«]$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1];
    else if (lang === 'de' && t.lower === 'nach' && isSourceNoun(tokens[k + 1]?.lower)) {
      cue = t.text;
      phraseStart = /^(?:von|des|der)$/.test(tokens[k + 2]?.lower ?? '') ? k + 2 + (tokens[k + 2]!.lower === 'von' ? 1 : 0) : k + 1;
    } else if (lang === 'de' && t.lower === 'nach' && [2, 3].some((d) => isSourceNoun(tokens[k + d]?.lower))) {
      // "nach eigener Aussage", "nach einem Bericht der Zeitung": the whole phrase is the source.
      const d = [2, 3].find((x) => isSourceNoun(tokens[k + x]?.lower))!;
      const plain = phraseAt(tokens, k + 1);
      if (!plain) {
        // "nach ersten Untersuchungen", "nach bisher unbestätigten Berichten": adjectives before the noun.
        const phrase = phraseAt(tokens, k + d) ?? { first: k + d, last: k + d };
        return hit(ctx, s, t.text, { first: k + 1, last: phrase.last }, false, k, phrase.last);
      }
      [cue, phraseStart] = [t.text, k + 1];
    } else if (lang === 'en' && t.lower === 'according' && tokens[k + 1]?.lower === 'to') [cue, phraseStart] = ['according to', k + 2];
    else if (lang === 'de' && t.lower === 'zufolge') {
      // The source is the longest phrase that ends right before "zufolge" ("dem Sprecher zufolge").
      let phrase: IndirectHit['speaker'] = null;
      for (let f = Math.max(s.first, k - 6); f < k && !phrase; f++) {
        const p = phraseAt(tokens, f);
        if (p && p.last === k - 1) phrase = p;
      }
      return hit(ctx, s, t.text, phrase, false, phrase ? phrase.first : k, k);
    } else if (lang === 'de' && t.lower === 'demnach') return hit(ctx, s, t.text, null, true, k, k);
    else if (lang === 'de' && (t.lower === 'heißt' || t.lower === 'hieß') && tokens[k + 1]?.lower === 'es') return hit(ctx, s, `${t.text} es`, null, true, k, k + 1);
    if (cue === null) continue;
    const phrase = phraseAt(tokens, phraseStart);
    if (!phrase) continue;
    return hit(ctx, s, cue, withApposition(ctx, phrase), false, k, phrase.last);
  }
  return null;
}

/** A hit for an attribution that spans tokens from..to; one that opens the sentence is left out of the quote. */
function hit(ctx: SpeakerContext, s: SentenceTokens, cue: string, speaker: IndirectHit['speaker'], carries: boolean, from: number, to: number): IndirectHit | null {
  const { tokens } = ctx;
  let start = s.start;
  if (from <= s.first) {
    let stop = to + 1;
    // "Laut „Nordkurier“ ist …": the closing mark of a quoted source is no part of the quote.
    if (/^[“”"«»]$/.test(tokens[stop]?.text ?? '')) stop++;
    start = tokens[stop]?.text === ',' ? afterComma(tokens, stop) : (tokens[stop]?.start ?? s.start);
  }
  // "…, according to its chief executive, Sarah Monk." closes the sentence: the quote ends at the comma.
  let end = s.contentEnd;
  const tail = speaker ? Math.max(to, speaker.last) : to;
  if (from > s.first && tokens[from - 1]!.text === ',' && wordsBetween(tokens, tail + 1, s.end) === 0) end = tokens[from - 1]!.start;
  if (start >= end) return null;
  return { start, end, cue, speaker, carriesSpeaker: carries && !speaker };
}

const PERFECT_AUXILIARIES = wordSet('hat haben hatte hatten habe');
const PASSIVE_AUXILIARIES = wordSet('wurde wurden wird werden worden');
const SUBORDINATORS = wordSet('als wenn weil nachdem da obwohl während bevor seit seitdem falls sobald ob dass der die das dessen deren dem den denen welche welcher welches wo');
const ARTICLE_LIKE = wordSet('der die das dem den');
const OTHER_PARTICLES = wordSet('statt ab vor weg fort zurück heraus herunter auf aus');

/**
 * Whether a German cue word at c speaks for the clause after it: not a noun ("die Fragen"), not a past
 * participle without "hat" ("auch Bruno genannt", "wurde gefordert"), not the verb at the end of a
 * subordinate or relative clause ("als niemand daran dachte, …"; "Wie … mitteilte" is the exception),
 * and not a verb whose particle makes it something else ("findet … statt").
 */
function speaksHere(tokens: Token[], s: SentenceTokens, c: number): boolean {
  const verb = tokens[c]!;
  if (isCapitalised(verb.text) && !verb.initial) return false;
  // "Roth hat gesagt, …" and the passive "In der Mitteilung wurde betont, dass …" speak; "auch Bruno genannt" does not.
  if (isParticiple(verb.lower) && !tokens.slice(s.first, c + 2).some((t) => PERFECT_AUXILIARIES.has(t.lower) || PASSIVE_AUXILIARIES.has(t.lower))) return false;
  let open = c;
  while (open > s.first && tokens[open - 1]!.text !== ',') open--;
  const opener = tokens[open]!.lower;
  // At the sentence start an article opens the subject ("Der Verein erklärte, …"), not a relative clause.
  const subordinate = open > s.first ? SUBORDINATORS.has(opener) : SUBORDINATORS.has(opener) && !ARTICLE_LIKE.has(opener);
  if (open < c && subordinate && tokens[c + 1]?.text === ',') return false;
  for (let k = c + 1; k < s.end && k - c <= 9; k++) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ':') return !OTHER_PARTICLES.has(tokens[k - 1]!.lower) || (particlesOf(verb.lower) ?? []).includes(tokens[k - 1]!.lower);
  }
  return true;
}

/** "Roth sagte(, dass) …", "Am Montag erklärte die Polizei, …", "Police said that …". */
function cueBefore(ctx: SpeakerContext, s: SentenceTokens, lang: QuoteLanguage): IndirectHit | null {
  const { tokens } = ctx;
  for (let c = s.first; c < s.end; c++) {
    const verb = tokens[c]!;
    if (!verb.word || !isCueVerb(verb.lower, lang)) continue;
    if (lang === 'de' && !speaksHere(tokens, s, c)) continue;
    const particles = lang === 'de' ? particlesOf(verb.lower) : undefined;
    let comma = -1;
    let particle: string | null = null;
    for (let k = c + 1; k < s.end && k - c <= 9; k++) {
      if (tokens[k]!.text === ',' || tokens[k]!.text === ':') {
        comma = k;
        break;
      }
      if (particles?.includes(tokens[k]!.lower)) particle = tokens[k]!.text;
    }
    if (particles && !particle) continue;
    const cue = particle ? `${verb.text} ${particle}` : verb.text;
    const subject = speakerBefore(ctx, s.first, c);
    const speaker = subjectOf(ctx, s.first, c);
    if (lang === 'en' && comma < 0) {
      let from = c + 1;
      const that = tokens[from]?.lower === 'that';
      if (that) from++;
      // Without "that" the clause must open with its own subject ("said the bridge …", "said he …");
      // verbs that take an object first ("told reporters", "called the offer …") need the "that".
      const next = tokens[from];
      const auxiliaryNext = [1, 2].some((d) => AUXILIARIES.has(tokens[from + d]?.lower ?? ''));
      const opensClause = next !== undefined && (CLAUSE_SUBJECTS.has(next.lower) || (isCapitalised(next.text) && !next.initial) || auxiliaryNext);
      if (!that && (OBJECT_VERBS.has(verb.lower) || !opensClause)) continue;
      if (!subject || wordsBetween(tokens, from, s.end) < 4) continue;
      return { start: tokens[from]!.start, end: s.contentEnd, cue, speaker, carriesSpeaker: false };
    }
    if (comma < 0 || wordsBetween(tokens, comma + 1, s.end) < 3) continue;
    const opener = tokens[comma + 1]!.lower;
    if (lang === 'en' && RELATIVE_OPENERS.has(opener)) continue;
    // After "sagte," comes what was said, unless an adverbial clause opens there ("…, weil …").
    if (ADVERBIAL_OPENERS.has(opener) && !CLAUSE_OPENERS.has(opener)) continue;
    return { start: afterComma(tokens, comma), end: s.contentEnd, cue, speaker, carriesSpeaker: false };
  }
  return null;
}

/** "…, sagte Roth." / "…, so der SPD-Politiker, …" / "…, Roth said." */
function cueAfter(ctx: SpeakerContext, s: SentenceTokens, lang: QuoteLanguage): IndirectHit | null {
  const { tokens } = ctx;
  for (let k = s.first + 3; k < s.end - 1; k++) {
    if (tokens[k]!.text !== ',') continue;
    const next = tokens[k + 1]!;
    let cue: string | null = null;
    let speaker: { first: number; last: number } | null = null;
    if (next.word && (isCueVerb(next.lower, lang) || (lang === 'de' && next.lower === 'so'))) {
      speaker = phraseAt(tokens, k + 2);
      // German puts the subject right after a postposed cue (", sagte Roth"); without one the
      // comma closes an apposition ("Otto Reimers, sprach von …").
      if (speaker || (lang === 'en' && next.lower !== 'so')) cue = next.text;
    } else if (lang === 'de' && next.lower === 'wie') {
      // "…, wie die Polizei am Abend mitteilte." closes the sentence with subject and cue verb.
      let last = s.end - 1;
      while (last > k && !tokens[last]!.word) last--;
      const verb = tokens[last]!;
      const phrase = phraseAt(tokens, k + 2);
      if (phrase && last - k <= 12 && isCueVerb(verb.lower, lang) && !isCapitalised(verb.text)) {
        const particles = particlesOf(verb.lower);
        if (!particles || particles.includes(tokens[last - 1]!.lower) || isParticiple(verb.lower)) {
          const particle = particles?.includes(tokens[last - 1]!.lower) ? `${tokens[last - 1]!.text} ` : '';
          return { start: s.start, end: tokens[k]!.start, cue: `wie ${particle}${verb.text}`, speaker: phrase, carriesSpeaker: false };
        }
      }
    } else if (lang === 'en') {
      const phrase = phraseAt(tokens, k + 1);
      const verb = phrase ? tokens[phrase.last + 1] : undefined;
      if (phrase && verb?.word && isCueVerb(verb.lower, lang)) [cue, speaker] = [verb.text, phrase];
    }
    if (cue === null || wordsBetween(tokens, s.first, k) < 3) continue;
    const tail = (speaker ? speaker.last : k + 1) + 1;
    // A cue inside the sentence ("Das sei, so Roth, ein Fehler") leaves the whole sentence quoted.
    const inside = tokens[tail]?.text === ',' && wordsBetween(tokens, tail, s.end) >= 2;
    if (!inside && lang === 'de' && !hasSubjunctive(tokens, { ...s, end: k }) && !isCueVerb(next.lower, lang)) continue;
    return { start: s.start, end: inside ? s.contentEnd : tokens[k]!.start, cue, speaker, carriesSpeaker: false };
  }
  return null;
}

/** The indirect quotation of a sentence, if it has one, by the first pattern that matches. */
export function findIndirect(ctx: SpeakerContext, s: SentenceTokens, lang: QuoteLanguage): IndirectHit | null {
  const found = cueAfter(ctx, s, lang) ?? cueBefore(ctx, s, lang) ?? attribution(ctx, s, lang);
  if (found) return found;
  if (lang !== 'de' || !(hasSubjunctive(ctx.tokens, s) || hasHearsay(ctx.tokens, s))) return null;
  // "Er gehe davon aus, …": a pronoun subject names the speaker, whoever spoke last.
  const subject = ctx.tokens[s.first];
  const verb = ctx.tokens[s.first + 1];
  const pronoun = subject !== undefined && PERSONAL_PRONOUNS.has(subject.lower) && verb !== undefined
    && (subject.lower === 'er' || !/en$/.test(verb.lower)) && (SUBJUNCTIVE_FORMS.has(verb.lower) || isSubjunctiveByForm(ctx.tokens, s.first + 1));
  if (pronoun) return { start: s.start, end: s.contentEnd, cue: null, speaker: { first: s.first, last: s.first }, carriesSpeaker: false };
  return { start: s.start, end: s.contentEnd, cue: null, speaker: null, carriesSpeaker: true };
}
