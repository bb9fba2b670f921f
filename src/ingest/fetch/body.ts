import { pipeline, Transform, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { AppError } from '../../platform/errors.ts';
import { fetchError, formatBytes } from './errors.ts';

/** What readBody needs to know about the answer. */
export interface BodyLimits {
  /** The Content-Encoding header, if any. */
  contentEncoding: string | null;
  /** Largest accepted size after decompression, in bytes. */
  maxBytes: number;
  /** Host named in error messages. */
  host: string;
}

/**
 * A deflate decoder that accepts both forms seen in the wild: zlib-wrapped (RFC 1950, what the standard
 * means) and raw deflate (RFC 1951, what some servers send anyway). The first two bytes decide.
 */
function createDeflateDecoder(): Transform {
  let inner: Transform | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!inner) {
        const cmf = chunk[0] ?? 0;
        const flg = chunk[1];
        const zlibHeader = (cmf & 0x0f) === 8 && (flg === undefined || ((cmf << 8) | flg) % 31 === 0);
        inner = zlibHeader ? createInflate() : createInflateRaw();
        inner.on('data', (data: Buffer) => this.push(data));
        inner.on('error', (error) => this.destroy(error));
      }
      inner.write(chunk, () => done());
    },
    flush(done) {
      if (!inner) return done();
      inner.once('end', () => done());
      inner.end();
    },
    // Without this the inner inflater would go on inflating a bomb after the reader gave up.
    destroy(error, done) {
      inner?.destroy();
      done(error);
    },
  });
}

function createDecoder(encoding: string, host: string): Transform {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createDeflateDecoder();
    case 'br':
      return createBrotliDecompress();
    default:
      throw fetchError('bad_encoding', `${host} sent the answer with an unknown compression ("${encoding}")`);
  }
}

/** The decoders for a Content-Encoding value, in the order they must run (last applied first). */
function decodersFor(contentEncoding: string | null, host: string): Transform[] {
  const encodings = (contentEncoding ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
  return encodings.reverse().map((e) => createDecoder(e, host));
}

/**
 * Stops reading a body we give up on. undici reports the stop as an 'error' event on the body, which
 * would crash the process without a listener.
 */
export function abandonBody(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

/**
 * Reads a response body to the end, decompressing it, and stops as soon as the decoded size passes the
 * cap (so a compression bomb costs at most one chunk more than the cap).
 */
export async function readBody(body: Readable, limits: BodyLimits): Promise<Uint8Array> {
  let decoders: Transform[];
  try {
    decoders = decodersFor(limits.contentEncoding, limits.host);
  } catch (error) {
    abandonBody(body);
    throw error;
  }
  // pipeline() passes the first failure on to every stream, so only the first one says where it began:
  // in a decoder (broken compression) or in the body (network, timeout).
  const failure: { first: { inDecoder: boolean; error: unknown } | null } = { first: null };
  body.once('error', (error) => (failure.first ??= { inDecoder: false, error }));
  for (const decoder of decoders) decoder.once('error', (error) => (failure.first ??= { inDecoder: true, error }));
  // pipeline() destroys every stream when one fails; its own callback has nothing left to do.
  if (decoders.length > 0) pipeline([body, ...decoders], () => {});
  const source: Readable = decoders.at(-1) ?? body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limits.maxBytes) {
        throw fetchError('too_large', `the answer from ${limits.host} is larger than ${formatBytes(limits.maxBytes)}`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    abandonBody(body);
    for (const decoder of decoders) decoder.destroy();
    const first = failure.first;
    if (first?.inDecoder && !(error instanceof AppError)) {
      const message = `the answer from ${limits.host} could not be decompressed (${limits.contentEncoding})`;
      throw fetchError('bad_encoding', message, first.error);
    }
    throw error;
  }
  const joined = Buffer.concat(chunks, total);
  return new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength);
}
