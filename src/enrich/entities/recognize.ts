// Finds name spans in a token stream and gives each a type from the name lists and its context.
import {
  baseForm, hasPlaceSuffix, isDeterminer, isGivenName, isKnownOrg, isNameWord, isOrgHead, isPlace, isRoleWord, isTitle,
  isCompoundNoun, isLexiconNoun, looksLikeNameAdjective,
} from './classify.ts';
import { isGermanNoun } from '../text/german-nouns.ts';
import { FOREIGN_PLACE_OPENERS, PLACE_CUES, PLACE_HEADS } from './gazetteer.ts';
import { isAcronym, isCapitalised, type Token } from './tokens.ts';
import { COMMON_NOUNS, FUNCTION_WORDS, wordSet } from './words.ts';

/** The kinds of entity the contract knows. */
export type EntityType = 'person' | 'organization' | 'place';

/** A name found in the text before aliases are merged; `unknown` ones survive only as aliases. */
export interface RawMention {
  first: number;
  last: number;
  type: EntityType | 'unknown';
}

// Particles inside personal names ("Ursula von der Leyen", "Ludwig van Beethoven").
const NAME_PARTICLES = wordSet('von van de der den da di du zu bin al le la');
const ARTICLES = wordSet('der den');
const CLUB_PREFIXES = wordSet('fc sv tsv vfb vfl sc sg fsv tus ssv bsc');
// Legal forms close a company's name, whatever words stand before them ("Nordlicht Solar GmbH").
const LEGAL_FORMS = wordSet('gmbh ag se kg kgaa e.v ev inc ltd llc corp plc n.v nv');
// Verbs right after a bare surname mark it as a person ("Kiesewetter fordert", "Roth sagte").
const PERSON_VERBS = wordSet(`sagte sagt sagten erklärte erklärt betonte betont meinte meint forderte fordert
  kritisierte kritisiert warnte warnt sprach spricht schrieb schreibt teilte räumte kündigte fügte
  said says told added warned argued wrote asked`);

const LOWER_CASE_ORGS = wordSet('dpa ddp epd kna taz');

function isWordAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.word === true;
}

/** The end of a span of capitalised adjectives followed by a capitalised head ("Deutsche Bank"). */
function adjectiveNameEnd(tokens: Token[], i: number): number | null {
  // Without a name adjective at i there is no span (asked first: the cheaper test, and both are pure).
  if (!looksLikeNameAdjective(tokens[i]!)) return null;
  // "Tierpflegerin Maren Stolz": after a role or title comes a person, whatever its endings.
  if (personCue(tokens[i - 1])) return null;
  let j = i;
  while (tokens[j] && looksLikeNameAdjective(tokens[j]!)) j++;
  const head = tokens[j];
  if (j === i || !head || !head.word || !isCapitalised(head.text)) return null;
  // "Deutsche Bank", "Vereinte Nationen": the head is a noun or an institution, not a surname
  // ("Malte Brüggemann" looks like adjective + noun too).
  const institutional = isOrgHead(head.lower, true) || isPlace(head.lower) || isKnownOrg(head.lower) || PLACE_HEADS.has(head.lower);
  return institutional ? j : null;
}

/** Whether a word puts a person's name after it: a title ("Frau", "Dr.") or a role ("Tierpflegerin"). */
function personCue(token: Token | undefined): boolean {
  return token !== undefined && token.word && (isTitle(token.lower) || isRoleWord(token.lower));
}

/** The last token of a name that starts at `i`, joining name words and inner particles. */
function nameEnd(tokens: Token[], i: number): number {
  let j = i;
  // "sagte Ilka Brenner": after a speech verb, or before one ("Ilka Brenner sagte"), two names are a person's.
  const speechAround = PERSON_VERBS.has(tokens[i - 1]?.lower ?? '') || PERSON_VERBS.has(tokens[i + 2]?.lower ?? '');
  const personal = isGivenName(tokens[i]!.lower) || personCue(tokens[i - 1]) || speechAround;
  for (;;) {
    const next = tokens[j + 1];
    const adjacent = next !== undefined && tokens[j]!.end + 1 >= next.start && !next.initial;
    // Right after a given name (or the first word after a title or role) any capitalised word is the
    // surname: surnames often read as nouns (Fischer, Adler, Brelie). Further words must be names.
    const firstNames = j === i || isGivenName(tokens[j]!.lower);
    const surname = personal && firstNames && next !== undefined && next.word && isCapitalised(next.text) && !FUNCTION_WORDS.has(next.lower) && !isRoleWord(next.lower);
    // Past a name that is not a person's, a compound noun ("Asien Schlussbericht") is no part of it.
    const nameWord = isNameWord(next ?? tokens[j]!) && (personal || isAcronym(next?.text ?? '') || !isCompoundNoun(next?.lower ?? ''));
    if (adjacent && next.word && (nameWord || surname)) {
      j++;
      continue;
    }
    // "von der Leyen", "van Gogh", "zu Guttenberg"; but an article alone ("Kurt Miller den Test") or a
    // noun after the particles ("Scheffel zu Gast") ends the name.
    if (personal && next && NAME_PARTICLES.has(next.text) && !ARTICLES.has(next.text)) {
      let k = j + 1;
      while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.text)) k++;
      if (tokens[k] && isCapitalised(tokens[k]!.text) && k - j <= 3 && !isGermanNoun(tokens[k]!.lower)) {
        j = k;
        continue;
      }
    }
    return j;
  }
}

