/** Where a PDF export is proposed and saved. Pure (node:path only). */
import { basename, dirname, extname, join } from 'node:path';

/** The save dialog's proposal: `<deck name>.pdf` next to the deck, or `<title>.pdf` in `fallbackDir` for a deck without a file. */
export function defaultPdfPath(sourcePath: string | null, title: string, fallbackDir: string): string {
  if (sourcePath !== null) {
    const name = basename(sourcePath, extname(sourcePath));
    return join(dirname(sourcePath), `${name || 'slides'}.pdf`);
  }
  return join(fallbackDir, `${fileNameOf(title)}.pdf`);
}

/** `title` as a file name: characters no file system accepts removed, spaces collapsed, never empty. */
export function fileNameOf(title: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const cleaned = title.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '');
  return cleaned.slice(0, 120).trim() || 'slides';
}

/**
 * `path` with `.pdf` appended when it lacks it (some save dialogs do not add the filter's extension).
 * A Markdown name is kept as is, so the export refuses it rather than writing `talk.md.pdf`.
 */
export function withPdfExtension(path: string): string {
  return /\.(pdf|md|markdown)$/i.test(path) ? path : `${path}.pdf`;
}
