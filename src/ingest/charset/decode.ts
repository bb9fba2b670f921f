import iconv from 'iconv-lite';
import { isAscii, isUtf8 } from 'node:buffer';

/** Where the character encoding of a document was learnt from. */
export type CharsetSource = 'bom' | 'header' | 'declaration' | 'utf8' | 'fallback';

/** Decoded text with the encoding used and how it was chosen. */
export interface DecodedDocument {
  text: string;
  charset: string;
  source: CharsetSource;
  /** Set when a declared charset was overridden because the bytes contradict it. */
  overridden?: { declared: string; reason: string };
}

/** What kind of document the bytes are, which decides where a declaration is looked for. */
export type DocumentKind = 'html' | 'xml' | 'json' | 'text';

const PRESCAN_BYTES = 4096;
// WHATWG Encoding: these labels mean windows-1252 on the web (iso-8859-1 bytes 0x80–0x9F are C1
// controls that no real page means; browsers decode them as windows-1252).
const WINDOWS_1252_ALIASES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252', 'x-cp1252']);
const SINGLE_BYTE_WESTERN = new Set(['windows-1252', 'iso-8859-15', 'iso-8859-2', 'windows-1250']);

/** Normalises a charset label to a name iconv-lite knows, or null when it is unknown. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!l) return null;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (WINDOWS_1252_ALIASES.has(l)) return 'windows-1252';
  if (l === 'utf-16' || l === 'utf-16le' || l === 'utf-16be') return l === 'utf-16' ? 'utf-16le' : l;
  return iconv.encodingExists(l) ? l : null;
}

/** The `charset` parameter of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType) : null;
  return m?.[2] ?? null;
}

function bomCharset(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** The charset named inside the document: the XML declaration, or an HTML `<meta>` in the first 4 KiB. */
export function declaredCharset(bytes: Uint8Array, kind: DocumentKind): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!;
  if (kind === 'html' || kind === 'xml') {
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
    if (meta) return meta[1]!;
  }
  return null;
}

/** The text of bytes that are valid UTF-8, or null. (Validating first and then decoding leniently is
 * several times faster in Node than a fatal TextDecoder, which goes through ICU.) */
function tryUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * Decodes a fetched document to text. Order: byte-order mark, then the Content-Type charset, then the
 * declaration in the document (XML declaration or HTML meta), then strict UTF-8, then windows-1252.
 * A declared single-byte Western charset is overridden when the bytes are valid UTF-8 with multi-byte
 * sequences: real Latin-1 text almost never forms such sequences, while mislabelled UTF-8 is common.
 * Single-byte charsets are always decoded with iconv-lite (Node 20's TextDecoder maps 0x80 wrongly).
 */
export function decodeDocument(
  bytes: Uint8Array,
  options: { contentType?: string | null; kind: DocumentKind },
): DecodedDocument {
  const bom = bomCharset(bytes);
  if (bom) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.charset), charset: bom.charset, source: 'bom' };
  }
  const candidates: Array<[string | null, CharsetSource]> = [
    [charsetFromContentType(options.contentType), 'header'],
    [options.kind === 'json' ? null : declaredCharset(bytes, options.kind), 'declaration'],
  ];
  for (const [label, source] of candidates) {
    const charset = normalizeCharset(label);
    if (!charset) continue;
    // A document without a BOM cannot be UTF-16 if it declared itself in ASCII bytes.
    if (charset.startsWith('utf-16') && source === 'declaration') continue;
    if (charset === 'utf-8') {
      const text = tryUtf8(bytes);
      if (text !== null) return { text, charset, source };
      const fallback = iconv.decode(Buffer.from(bytes), 'windows-1252');
      return { text: fallback, charset: 'windows-1252', source: 'fallback', overridden: { declared: label!, reason: 'bytes are not valid UTF-8' } };
    }
    if (SINGLE_BYTE_WESTERN.has(charset) && !isAscii(bytes)) {
      const text = tryUtf8(bytes);
      if (text !== null) {
        return { text, charset: 'utf-8', source: 'utf8', overridden: { declared: label!, reason: 'bytes are valid UTF-8' } };
      }
    }
    return { text: iconv.decode(Buffer.from(bytes), charset), charset, source };
  }
  const text = tryUtf8(bytes);
  if (text !== null) return { text, charset: 'utf-8', source: 'utf8' };
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252', source: 'fallback' };
}