/**
 * Where a name found at i..last really starts: "Kommandant Egon Reiß" (an unknown word before a
 * given name is a function), "Rockband Fold Zandura", "Chemiekonzern BASF" (a common noun, also a
 * compound the lexicon lacks, stands in apposition before the name).
 */
function nameStart(tokens: Token[], i: number, last: number): number {
  if (isGivenName(tokens[i]!.lower)) return i;
  for (let k = i + 1; k < last; k++) if (isGivenName(tokens[k]!.lower)) return k;
  let first = i;
  // An institution compound is a name of its own ("Industriekreditbank"), unless a short name follows
  // that it only describes ("Chemiekonzern BASF").
  const describes = (k: number) => !isOrgHead(tokens[k]!.lower, true) || isAcronym(tokens[k + 1]!.text) || isKnownOrg(tokens[k + 1]!.lower);
  while (first < last && !isPlace(tokens[first]!.lower) && !isKnownOrg(tokens[first]!.lower) && !isAcronym(tokens[first]!.text)
    && isCompoundNoun(tokens[first]!.lower) && describes(first)) first++;
  return first;
}

function typeOfSpan(tokens: Token[], first: number, last: number): EntityType | 'unknown' {
  const span = tokens.slice(first, last + 1);
  const joined = span.map((t) => t.lower).join(' ');
  const head = span.at(-1)!;
  const prev = tokens[first - 1];
  if (isPlace(joined)) return 'place';
  if (isKnownOrg(joined)) return 'organization';
  // A bare head ("Amt", "Rat") is a noun; a compound ("Bundesamt") or a longer name is an organisation,
  // unless an article makes the one word a description ("der Heimatverein", "die Stadtbahn").
  const described = span.length === 1 && prev !== undefined && prev.word && isDeterminer(prev.lower);
  if (isOrgHead(head.lower, true) && (span.length >= 2 || !isOrgHead(head.lower, false))) return described ? 'unknown' : 'organization';
  // "Industriekreditbank IKB": an institution compound anywhere in a longer name.
  if (span.length >= 2 && span.slice(0, -1).some((t) => isOrgHead(t.lower, true) && !isOrgHead(t.lower, false))) return 'organization';
  if (isGivenName(span[0]!.lower) && span.length >= 2) return 'person';
  if (prev && prev.word && (isTitle(prev.lower) || isRoleWord(prev.lower))) return 'person';
  if (span.length === 1 && isAcronym(head.text)) return 'organization';
  if (span.length >= 2 && (FOREIGN_PLACE_OPENERS.has(span[0]!.lower) || PLACE_HEADS.has(head.lower))) return 'place';
  if (span.length >= 2) return span.some((t) => isPlace(t.lower)) ? 'organization' : 'person';
  if (isGivenName(head.lower)) return 'unknown';
  if (prev && prev.word && isDeterminer(prev.lower)) return 'unknown';
  if (hasPlaceSuffix(head.lower)) return 'place';
  // After "in"/"aus" a name is a place, but a plural dative ("in Zeiten") is not.
  // A compound noun the lexicon lacks is no place either ("nach Verkaufsstart").
  if (prev && prev.word && PLACE_CUES.has(prev.lower) && !head.initial && !/(?:en|ern)$/.test(head.lower) && !isCompoundNoun(head.lower)) return 'place';
  const next = tokens[last + 1];
  if (next && next.word && PERSON_VERBS.has(next.lower)) return 'person';
  return 'unknown';
}

/**
 * "Nordlicht Solar GmbH", "Autobauer Kessler AG": a run of capitalised words closed by a legal form is
 * a company, common nouns included; a noun in front of a name word only says what the company is.
 * Returns the first and last token of the name, or null when no legal form closes the run at `i`.
 */
