import { AppError } from '../platform/errors.ts';

/** A position in a list ordered by (sort_at DESC, id DESC): the last item of the previous page. */
export interface ListPosition {
  sortAt: string;
  id: number;
}

const STORED_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The opaque cursor (base64url JSON) for a position. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.sortAt, position.id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by encodeCursor; anything else is AppError('store', 'bad_cursor'). */
export function decodeCursor(cursor: string): ListPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (cause) {
    throw new AppError('store', 'bad_cursor', 'the list cursor is not readable', { cause });
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) {
    throw new AppError('store', 'bad_cursor', 'the list cursor has the wrong shape');
  }
  const [sortAt, id] = parsed as unknown[];
  if (typeof sortAt !== 'string' || !STORED_TIME.test(sortAt) || Number.isNaN(Date.parse(sortAt))) {
    throw new AppError('store', 'bad_cursor', 'the list cursor has no valid time');
  }
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new AppError('store', 'bad_cursor', 'the list cursor has no valid id');
  }
  return { sortAt, id };
}
