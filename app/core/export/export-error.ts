/** A user-facing export failure: one clear sentence, shown as is (CLI: one line and exit 1). */
export class ExportError extends Error {
  override name = 'ExportError';
}
