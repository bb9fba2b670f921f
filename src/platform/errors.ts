/**
 * An error with a stable machine-readable code, the module it comes from and its cause. Codes become
 * HTTP statuses or translated user text only at the edges (web, CLI).
 */
export class AppError extends Error {
  readonly code: string;
  readonly module: string;

  constructor(module: string, code: string, message: string, options?: { cause?: unknown }) {
    super(`${module}: ${message}`, options);
    this.name = 'AppError';
    this.code = code;
    this.module = module;
  }
}

/** The message of any thrown value, with the causes chained ("a: b: c"). */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current != null && depth < 5; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (!parts.some((p) => p.includes(message))) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ');
}
