import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../platform/errors.ts';

/** Parses command arguments strictly; unknown options become a usage error with the command's name. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('cli', 'usage', `${command}: ${(error as Error).message}`);
  }
}
