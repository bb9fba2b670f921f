import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { CLI_ACTOR, type AccountDeps } from '../services/accounts/deps.ts';
import { addUser, changePassword, listUsers, removeUser } from '../services/accounts/users.ts';
import { parseCommandArgs } from './args.ts';
import type { CliIo } from './context.ts';
import { readNewPassword } from './password-prompt.ts';

const USAGE = `usage: presseschau users add NAME --role admin|editor [--password-stdin]
       presseschau users list
       presseschau users passwd NAME [--password-stdin]
       presseschau users remove NAME`;

/** `presseschau users add|list|passwd|remove`: the accounts of the admin area. */
export async function usersCommand(argv: string[], io: CliIo, ctx: AppContext): Promise<number> {
  const deps: AccountDeps = { db: ctx.store.db, clock: ctx.clock };
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'add': {
      const { values, positionals } = parseCommandArgs('users add', rest, { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } });
      if (positionals.length !== 1 || !values.role) throw new AppError('cli', 'usage', USAGE);
      const password = await readNewPassword(io, values['password-stdin']);
      const user = await addUser(deps, { name: positionals[0]!, role: values.role, password }, CLI_ACTOR);
      io.stdout.write(`Added user ${user.name} (${user.role}).\n`);
      return 0;
    }
    case 'list': {
      parseCommandArgs('users list', rest, {});
      const users = await listUsers(deps);
      if (users.length === 0) {
        io.stdout.write('No users yet. Add the first admin with: presseschau users add NAME --role admin\n');
        return 0;
      }
      const width = Math.max(4, ...users.map((u) => u.name.length));
      io.stdout.write(`${'NAME'.padEnd(width)}  ROLE    CREATED\n`);
      for (const u of users) io.stdout.write(`${u.name.padEnd(width)}  ${u.role.padEnd(6)}  ${u.createdAt}\n`);
      return 0;
    }
    case 'passwd': {
      const { values, positionals } = parseCommandArgs('users passwd', rest, { 'password-stdin': { type: 'boolean', default: false } });
      if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
      const password = await readNewPassword(io, values['password-stdin']);
      const { user, sessionsEnded } = await changePassword(deps, { name: positionals[0]!, password }, CLI_ACTOR);
      io.stdout.write(`Changed the password of ${user.name}; ${sessionsEnded} session(s) ended.\n`);
      return 0;
    }
    case 'remove':
    case 'rm': {
      const { positionals } = parseCommandArgs('users remove', rest, {});
      if (positionals.length !== 1) throw new AppError('cli', 'usage', USAGE);
      const user = await removeUser(deps, positionals[0]!, CLI_ACTOR);
      io.stdout.write(`Removed user ${user.name}.\n`);
      return 0;
    }
    default:
      io.stderr.write(`${USAGE}\n`);
      return 2;
  }
}
