import { describe, expect, it } from 'vitest';
import { runCliCaptured as run } from '../../tests/support/run-cli-captured';

describe('every command that takes one deck file', () => {
  const usage: Record<string, string> = {
    build: '<file.md> [--json]',
    check: '<file.md> [--json]',
    export: '<file.md> -o <out.pdf>',
    serve: '<file.md> [--port N] [--host ADDR]',
  };
  for (const [command, rest] of Object.entries(usage)) {
    it(`${command}: one line and exit 1 without a file, and with two`, async () => {
      const none = await run(command);
      expect(none).toEqual({ code: 1, out: '', err: `mimbar: ${command} needs a Markdown file: mimbar ${command} ${rest}\n` });
      const two = await run(command, 'a.md', 'b.md');
      expect(two).toEqual({ code: 1, out: '', err: `mimbar: ${command} takes one file, got 2: a.md b.md\n` });
    });
  }
});
