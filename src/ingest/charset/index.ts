export { decodeDocument, normalizeCharset, charsetFromContentType, declaredCharset } from './decode.ts';
export type { DecodedDocument, DocumentKind, CharsetSource } from './decode.ts';