function companyAt(tokens: Token[], i: number): { first: number; last: number } | null {
  let k = i;
  while (k - i < 6 && tokens[k]?.word && isCapitalised(tokens[k]!.text) && !LEGAL_FORMS.has(tokens[k]!.lower)) {
    if (FUNCTION_WORDS.has(tokens[k]!.lower) || tokens[k + 1]?.start !== undefined && tokens[k + 1]!.start > tokens[k]!.end + 1) return null;
    k++;
  }
  const form = tokens[k];
  if (k === i || !form?.word || !LEGAL_FORMS.has(form.lower.replace(/\.$/, ''))) return null;
  let first = i;
  // "die Firma …", "Konzern …": a word of our noun list or a role always goes; a compound noun only
  // before a word the lexicon does not know ("Autobauer Kessler AG", not "Mühlbauer Logistik GmbH").
  const describes = (t: Token, next: Token) => COMMON_NOUNS.has(t.lower) || isRoleWord(t.lower) || (isCompoundNoun(t.lower) && !isGermanNoun(next.lower));
  while (first < k - 1 && describes(tokens[first]!, tokens[first + 1]!)) first++;
  return { first, last: k };
}

/** Every name span of a tokenised text with a first guess at its type. */
export function findMentions(tokens: Token[]): RawMention[] {
  const mentions: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isWordAt(tokens, i)) continue;
    // Agencies that write their own name in lower case ("dpa") are names all the same.
    if (LOWER_CASE_ORGS.has(token.text)) {
      mentions.push({ first: i, last: i, type: 'organization' });
      continue;
    }
    if (!isCapitalised(token.text)) continue;
    const company = companyAt(tokens, i);
    if (company) {
      mentions.push({ ...company, type: 'organization' });
      i = company.last;
      continue;
    }
    const adjectiveHead = adjectiveNameEnd(tokens, i);
    if (adjectiveHead !== null) {
      let last = isNameWord(tokens[adjectiveHead]!) ? nameEnd(tokens, adjectiveHead) : adjectiveHead;
      // "Mühlbauer Logistik GmbH": a legal form or further name words close the name.
      while (tokens[last + 1]?.word && isCapitalised(tokens[last + 1]!.text) && (isOrgHead(tokens[last + 1]!.lower, false) || isNameWord(tokens[last + 1]!))) last++;
      const joined = tokens.slice(i, last + 1).map((t) => t.lower).join(' ');
      const place = isPlace(joined) || PLACE_HEADS.has(tokens[last]!.lower);
      mentions.push({ first: i, last, type: place ? 'place' : 'organization' });
      i = last;
      continue;
    }
    // "Dr. Oltmanns": the dot of the title does not end a sentence.
    const nameAt = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
    const after = tokens[nameAt];
    if (isTitle(token.lower) && after && after.word && isCapitalised(after.text) && !FUNCTION_WORDS.has(after.lower)) {
      const last = nameEnd(tokens, nameAt);
      mentions.push({ first: nameAt, last, type: 'person' });
      i = last;
      continue;
    }
    // "Bürgermeister Fischer": a noun that is also a surname is a name right after a role or title.
    const surnameAfterRole = !token.initial && isLexiconNoun(token.lower) && personCue(tokens[i - 1]);
    if (!isNameWord(token) && !surnameAfterRole) continue;
    const last = nameEnd(tokens, i);
    const first = nameStart(tokens, i, last);
    // "Universität Tübingen", "Stiftung Warentest", "FC Rheinau": an institution word or a club's
    // initials right before a name make it the institution's name.
    const before = tokens[first - 1];
    const institution = before !== undefined && before.word && isCapitalised(before.text) && before.end + 1 >= tokens[first]!.start
      && (isOrgHead(before.lower, false) || CLUB_PREFIXES.has(before.lower)) && !isKnownOrg(tokens[first]!.lower);
    if (institution && first === i) mentions.push({ first: first - 1, last, type: 'organization' });
    else mentions.push({ first, last, type: CLUB_PREFIXES.has(tokens[first]!.lower) && last > first ? 'organization' : typeOfSpan(tokens, first, last) });
    i = last;
  }
  return mentions;
}

/** The lookup key of a mention for alias merging: its words without a genitive ending. */
export function mentionKey(tokens: Token[], m: RawMention): string {
  return tokens.slice(m.first, m.last + 1).map((t, k, all) => (k === all.length - 1 ? baseForm(t.lower) : t.lower)).join(' ');
}
