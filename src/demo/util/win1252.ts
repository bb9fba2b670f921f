import iconv from 'iconv-lite';

// windows-1252 puts printable characters where ISO-8859-1 has C1 controls (0x80–0x9F); these are they.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Encodes an HTML document as windows-1252; characters the code page lacks become numeric character
 * references, as old CMSs do, so nothing turns into "?".
 */
export function encodeWindows1252Html(html: string): Uint8Array<ArrayBuffer> {
  let safe = '';
  for (const ch of html) {
    const code = ch.codePointAt(0) ?? 0;
    safe += code < 0x80 || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch) ? ch : `&#${code};`;
  }
  return new Uint8Array(iconv.encode(safe, 'windows-1252'));
}
