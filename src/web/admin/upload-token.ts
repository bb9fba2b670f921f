/**
 * The CSRF token of an upload is the form's first field. Browsers send fields in document order, so it
 * arrives in the first few hundred bytes; reading only those lets the gate refuse a forged upload
 * before the file itself is read.
 */
const MAX_HEAD_BYTES = 4096;

/** The boundary of a multipart/form-data body (RFC 7578), or null for any other body. */
function boundaryOf(contentType: string | undefined): string | null {
  const match = /^multipart\/form-data\s*;.*?\bboundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** The first part of the body read so far, as `{ name, value }`, or undefined while it is incomplete. */
function firstPart(head: string, boundary: string): { name: string; value: string } | null | undefined {
  const opening = `--${boundary}\r\n`;
  if (head.length < opening.length) return opening.startsWith(head) ? undefined : null;
  // Browsers send no preamble: a body that does not open with the boundary is not one of our forms.
  if (!head.startsWith(opening)) return null;
  const headersEnd = head.indexOf('\r\n\r\n', opening.length);
  if (headersEnd < 0) return undefined;
  const valueEnd = head.indexOf(`\r\n--${boundary}`, headersEnd + 4);
  if (valueEnd < 0) return undefined;
  const headers = head.slice(opening.length, headersEnd);
  const name = /^content-disposition:\s*form-data;\s*name="([^"]*)"\s*$/im.exec(headers)?.[1];
  if (name === undefined || /^content-type:/im.test(headers)) return null;
  return { name, value: Buffer.from(head.slice(headersEnd + 4, valueEnd), 'latin1').toString('utf8') };
}

/**
 * Reads the first field of a multipart request, at most its first few KiB, and nothing after it.
 * Returns the field (null when the body does not start with a plain field) and a request that
 * carries the whole body again: the bytes read, then the rest of the stream, still unread.
 */
export async function readFirstField(request: Request): Promise<{ field: { name: string; value: string } | null; request: Request }> {
  const boundary = boundaryOf(request.headers.get('Content-Type') ?? undefined);
  if (!boundary || !request.body) return { field: null, request };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let head = '';
  let field: { name: string; value: string } | null | undefined;
  let done = false;
  while (field === undefined && !done && head.length < MAX_HEAD_BYTES) {
    const next = await reader.read();
    done = next.done;
    if (next.value) {
      chunks.push(next.value);
      head += Buffer.from(next.value.subarray(0, MAX_HEAD_BYTES - head.length)).toString('latin1');
    }
    field = firstPart(head, boundary);
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { field: field ?? null, request: new Request(request, { body, duplex: 'half' } as RequestInit) };
}
