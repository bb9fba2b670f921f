import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** Reads a file as bytes, gunzipping it when its name ends in `.gz`. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const raw = await readFile(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}
