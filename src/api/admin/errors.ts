import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';

/** The stable error codes of the admin API; clients switch on these, never on the message. */
export const ADMIN_ERROR_CODES = [
  'invalid_input', 'unauthorized', 'forbidden', 'insufficient_scope', 'not_found', 'method_not_allowed', 'payload_too_large', 'internal_error',
] as const;

/** One of the admin API's error codes. */
export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

const STATUS: Record<AdminErrorCode, 400 | 401 | 403 | 404 | 405 | 413 | 500> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  insufficient_scope: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  internal_error: 500,
};

/** The body of every error answer of the admin API. */
export const AdminErrorBody = z.object({ error: z.object({ code: z.enum(ADMIN_ERROR_CODES), message: z.string() }) });

/** An error the admin API answers with; its code decides the status. */
export class AdminApiError extends Error {
  readonly code: AdminErrorCode;

  constructor(code: AdminErrorCode, message: string) {
    super(message);
    this.name = 'AdminApiError';
    this.code = code;
  }

  /** The HTTP status of this error's code. */
  get status(): 400 | 401 | 403 | 404 | 405 | 413 | 500 {
    return STATUS[this.code];
  }
}

const NOT_FOUND_CODES = new Set(['article_not_found', 'source_not_found', 'feed_not_found', 'token_not_found']);

/** The admin API's error for an error of the services: bad input is 400, unknown objects 404, anything else null (internal). */
export function fromServiceError(error: unknown): AdminApiError | null {
  if (error instanceof AdminApiError) return error;
  if (!(error instanceof AppError)) return null;
  if (NOT_FOUND_CODES.has(error.code)) return new AdminApiError('not_found', error.message.replace(/^\w+: /, ''));
  if (['invalid_input', 'not_edited', 'invalid_selector', 'invalid_host'].includes(error.code)) return new AdminApiError('invalid_input', error.message.replace(/^\w+: /, ''));
  return null;
}
