/** What a CLI command gets: its output streams and whether stdout is a terminal. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream;
}

/** A command's entry point: arguments after the command name; resolves to the exit code. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
