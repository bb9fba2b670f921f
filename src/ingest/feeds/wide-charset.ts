import iconv from 'iconv-lite';

const starts = (bytes: Uint8Array, prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

// XML 1.0 Appendix F: the first four bytes of "<?xm" (or a BOM) give away UTF-32 and UTF-16 even
// without a declaration the decoder could read. UTF-32 BOMs come first: FF FE 00 00 also starts like UTF-16LE's.
const SIGNATURES: Array<{ prefix: number[]; charset: string; skip: number }> = [
  { prefix: [0x00, 0x00, 0xfe, 0xff], charset: 'utf-32be', skip: 4 },
  { prefix: [0xff, 0xfe, 0x00, 0x00], charset: 'utf-32le', skip: 4 },
  { prefix: [0x00, 0x00, 0x00, 0x3c], charset: 'utf-32be', skip: 0 },
  { prefix: [0x3c, 0x00, 0x00, 0x00], charset: 'utf-32le', skip: 0 },
  { prefix: [0x00, 0x3c, 0x00, 0x3f], charset: 'utf-16be', skip: 0 },
  { prefix: [0x3c, 0x00, 0x3f, 0x00], charset: 'utf-16le', skip: 0 },
];

/**
 * Decodes an XML document written in UTF-32 (with or without BOM) or in UTF-16 without a BOM, which
 * the general charset detection does not cover; null for anything else.
 */
export function decodeWideXml(bytes: Uint8Array): { text: string; charset: string } | null {
  const hit = SIGNATURES.find((s) => starts(bytes, s.prefix));
  if (!hit) return null;
  return { text: iconv.decode(Buffer.from(bytes.subarray(hit.skip)), hit.charset), charset: hit.charset };
}
