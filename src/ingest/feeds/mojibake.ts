import iconv from 'iconv-lite';

// The windows-1252 characters of bytes 0x80–0x9F; the other bytes ≥ 0x80 stand for U+0080–U+00FF.
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH[i]!, 0x80 + i);

const CONT = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\\\]^-]/g, '\\$&')}]`;
// UTF-8 read as windows-1252 (or Latin-1): "Ã¤" for "ä", "Â©" for "©", "â€ž" for "„". Only the
// leads of Latin-1 letters (C2, C3) and of punctuation and currency (E2 80–82) are repaired, so
// that real text such as "Fuß“" (DF 93 as bytes) is never taken for a broken sequence.
const MOJIBAKE_RE = new RegExp(`[\\u00c2\\u00c3]${CONT}|\\u00e2${CONT}${CONT}`, 'g');

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function repairOne(seq: string): string {
  const bytes = [...seq].map((c) => BYTE_OF.get(c));
  if (bytes.some((b) => b === undefined)) return seq;
  let decoded: string;
  try {
    decoded = strictUtf8.decode(new Uint8Array(bytes as number[]));
  } catch {
    return seq;
  }
  const code = decoded.codePointAt(0)!;
  const plausible = (code >= 0x80 && code <= 0xff) || (code >= 0x2000 && code <= 0x20cf);
  return plausible ? decoded : seq;
}

/**
 * Repairs text that was UTF-8, decoded once too often as windows-1252 ("MÃ¼nchen" → "München",
 * "â€¦" → "…"). Text without such sequences comes back unchanged.
 */
export function repairMojibake(text: string): string {
  // Three searches for one character each are many times faster than one pattern with a class of three.
  if (!text.includes('\u00c3') && !text.includes('\u00c2') && !text.includes('\u00e2')) return text;
  return text.replace(MOJIBAKE_RE, repairOne);
}
