/**
 * The bytes of the pages this site rendered itself, kept beside their Response so that the ETag and
 * the page cache need not read the body back out of the Response: reading a body turns the node
 * adapter's light response into a full web-stream Response and costs a copy on every rendered page.
 */
const bodies = new WeakMap<Response, Uint8Array<ArrayBuffer>>();

/** The body of a response: the remembered bytes when this site built it, else read from it (a copy). */
export async function bodyBytes(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  return bodies.get(response) ?? new Uint8Array(await response.clone().arrayBuffer());
}

/** Remembers `bytes` as the body of `response` (for responses built elsewhere around known bytes). */
export function rememberBody(response: Response, bytes: Uint8Array<ArrayBuffer>): Response {
  bodies.set(response, bytes);
  return response;
}
