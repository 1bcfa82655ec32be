// `npm start`: runs Electron on the app (`electron . [deck.md]`). The `electron` package downloads its
// binary on the first `require('electron')`; when that fails (no internet), Mimbar presents in the
// system browser instead: the browser host serves the deck, and its audience and presenter links are
// printed and the audience link opened. Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/** Electron's binary path, or null when it cannot be had (the download output is kept off the terminal). */
function electronPath() {
  const result = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return result.status === 0 && result.stdout ? result.stdout : null;
}

/** Opens `url` in the system browser; failures are ignored (the URL is printed anyway). */
function openInBrowser(url) {
  const [command, commandArgs] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: the printed link is enough.
  }
}

async function presentInBrowser() {
  const { tsImport } = await import('tsx/esm/api');
  const { runCli } = await tsImport('../app/cli/run-cli.ts', import.meta.url);
  // npm runs scripts in the package folder; INIT_CWD is where the user typed `npm start -- deck.md`.
  const given = args.find((arg) => !arg.startsWith('-'));
  const deck = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : fileURLToPath(new URL('../slides/manfaat-hubungan-internasional.md', import.meta.url));
  const controller = new globalThis.AbortController();
  process.once('SIGINT', () => controller.abort(new Error('canceled')));
  const io = {
    out(text) {
      process.stdout.write(text);
      const audience = /^Audience: (\S+)$/m.exec(text);
      if (audience) openInBrowser(audience[1]);
    },
    err: (text) => process.stderr.write(text),
  };
  process.exitCode = await runCli(['serve', deck, '--port', '0'], io, controller.signal);
}

const electron = electronPath();
if (electron) {
  const child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  console.log('mimbar: Electron could not be downloaded (no internet?); presenting in your browser instead.');
  await presentInBrowser();
}
