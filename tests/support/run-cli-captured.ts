/** Runs the CLI in-process, as `mimbar <argv>` would, and returns its exit code and what it printed. */
import { runCli } from '../../app/cli/run-cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `runCli` with stdout and stderr captured as strings. */
export async function runCliCaptured(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
