import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { named } from './registry.ts';

/** The stable error codes of the API; clients switch on these, never on the message. */
export const ERROR_CODES = ['invalid_query', 'not_found', 'method_not_allowed', 'internal_error'] as const;

/** One of the API's stable error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What went wrong with one parameter. */
export interface ErrorDetail {
  parameter: string;
  message: string;
}

const STATUS: Record<ErrorCode, 400 | 404 | 405 | 500> = {
  invalid_query: 400,
  not_found: 404,
  method_not_allowed: 405,
  internal_error: 500,
};

/** The body of every error response. */
export const ErrorBody = named(
  'Error',
  'An error: a stable code, a message for developers (English) and, for bad parameters, what was wrong with each.',
  z.object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
    }),
  }),
);

/** An error the API answers with: its code decides the HTTP status. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  /** The HTTP status of this error's code. */
  get status(): 400 | 404 | 405 | 500 {
    return STATUS[this.code];
  }

  /** The JSON body for this error. */
  body(): z.infer<typeof ErrorBody> {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

/**
 * The API error for an error of the layers below: bad input the store or services recognise becomes
 * a 400 or 404; anything else is null (an internal error, logged, never shown).
 */
export function fromAppError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (!(error instanceof AppError)) return null;
  switch (error.code) {
    case 'bad_cursor':
      return new ApiError('invalid_query', 'The query has invalid parameters.', [
        { parameter: 'cursor', message: 'not a cursor of this API; use nextCursor of a previous page' },
      ]);
    case 'unknown_source':
      return new ApiError('not_found', 'There is no source with this slug.', [{ parameter: 'source', message: 'no source has this slug; see /api/v1/sources' }]);
    case 'unknown_category':
      return new ApiError('not_found', 'There is no category with this slug.', [{ parameter: 'category', message: 'no category has this slug; see /api/v1/categories' }]);
    default:
      return null;
  }
}
