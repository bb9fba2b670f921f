import pino from 'pino';

/** The structured logger passed through the application (pino). */
export type Logger = pino.Logger;

/** Creates the application logger; `level: 'silent'` for tests and batch commands. */
export function createLogger(options: { level: string; pretty?: boolean; destination?: number }): Logger {
  return pino(
    { level: options.level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ fd: options.destination ?? 2, sync: true }),
  );
}

/** A logger that drops everything. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
