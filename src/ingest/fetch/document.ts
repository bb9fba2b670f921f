import { decodeDocument, type DocumentKind } from '../charset/index.ts';
import type { FetchOptions, FetchResult, HttpClient } from './types.ts';

/** A fetched document with its text; text and charset are null when there is no body (e.g. 304). */
export interface DocumentResult extends FetchResult {
  text: string | null;
  charset: string | null;
}

// What we prefer for each kind, still accepting anything: sites often send feeds as text/html.
const ACCEPT: Record<DocumentKind, string> = {
  html: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
  xml: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  json: 'application/feed+json, application/json;q=0.9, */*;q=0.5',
  text: 'text/plain, */*;q=0.5',
};

/** Fetches a document and decodes its body to text, with the charset rules of decodeDocument. */
export async function fetchDocument(
  client: HttpClient,
  url: string,
  options: FetchOptions & { kind: DocumentKind },
): Promise<DocumentResult> {
  const { kind, ...fetchOptions } = options;
  const result = await client.fetch(url, { ...fetchOptions, accept: fetchOptions.accept ?? ACCEPT[kind] });
  if (result.body.length === 0) return { ...result, text: null, charset: null };
  const decoded = decodeDocument(result.body, { contentType: result.contentType, kind });
  return { ...result, text: decoded.text, charset: decoded.charset };
}
