// The English ("Porter2") stemming algorithm of the Snowball project, written out from its published
// description: "running" and "runs" both become "run", "elections" "elect".

const VOWEL = /[aeiouy]/;
const DOUBLES = ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt'];
const LI_ENDING = new Set(['c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't']);

const EXCEPTIONS: Record<string, string> = {
  skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl', ugly: 'ugli',
  early: 'earli', only: 'onli', singly: 'singl', sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas',
  cosmos: 'cosmos', bias: 'bias', andes: 'andes',
};
const AFTER_1A = new Set(['inning', 'outing', 'canning', 'herring', 'earring', 'proceed', 'exceed', 'succeed']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWEL.test(c);
}

function regionAfter(w: string, from: number): number {
  for (let i = from + 1; i < w.length; i++) if (!isVowel(w[i]) && isVowel(w[i - 1])) return i + 1;
  return w.length;
}

/** A short syllable ends at `end` (exclusive): non-vowel, vowel, non-vowel other than w, x, Y; or vowel, non-vowel at the start. */
function shortSyllableAt(w: string, end: number): boolean {
  if (end === 2) return isVowel(w[0]) && !isVowel(w[1]);
  const [a, b, c] = [w[end - 3], w[end - 2], w[end - 1]];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && c !== 'w' && c !== 'x' && c !== 'Y';
}

function replaceSuffix(w: string, suffix: string, by: string): string {
  return w.slice(0, w.length - suffix.length) + by;
}

/** The longest of `suffixes` that `w` ends with. */
function longestSuffix(w: string, suffixes: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const s of suffixes) if (w.endsWith(s) && (best === undefined || s.length > best.length)) best = s;
  return best;
}

const STEP2: Record<string, string> = {
  tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize', ational: 'ate',
  ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful', ousli: 'ous', ousness: 'ous',
  iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogi: 'og', fulli: 'ful', lessli: 'less', li: '',
};
const STEP3: Record<string, string> = {
  tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: '',
};
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion'];

/** The stem of one lower-case English word. */
export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  let w = word.replace(/^'/, '');
  // y at the start or after a vowel is a consonant.
  w = w.replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  let p1 = regionAfter(w, 0);
  const special = ['gener', 'commun', 'arsen'].find((p) => w.startsWith(p));
  if (special !== undefined) p1 = special.length;
  const p2 = regionAfter(w, p1);
  const inR1 = (s: string) => w.length - s.length >= p1;
  const inR2 = (s: string) => w.length - s.length >= p2;

  // Step 0
  const s0 = longestSuffix(w, ["'s'", "'s", "'"]);
  if (s0 !== undefined) w = w.slice(0, -s0.length);
  // Step 1a
  const s1a = longestSuffix(w, ['sses', 'ied', 'ies', 'us', 'ss', 's']);
  if (s1a === 'sses') w = replaceSuffix(w, 'sses', 'ss');
  else if (s1a === 'ied' || s1a === 'ies') w = replaceSuffix(w, s1a, w.length > 4 ? 'i' : 'ie');
  else if (s1a === 's' && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);
  if (AFTER_1A.has(w)) return w;
  // Step 1b
  const s1b = longestSuffix(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
  if (s1b === 'eed' || s1b === 'eedly') {
    if (inR1(s1b)) w = replaceSuffix(w, s1b, 'ee');
  } else if (s1b !== undefined && /[aeiouy]/.test(w.slice(0, -s1b.length))) {
    w = w.slice(0, -s1b.length);
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (DOUBLES.some((d) => w.endsWith(d))) w = w.slice(0, -1);
    else if (p1 >= w.length && shortSyllableAt(w, w.length)) w += 'e';
  }
  // Step 1c
  if ((w.endsWith('y') || w.endsWith('Y')) && w.length > 2 && !isVowel(w[w.length - 2])) w = w.slice(0, -1) + 'i';
  // Step 2
  const s2 = longestSuffix(w, Object.keys(STEP2));
  if (s2 !== undefined && inR1(s2)) {
    if (s2 === 'ogi') {
      if (w[w.length - 4] === 'l') w = replaceSuffix(w, s2, 'og');
    } else if (s2 === 'li') {
      if (LI_ENDING.has(w[w.length - 3] ?? '')) w = w.slice(0, -2);
    } else w = replaceSuffix(w, s2, STEP2[s2]!);
  }
  // Step 3
  const s3 = longestSuffix(w, Object.keys(STEP3));
  if (s3 !== undefined && inR1(s3)) {
    if (s3 === 'ative') {
      if (inR2(s3)) w = w.slice(0, -5);
    } else w = replaceSuffix(w, s3, STEP3[s3]!);
  }
  // Step 4
  const s4 = longestSuffix(w, STEP4);
  if (s4 !== undefined && inR2(s4)) {
    if (s4 === 'ion') {
      if (w[w.length - 4] === 's' || w[w.length - 4] === 't') w = w.slice(0, -3);
    } else w = w.slice(0, -s4.length);
  }
  // Step 5
  if (w.endsWith('e') && (inR2('e') || (inR1('e') && !shortSyllableAt(w, w.length - 1)))) w = w.slice(0, -1);
  else if (w.endsWith('ll') && inR2('l')) w = w.slice(0, -1);
  return w.replace(/Y/g, 'y');
}
