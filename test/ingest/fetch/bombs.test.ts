import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Readable, type Transform } from 'node:stream';
import { constants, createBrotliCompress, createDeflate, gzipSync } from 'node:zlib';
import { readBody } from '../../../src/ingest/fetch/body.ts';
import { createHttpClient, type HttpClient } from '../../../src/ingest/fetch/index.ts';
import { startServer, type TestServer, LOCAL } from './test-server.ts';

const CAP = 64 * 1024;
const MIB = 1024 * 1024;

/** 1 GiB of zeros as gzip: one member for 1 MiB, repeated (a gzip body may hold many members). */
function gzipBomb(): Buffer {
  return Buffer.concat(new Array<Buffer>(1024).fill(gzipSync(Buffer.alloc(MIB))));
}

/** `mib` MiB of zeros through a compressor, fed piece by piece so the test never holds them all. */
async function compressZeros(compressor: Transform, mib: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  compressor.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => compressor.once('end', resolve));
  const zeros = Buffer.alloc(64 * MIB);
  for (let i = 0; i < mib / 64; i++) {
    if (!compressor.write(zeros)) await new Promise((resolve) => compressor.once('drain', resolve));
  }
  compressor.end();
  await done;
  return Buffer.concat(chunks);
}

/** A body that hands out its bytes only when asked, in small pieces, and counts what was taken. */
function lazyBody(bytes: Buffer): { body: Readable; taken: () => number } {
  let offset = 0;
  const body = new Readable({
    highWaterMark: 1024,
    read() {
      if (offset >= bytes.length) return void this.push(null);
      this.push(bytes.subarray(offset, offset + 1024));
      offset += 1024;
    },
  });
  return { body, taken: () => offset };
}

describe('compression bombs stop at the size cap', () => {
  let bombs: Record<string, { encoding: string; bytes: Buffer }>;
  let server: TestServer;
  let client: HttpClient;

  before(async () => {
    bombs = {
      gzip: { encoding: 'gzip', bytes: gzipBomb() },
      brotli: { encoding: 'br', bytes: await compressZeros(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }), 1024) },
      // Level 1 keeps the test quick; 128 MiB still come from under 1 MiB.
      deflate: { encoding: 'deflate', bytes: await compressZeros(createDeflate({ level: 1 }), 128) },
    };
    const routes: Parameters<typeof startServer>[0] = {};
    for (const [name, bomb] of Object.entries(bombs)) {
      routes[`/${name}`] = (_req, res) => res.writeHead(200, { 'content-encoding': bomb.encoding }).end(bomb.bytes);
    }
    server = await startServer(routes);
    client = createHttpClient({ allow: LOCAL, maxBytes: CAP, timeoutMs: 10_000 });
  });
  after(async () => {
    await client.close();
    await server.close();
  });

  for (const name of ['gzip', 'brotli', 'deflate']) {
    test(`refuses a ${name} bomb fetched over HTTP as too_large`, async () => {
      await assert.rejects(client.fetch(`${server.base}/${name}`), {
        code: 'too_large',
        message: /is larger than 64 KiB$/,
      });
    });

    test(`stops decompressing a ${name} bomb early instead of inflating all of it`, async () => {
      const bomb = bombs[name]!;
      const { body, taken } = lazyBody(bomb.bytes);
      await assert.rejects(readBody(body, { contentEncoding: bomb.encoding, maxBytes: CAP, host: 'bomb.example' }), {
        code: 'too_large',
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Inflating everything would read every compressed byte; stopping at the cap reads a few
      // buffers' worth (the decoder's and the source's), whatever the bomb's full size.
      assert.ok(taken() < bomb.bytes.length / 4, `read ${taken()} of ${bomb.bytes.length} compressed bytes`);
      assert.ok(body.destroyed, 'the body was let go');
    });
  }
});
