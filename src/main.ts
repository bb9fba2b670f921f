import { createAppContext, type AppContext } from './app/context.ts';
import { loadConfig } from './config/config.ts';
import type { CliCommand, CliIo } from './cli/context.ts';
import { analyzeCommand, analyzePendingCommand } from './cli/analyze.ts';
import { clusterCommand } from './cli/cluster.ts';
import { createExtractCommand, siteRulesFromDatabase } from './cli/extract.ts';
import { fetchPage } from './app/page-fetcher.ts';
import { feedsCommand } from './cli/feeds.ts';
import { fetchCommand } from './cli/fetch.ts';
import { legalCommand } from './cli/legal.ts';
import { migrateCommand } from './cli/migrate.ts';
import { parseFeedCommand } from './cli/parse-feed.ts';
import { searchCommand } from './cli/search.ts';
import { serveCommand } from './cli/serve.ts';
import { usersCommand } from './cli/users.ts';
import { exportCommand, importCommand } from './cli/transfer.ts';
import { schedulerCommand, webCommand, workerCommand } from './cli/roles.ts';
import { AppError, describeError } from './platform/errors.ts';

const HELP = `Presseschau – a news site that builds itself from publishers' feeds.

usage: presseschau <command> [options]

  serve [--demo] [--no-scheduler]   the site on PORT with worker and scheduler in the process
  web                               the site only (feeds are refreshed by workers)
  worker [--concurrency N] [--lease SECONDS] [--poll SECONDS] [--jobs all|none|KIND,…] [--no-feeds] [--exit-when-idle]
                                    claims due feeds and follow-up jobs from the database
                                    (--jobs none: feeds only; --no-feeds: jobs only, e.g. --jobs intel.analyze)
  scheduler                         lease expiry and periodic jobs (WebSub renewals)
  fetch [--all]                     one pass over the due feeds (all feeds with --all)
  feeds add URL [--name NAME] [--category NAME] [--source SLUG] [--language de|en] [--all] [--no-check]
                                    a site's address finds its feeds; several: asks which (--all: every one)
  feeds list [--json]               every feed with its state, last error and next check
  feeds remove ID|URL [--purge]     unsubscribe (--purge also deletes its articles)
  feeds import FILE.opml            subscribe to every feed of an OPML file (not fetched; due at once)
  feeds export [FILE]               every feed as OPML 2.0, grouped by category (stdout without FILE)
  extract FILE|--url URL [--format json|text|markdown]
  extract --batch FILE.jsonl        one JSON line per input line {"id","path","url"}
  cluster --batch FILE.jsonl        stories and wire copies, one line {"id","story","duplicateOf"} per article
  parse-feed FILE [--url URL]
  parse-feed --batch FILE.jsonl
  migrate                           apply pending database migrations
  export FILE                       the whole site as JSON lines (FILE.gz compressed), to move it to another database
  import FILE                       an export into a new, empty database (DATABASE_URL or PRESSESCHAU_DATA)
  users add NAME --role admin|editor [--password-stdin]
                                    an account of the admin area (password typed twice, or one line on stdin)
  users list | passwd NAME [--password-stdin] | remove NAME
                                    list accounts, set a password (ends the user's sessions), remove one
  analyze --batch FILE.jsonl        people, organisations, places and quotes of {"id","title","text","lang"?} lines
  analyze --pending                 analyse and store the stored articles that have no analysis yet
  legal set impressum|datenschutz de|en FILE
                                    the text of a legal page (plain text; an empty FILE restores the default)
  search "QUERY" [--page N] [--limit N] [--newest] [--json]
                                    the site's full-text search (words, "phrases", -word, OR, quelle:, rubrik:, von:, bis:, sprache:)
  search --reindex [--all]          index articles stored before the search index existed (--all: every article anew)

Settings come from the environment (PORT, PRESSESCHAU_DATA, …); see the README.
`;

type AppCommand = (argv: string[], io: CliIo, ctx: AppContext) => Promise<number>;

const appCommands: Record<string, AppCommand> = {
  serve: serveCommand,
  fetch: fetchCommand,
  feeds: feedsCommand,
  migrate: migrateCommand,
  users: usersCommand,
  legal: legalCommand,
  analyze: analyzePendingCommand,
  export: exportCommand,
  import: importCommand,
  search: searchCommand,
  web: webCommand,
  worker: workerCommand,
  scheduler: schedulerCommand,
};
const plainCommands: Record<string, CliCommand> = {
  // Settings are read only when --url or a source's rules need them, so batch extraction works with any environment.
  extract: createExtractCommand({ fetchPage: (url) => fetchPage(loadConfig(process.env), url), siteRulesFor: (page) => siteRulesFromDatabase(loadConfig(process.env), page) }),
  'parse-feed': parseFeedCommand,
  analyze: analyzeCommand,
  cluster: clusterCommand,
};

async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(HELP);
    return name ? 0 : 2;
  }
  // `analyze --pending` works on the database; `analyze --batch` needs none.
  const plain = name === 'analyze' && rest.includes('--pending') ? undefined : plainCommands[name];
  if (plain) return plain(rest, io);
  const command = appCommands[name];
  if (!command) {
    io.stderr.write(`presseschau: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  const config = loadConfig(process.env);
  const ctx = await createAppContext(config);
  try {
    return await command(rest, io, ctx);
  } finally {
    await ctx.close();
  }
}

const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof AppError && error.code === 'usage';
    io.stderr.write(`presseschau: ${describeError(error)}\n`);
    process.exitCode = usage ? 2 : 1;
  },
);
