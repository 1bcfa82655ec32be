// `mimbar serve` ended the ways a system ends it: SIGTERM (a shutdown, `kill`) and SIGHUP (the terminal
// closed, a logout) save a pending notes edit before the process exits, as Ctrl+C does. Needs dist/ (npm test builds it).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readNotes } from '../../app/core/deck/notes-patch/apply-notes-patch';
import { makeFolder, startChild, type TestFolder } from '../support/notes-store-harness';

let folder: TestFolder;
afterEach(() => folder.cleanup());

const CLI = new URL('../../app/cli/mimbar.ts', import.meta.url).pathname;

describe('mimbar serve and signals', () => {
  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
    it(`${signal}: the pending edit is saved into the deck, then the process exits 0`, async () => {
      folder = makeFolder();
      const serve = startChild(CLI, ['serve', folder.deck, '--port', '0'], { MIMBAR_DATA_DIR: folder.root });
      const [, origin] = await serve.waitFor(/^Audience: (http:\/\/127\.0\.0\.1:\d+)\/$/m);
      const response = await fetch(`${origin}/api/invoke/notes:edit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin ?? '' },
        body: JSON.stringify({ slideId: 'alpha', text: `saved on ${signal}`, base: 'alpha notes.' }),
      });
      expect(await response.json()).toMatchObject({ state: 'unsaved', unsaved: ['alpha'] });
      serve.child.kill(signal);
      const exit = await serve.exited;
      expect(exit, exit.stderr).toMatchObject({ code: 0, signal: null });
      expect(readNotes(readFileSync(folder.deck, 'utf8')).get('alpha')).toBe(`saved on ${signal}`);
    });
  }
});
