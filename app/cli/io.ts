/** Where the CLI writes, so tests can capture it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** A user error: printed as one line on stderr, exit code 1, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The process's own stdout and stderr. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};
