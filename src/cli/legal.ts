import { readFile } from 'node:fs/promises';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { setLegalText } from '../services/site/legal-texts.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';

const USAGE = 'usage: presseschau legal set impressum|datenschutz de|en FILE   (an empty FILE brings the default back)';

/** `presseschau legal set`: sets the text of the Impressum or the privacy page from a UTF-8 text file. */
export async function legalCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'set') {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { positionals } = parseCommandArgs('legal set', rest, {});
  if (positionals.length !== 3) throw new AppError('cli', 'usage', USAGE);
  const [page, language, file] = positionals as [string, string, string];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new AppError('cli', 'read_failed', `cannot read ${file}`, { cause });
  }
  const result = await setLegalText({ db: ctx.store.db, clock: ctx.clock }, { page, language, text });
  io.stdout.write(result.cleared ? `/${result.page} (${result.language}): the default text shows again\n` : `/${result.page} (${result.language}): text saved\n`);
  return 0;
}
