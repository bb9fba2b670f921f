// Who speaks: the noun phrase next to a speech cue, resolved to a named entity of the text when it
// names one, a pronoun ("sagte er") or a role ("so der SPD-Politiker") refers to one.
import { isDeterminer, isRoleWord } from '../entities/classify.ts';
import { isGermanNoun } from '../text/german-nouns.ts';
import type { EntityMention } from '../entities/index.ts';
import { isCapitalised, type Token } from '../entities/tokens.ts';
import { FUNCTION_WORDS, SENTENCE_OPENERS, wordSet } from '../entities/words.ts';
import { ENGLISH_CUE_VERBS, GERMAN_CUE_VERBS, PERSONAL_PRONOUNS } from './cues.ts';

/** What the speaker finder reads: the text, its tokens and its entity mentions. */
export interface SpeakerContext {
  text: string;
  tokens: Token[];
  mentions: EntityMention[];
}

/** A speaker found in the text: its phrase (token range) and the name it resolves to. */
export interface Speaker {
  first: number;
  last: number;
  name: string;
}

// Inside a postposed speaker phrase only the genitive may continue it ("der Sprecher des Amtes");
// a dative ("sagte Roth dem Sender") or a preposition ends it.
const GENITIVE = wordSet('des der eines einer');
const MAX_PHRASE = 8;
const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«', '‚', '‘']);
const DEFINITE = wordSet('der die dem den the');
const PREPOSITIONAL = wordSet('im am zum zur beim vom ins');
// Plural role nouns ("die Politiker", "die Ärzte") speak for a group, not for the last person named.
const PLURAL_ROLE = /(?:innen|ern|en)$/;

/** Index of the first token that starts at or after an offset. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The noun phrase that starts at token `i` ("der SPD-Politiker", "Roth", "er", "ein Sprecher des Amtes"). */
export function phraseAt(tokens: Token[], i: number): { first: number; last: number } | null {
  const t = tokens[i];
  if (!t?.word) return null;
  if (PERSONAL_PRONOUNS.has(t.lower)) return { first: i, last: i };
  const opensWithArticle = isDeterminer(t.lower);
  if (!opensWithArticle && (!isCapitalised(t.text) || FUNCTION_WORDS.has(t.lower) || SENTENCE_OPENERS.has(t.lower))) return null;
  let last = i;
  let seenNoun = !opensWithArticle;
  let genitives = 0;
  for (let k = i + 1; k < tokens.length && k - i < MAX_PHRASE; k++) {
    const next = tokens[k]!;
    if (!next.word || tokens[k - 1]!.end + 2 < next.start) break;
    if ((isCapitalised(next.text) || /^\p{N}+-\p{Lu}/u.test(next.text)) && !FUNCTION_WORDS.has(next.lower)) {
      last = k;
      seenNoun = true;
      continue;
    }
    if (!seenNoun && !FUNCTION_WORDS.has(next.lower)) {
      last = k; // an adjective between article and noun
      continue;
    }
    if (opensWithArticle && seenNoun && GENITIVE.has(next.lower) && genitives === 0) {
      genitives++;
      continue;
    }
    break;
  }
  // English writes its nouns in lower case: "the fire service" is a phrase all the same.
  return seenNoun || last > i ? { first: i, last } : null;
}

function isCueWord(lower: string): boolean {
  return GERMAN_CUE_VERBS.has(lower) || ENGLISH_CUE_VERBS.has(lower);
}

function partyOf(role: string): string {
  return role.includes('-') ? role.split('-')[0]! : '';
}

function rolesMatch(said: string, known: string): boolean {
  const a = said.split('-').at(-1)!;
  const b = known.split('-').at(-1)!;
  const sameFunction = a === b || a.endsWith(b) || b.endsWith(a);
  return sameFunction && (partyOf(said) === '' || partyOf(said) === partyOf(known));
}

/** Resolves the phrase in tokens first..last, said at `position`, to an entity name or its own text. */
export function resolveSpeaker(ctx: SpeakerContext, first: number, last: number, position: number): Speaker {
  const { tokens, mentions, text } = ctx;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const phrase = text.slice(start, end);
  const before = mentions.filter((m) => m.type === 'person' && m.end <= position && (m.end <= start || m.start >= end));
  if (first === last && PERSONAL_PRONOUNS.has(tokens[first]!.lower)) {
    return { first, last, name: before.at(-1)?.canonical ?? phrase };
  }
  const inside = mentions.filter((m) => m.start >= start && m.end <= end);
  const named = inside.filter((m) => m.type === 'person').at(-1) ?? inside.filter((m) => m.type === 'organization').at(-1);
  if (named) return { first, last, name: named.canonical };
  const role = tokens.slice(first, last + 1).find((t) => isRoleWord(t.lower) || /-jährige[rn]?$/.test(t.lower));
  if (role) {
    const person = [...before].reverse().find((m) => m.roles.some((r) => rolesMatch(role.lower, r)));
    if (person) return { first, last, name: person.canonical };
    // "so der CSU-Politiker", "sagte die 17-Jährige", "dem Gewerkschafter zufolge": a definite role
    // at the cue points back to the last person named; as a subject before the cue it more often
    // brings in someone new.
    const postposed = (first > 0 && (tokens[first - 1]!.lower === 'so' || isCueWord(tokens[first - 1]!.lower)))
      || tokens[last + 1]?.lower === 'zufolge';
    const definite = postposed && DEFINITE.has(tokens[first]!.lower) && !PLURAL_ROLE.test(role.lower);
    if (definite && before.length > 0) return { first, last, name: before.at(-1)!.canonical };
  }
  if (inside[0]) return { first, last, name: inside[0].canonical };
  return { first, last, name: phrase };
}

