/** Size of the pieces a counted stream hands out after its head. */
export const PIECE_BYTES = 64 * 1024;

/**
 * A request body of `head`, then spaces in 64 KiB pieces up to `total` bytes, then `tail`, that counts
 * what has been pulled from it: how much of a body the server read before it answered. It pulls
 * only on demand (high-water mark 0), so the count is what was asked for plus what a stream in
 * between buffers (one piece).
 */
export function countedStream(head: string, total: number, tail = '') {
  const piece = new Uint8Array(PIECE_BYTES).fill(0x20);
  let pulled = 0;
  let done = false;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = pulled === 0 ? new TextEncoder().encode(head) : pulled < total ? piece : null;
        if (chunk) {
          pulled += chunk.length;
          controller.enqueue(chunk);
        } else if (!done) {
          done = true;
          controller.enqueue(new TextEncoder().encode(tail));
          controller.close();
        }
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled: () => pulled };
}
