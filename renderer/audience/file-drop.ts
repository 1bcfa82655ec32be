/** Opening a Markdown file by dropping it onto the window: the host decides what to do with it. */
import type { MimbarBridge, OpenResult } from '../../app/contract/channels';

const MARKDOWN = /\.(?:md|markdown)$/i;

/** Accepts drops of one `.md` file anywhere on the page and hands it to `bridge.openDroppedFile`. */
export function installFileDrop(bridge: Pick<MimbarBridge, 'openDroppedFile'>, onResult: (result: OpenResult) => void): void {
  const isFileDrag = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  document.addEventListener('dragover', (event) => {
    if (!isFileDrag(event)) return;
    // Without preventDefault the browser would navigate to the dropped file.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    if (!isFileDrag(event)) return;
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    if (!MARKDOWN.test(file.name)) {
      onResult({ ok: false, message: `${file.name}: not a Markdown (.md) file` });
      return;
    }
    bridge.openDroppedFile(file).then(onResult, (error: unknown) => {
      onResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    });
  });
}
