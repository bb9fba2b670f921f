// Entities of one text: people, organisations and places, with aliases merged to one canonical name.
import { baseForm, isDeterminer, isKnownOrg, isRoleWord } from './classify.ts';
import { PLACES } from './gazetteer.ts';
import { findMentions, mentionKey, type EntityType, type RawMention } from './recognize.ts';
import { isCapitalised, tokenize, type Token } from './tokens.ts';

export type { EntityType } from './recognize.ts';

/** One mention of an entity; offsets are UTF-16 indices into the text (end exclusive). */
export interface EntityMention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /** The fullest name of the entity in this text ("Roderich Kiesewetter" for "Kiesewetter"). */
  canonical: string;
  /** Role words seen right before or after the mention ("spd-politiker", "bundeskanzler"). */
  roles: string[];
}

/** The entities of a text and the tokens they were found in, for the quote finder to reuse. */
export interface EntityAnalysis {
  tokens: Token[];
  mentions: EntityMention[];
}

function surfaceName(tokens: Token[], m: RawMention): string {
  return tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
}

/** "Angela Merkels" becomes "Angela Merkel" when the text also has the name without the genitive. */
function mergeGenitives(mentions: EntityMention[]): void {
  const names = new Set(mentions.map((m) => m.canonical));
  for (const m of mentions) {
    const base = m.canonical.replace(/['’]?s$/, '');
    if (base !== m.canonical && names.has(base)) m.canonical = base;
  }
}

/** Role words next to a mention: "SPD-Politiker Roth", "Roth, Bundesminister der …". */
function rolesAround(tokens: Token[], m: RawMention): string[] {
  const roles: string[] = [];
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const t = tokens[k]!;
    if (!t.word) break;
    if (isRoleWord(t.lower)) roles.push(t.lower);
  }
  const after = tokens[m.last + 1];
  const role = tokens[m.last + 3];
  if (after?.text === ',' && role?.word && isRoleWord(role.lower)) roles.push(role.lower);
  if (after?.text === '(' && tokens[m.last + 2]?.word && tokens[m.last + 3]?.text === ')') roles.push(tokens[m.last + 2]!.lower);
  return roles;
}

/** Whether a one-word place or organisation carries a genitive -s ("Deutschlands", "Siemens'"). */
function singleGenitive(m: RawMention, token: Token): boolean {
  if (m.first !== m.last || baseForm(token.lower) === token.lower) return false;
  if (m.type === 'place') return !PLACES.has(token.lower) && PLACES.has(baseForm(token.lower));
  return m.type === 'organization' && isKnownOrg(baseForm(token.lower)) && !isKnownOrg(token.lower);
}

/**
 * "Anton Krämer … sagte Krämer": a surname that is also a common noun is not found on its own, but
 * once the text has named the person in full, its later bare mentions are theirs ("der Krämer" stays a noun).
 */
function addSurnameMentions(tokens: Token[], raw: RawMention[], bySurname: Map<string, string>): void {
  // Without a full name there is no surname to find (the sort below keeps the order either way).
  if (bySurname.size === 0) {
    raw.sort((a, b) => a.first - b.first);
    return;
  }
  const covered = new Set<number>();
  for (const m of raw) for (let k = m.first; k <= m.last; k++) covered.add(k);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered.has(i) || !t.word || !isCapitalised(t.text) || !bySurname.get(baseForm(t.lower))) continue;
    const prev = tokens[i - 1];
    if (prev?.word && isDeterminer(prev.lower)) continue;
    raw.push({ first: i, last: i, type: 'person' });
  }
  raw.sort((a, b) => a.first - b.first);
}

/** Finds the entities of a text and merges short forms into the fullest name of the same entity. */
export function analyzeEntities(text: string): EntityAnalysis {
  const tokens = tokenize(text);
  const found = findMentions(tokens);
  // Full personal names teach the surnames that later stand alone ("Kiesewetter" → the full name).
  const bySurname = new Map<string, string>();
  const canonicalOf = new Map<string, string>();
  for (const m of found) {
    if (m.type === 'person' && m.last > m.first) bySurname.set(baseForm(tokens[m.last]!.lower), '');
  }
  // "Falters Chancen" is a surname in the genitive and the noun it governs, not a two-word name.
  const raw = found.map((m): RawMention => {
    const head = tokens[m.first]!.lower;
    const genitive = m.last > m.first && head !== baseForm(head) && bySurname.has(baseForm(head));
    return genitive ? { first: m.first, last: m.first, type: 'person' } : m;
  });
  for (const m of raw) {
    if (m.type !== 'person' || m.last === m.first) continue;
    const name = surfaceName(tokens, m);
    bySurname.set(baseForm(tokens[m.last]!.lower), name);
    canonicalOf.set(mentionKey(tokens, m), name);
  }
  addSurnameMentions(tokens, raw, bySurname);
  const mentions: EntityMention[] = [];
  for (const m of raw) {
    const key = mentionKey(tokens, m);
    let type = m.type;
    let canonical = canonicalOf.get(key);
    if (m.first === m.last) {
      const fuller = bySurname.get(key);
      if (fuller && (type === 'person' || type === 'unknown')) {
        type = 'person';
        canonical = fuller;
      }
    }
    if (type === 'unknown') continue;
    const first = tokens[m.first]!;
    const last = tokens[m.last]!;
    const surface = text.slice(first.start, last.end);
    canonical ??= singleGenitive(m, last) ? surface.replace(/['’]?s$/, '') : surfaceName(tokens, m);
    mentions.push({ text: surface, type, start: first.start, end: last.end, canonical, roles: rolesAround(tokens, m) });
  }
  mergeGenitives(mentions);
  return { tokens, mentions };
}
