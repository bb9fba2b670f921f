import iconv from 'iconv-lite';

interface Candidate {
  charset: string;
  /** How well the decoded non-ASCII characters fit the script the charset is written in, 0–1. */
  fit: (chars: string[]) => number;
}

const inRange = (c: string, ranges: Array<[number, number]>): boolean => {
  const code = c.codePointAt(0)!;
  return ranges.some(([lo, hi]) => code >= lo && code <= hi);
};
const share = (chars: string[], test: (c: string) => boolean): number => chars.filter(test).length / chars.length;

const CJK: Array<[number, number]> = [[0x4e00, 0x9fff], [0x3000, 0x303f], [0xff00, 0xffef]];
const KANA: Array<[number, number]> = [[0x3040, 0x30ff]];
// The most frequent Chinese characters in their simplified and traditional forms tell GB from Big5.
const SIMPLIFIED = new Set('的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里');
const TRADITIONAL = new Set('的一是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡');

const cyrillic = (chars: string[]): number =>
  // Running text is mostly lower case: that separates KOI8-R from windows-1251, which swap the cases.
  share(chars, (c) => inRange(c, [[0x0400, 0x04ff]])) * (0.5 + share(chars, (c) => inRange(c, [[0x0430, 0x044f]])) / 2);

// Ideographs, weighted by how many of them are the everyday characters of that script form.
const chinese = (chars: string[], common: Set<string>): number =>
  share(chars, (c) => inRange(c, CJK)) * (0.6 + Math.min(1, share(chars, (c) => common.has(c)) * 4) * 0.4);

const CANDIDATES: Candidate[] = [
  { charset: 'shift_jis', fit: (cs) => share(cs, (c) => inRange(c, [...CJK, ...KANA])) * (0.5 + share(cs, (c) => inRange(c, KANA)) / 2) },
  { charset: 'euc-jp', fit: (cs) => share(cs, (c) => inRange(c, [...CJK, ...KANA])) * (0.5 + share(cs, (c) => inRange(c, KANA)) / 2) },
  // Korean text is written almost wholly in Hangul; Chinese read as EUC-KR comes out as Hanja.
  { charset: 'euc-kr', fit: (cs) => share(cs, (c) => inRange(c, [[0xac00, 0xd7a3], [0x3130, 0x318f]])) },
  { charset: 'gb18030', fit: (cs) => chinese(cs, SIMPLIFIED) },
  { charset: 'big5', fit: (cs) => chinese(cs, TRADITIONAL) },
  { charset: 'koi8-r', fit: cyrillic },
  // Hebrew letters sit where windows-1251 has lower-case а–ъ; on a tie the Hebrew reading wins,
  // since Russian text also uses э–я and capitals, which Hebrew bytes never give.
  { charset: 'windows-1255', fit: (cs) => share(cs, (c) => inRange(c, [[0x0590, 0x05ff]])) },
  { charset: 'windows-1251', fit: cyrillic },
  { charset: 'tis-620', fit: (cs) => share(cs, (c) => inRange(c, [[0x0e00, 0x0e7f]])) },
];

/** The average length of the runs of bytes ≥ 0x80: about 1 for Western text (ü, é between ASCII letters). */
function highRunLength(bytes: Uint8Array): number {
  let runs = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    high++;
    if (i === 0 || bytes[i - 1]! < 0x80) runs++;
  }
  return runs === 0 ? 0 : high / runs;
}

/**
 * Guesses the charset of a document that declares none and is not UTF-8: the East Asian, Cyrillic,
 * Hebrew and Thai charsets whose text decodes cleanly into its own script. Null for text that looks
 * Western (isolated high bytes), which the windows-1252 fallback reads correctly.
 */
export function guessCharset(bytes: Uint8Array): string | null {
  if (highRunLength(bytes) < 2) return null;
  let best: { charset: string; score: number } | null = null;
  for (const candidate of CANDIDATES) {
    const text = iconv.decode(Buffer.from(bytes), candidate.charset);
    if (text.includes('\ufffd')) continue;
    const chars = [...text].filter((c) => c.charCodeAt(0) >= 0x80);
    if (chars.length === 0) continue;
    const score = candidate.fit(chars);
    if (score > 0.6 && (!best || score > best.score)) best = { charset: candidate.charset, score };
  }
  return best?.charset ?? null;
}

/** The document decoded with the guessed charset, or null when there is no confident guess. */
export function decodeGuessed(bytes: Uint8Array): { text: string; charset: string } | null {
  const charset = guessCharset(bytes);
  return charset ? { text: iconv.decode(Buffer.from(bytes), charset), charset } : null;
}