/** The speaker of a cue when the subject comes first ("Roth sagte"), between `from` and the cue. */
export function speakerBefore(ctx: SpeakerContext, from: number, cue: number): { first: number; last: number } | null {
  const { tokens } = ctx;
  let first = from;
  // What stands in quotation marks before the cue is what was said, not who said it.
  for (let k = cue - 1; k > from; k--) {
    if (QUOTE_MARKS.has(tokens[k]!.text)) {
      first = k + 1;
      break;
    }
  }
  // The subject is the last phrase before the verb: skip openers such as "Dazu" or "Am Montag".
  while (first < cue && !tokens[first]!.word) first++;
  // "Wie die Polizei mitteilte, …": the subject follows the conjunction.
  if (tokens[first]?.lower === 'wie' || tokens[first]?.lower === 'as') first++;
  if (first >= cue) return null;
  const opener = tokens[first]!;
  const isOpener = FUNCTION_WORDS.has(opener.lower) || SENTENCE_OPENERS.has(opener.lower);
  if (isOpener && !isDeterminer(opener.lower) && !PERSONAL_PRONOUNS.has(opener.lower)) return null;
  // "Am Donnerstag sagte …", "Im Interview erklärte …": a preposition opens an adverbial, and the
  // subject follows the verb.
  if (PREPOSITIONAL.has(opener.lower)) return null;
  if (!isCapitalised(opener.text) && !isDeterminer(opener.lower)) return null;
  let last = cue - 1;
  while (last > first && !tokens[last]!.word) last--;
  // "Der Regierungssprecher wies das zurück:" – the subject is the phrase the clause opens with.
  const opening = phraseAt(tokens, first);
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  // "Lead author Priya Nair said": a bare function before the name belongs to it; "Der Sprecher
  // von Kanzler X sagte" has an article and speaks for itself.
  const named = ctx.mentions.find((m) => m.type === 'person' && m.start >= start && m.end === end);
  const bare = !tokens.slice(first, last + 1).some((t) => isDeterminer(t.lower));
  // "Der Fraktionschef der Linken, Otto Reimers, sprach": the name in apposition is the speaker.
  const appositive = named !== undefined && tokens[tokenAt(tokens, named.start) - 1]?.text === ',';
  if (named && appositive) return { first: tokenAt(tokens, named.start), last };
  if (opening && opening.last < last && !(named && bare)) return opening;
  if (last - first >= 10) return null;
  return { first, last };
}

function hasMention(ctx: SpeakerContext, phrase: { first: number; last: number }, types: readonly string[]): boolean {
  const start = ctx.tokens[phrase.first]!.start;
  const end = ctx.tokens[phrase.last]!.end;
  return ctx.mentions.some((m) => m.start >= start && m.end <= end && types.includes(m.type));
}

/**
 * The subject of a cue verb at `cue`: the phrase before it ("Die Polizei sagte"), else the one after it
 * ("Dazu sagte die Polizei"). After the verb wins when the phrase before names nobody and a person
 * follows ("Der Zeitung sagte Karl Brenner: …" — a dative first), or when the word before is an adverb
 * rather than a noun ("Ähnlich äußerte sich der Minister").
 */
export function subjectOf(ctx: SpeakerContext, from: number, cue: number): { first: number; last: number } | null {
  const before = speakerBefore(ctx, from, cue);
  // "äußerte sich der Minister": the reflexive pronoun stands between verb and subject.
  const after = phraseAt(ctx.tokens, ctx.tokens[cue + 1]?.lower === 'sich' ? cue + 2 : cue + 1);
  if (!before || !after) return before ?? after;
  const word = ctx.tokens[before.first]!;
  const adverb = before.first === before.last && word.initial && !isGermanNoun(word.lower) && !hasMention(ctx, before, ['person', 'organization', 'place'])
    && !PERSONAL_PRONOUNS.has(word.lower) && !isRoleWord(word.lower);
  if (adverb) return after;
  const pronounOrRole = PERSONAL_PRONOUNS.has(word.lower) || ctx.tokens.slice(before.first, before.last + 1).some((t) => isRoleWord(t.lower));
  if (!pronounOrRole && !hasMention(ctx, before, ['person']) && hasMention(ctx, after, ['person'])) return after;
  return before;
}
