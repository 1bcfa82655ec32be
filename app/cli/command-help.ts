/**
 * The help of each command, apart from the commands themselves: \`mimbar --help\` and \`mimbar <command>
 * --help\` print these without loading the engine (run-cli.ts loads a command only to run it).
 */
import { FRAGMENT_MODES, LAYOUTS, ORIENTATIONS, PAPERS, SLIDE_THEMES } from '../contract/export';
import { LOOPBACK_HOST } from '../host/bind-address';

/** The port `serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 4321;

export const buildHelp = `Usage: mimbar build <file.md> [--json]

Builds the deck from a Markdown file and prints a summary: slide count, slide titles, warnings.

Options:
  --json      Print the deck as JSON: { title, slides: [{ id, title, notes, h, v, ... }], warnings }
  -h, --help  Show this help
`;

export const checkHelp = `Usage: mimbar check <file.md> [--json]

Checks, offline, whether a deck will work in class: images and media loaded from the web (Mimbar
never loads them), files missing from the deck folder or outside it, slides shown as a placeholder,
formulas and diagrams that cannot be drawn (shown as their source), a file that is not valid UTF-8
(problems); slides shrunk to fit, ignored front matter, what the deck's own tool does that Mimbar
does not, and emoji that Mimbar's emoji font cannot draw (notices).
Exits with 0 when there is no problem, 1 when there is one.

Options:
  --json      Print the report as JSON: { ok, slideCount, problemCount, noticeCount, dialect, dialectReason,
              findings: [{ kind, severity, slide: { id, title, number } | null, line, reference, message }] }
  -h, --help  Show this help
`;

export const exportHelp = `Usage: mimbar export <file.md> -o <out.pdf> [options]

Exports the deck to PDF with headless Chromium (CHROME_PATH, or the usual install paths).

Options:
  -o, --output <file.pdf>   Where to write the PDF (required; never the deck itself)
  --layout <layout>         ${LAYOUTS.join(' | ')} (default: slides)
                              slides        one slide per page
                              notes-below   each slide with its notes under it (A4 portrait)
                              notes-pages   a page per slide: its picture on the top half, its notes
                                            below (A4 portrait; long notes continue on the next page)
                              handout-N     N slides per page (A4 portrait); handout-3 has lines for writing
  --fragments <mode>        ${FRAGMENT_MODES.join(' | ')}: final state only, or one page per fragment step (default: final;
                              notes-pages always prints each slide once, in its final state)
  --slide-theme <theme>     ${SLIDE_THEMES.join(' | ')}: slides on white (saves toner) or in the deck's own theme
                              (default: deck for slides, light for notes and handouts)
  --paper <paper>           ${PAPERS.join(' | ')} (default: slide for slides, a4 otherwise)
  --orientation <o>         ${ORIENTATIONS.join(' | ')} (default: landscape for slides, portrait otherwise)
  -h, --help                Show this help
`;

export const serveHelp = `Usage: mimbar serve <file.md> [--port N] [--host ADDR]

Presents the deck in a browser: prints the audience, presenter and notes editor links and serves them
until Ctrl+C (or SIGTERM, or the terminal closing: pending notes are saved first). Every page opened on
any link follows the same slide, fragment and blackout. Notes edited in the presenter console or the
notes editor are saved into the Markdown file (only when served to this computer); every edit is
journaled within a few tens of milliseconds in $MIMBAR_DATA_DIR or the platform's data folder. The file
is watched: a change saved in another editor shows at once, on the same slide.

Options:
  --port <N>      Port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)
  --host <ADDR>   Address to listen on (default: ${LOOPBACK_HOST}, this computer only). Any other
                  address (0.0.0.0: every network interface) lets other devices connect; the links
                  then carry a random token, and requests without it are refused. Only
                  ${LOOPBACK_HOST}, ::1 and localhost count as this computer.
  -h, --help      Show this help
`;
