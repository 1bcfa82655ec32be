/** Export progress on stderr, redrawn on one line, only when stderr is a terminal. */
import type { ExportProgress } from '../contract/export';

const LABELS: Record<ExportProgress['phase'], string> = { layout: 'Laying out pages', print: 'Printing to PDF', write: 'Writing the file' };

/** Returns a progress callback that draws on `stream` when it is a TTY, and a function that clears the line. */
export function createProgressLine(stream: NodeJS.WriteStream = process.stderr): { update(progress: ExportProgress): void; clear(): void } {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let drawn = false;
  return {
    update({ phase, done, total }) {
      const count = phase === 'layout' ? ` ${done}/${total}` : '…';
      stream.write(`\r\x1b[K${LABELS[phase]}${count}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
