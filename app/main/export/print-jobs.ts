/**
 * Which print window prints which job. The `print:*` handlers answer a window only with the job the
 * printer attached to that very window; any other sender (a deck window, the export dialog, a print
 * window whose job is over) is refused.
 */
import { BrowserWindow } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { PrintJob, PrintProgress, PrintReady } from '../../contract/export';
import type { MainHandlersOf } from '../ipc';

/** What a print window's messages reach: its job and the printer's hooks. */
export interface PrintSession {
  job: PrintJob;
  onProgress(progress: PrintProgress): void;
  onReady(ready: PrintReady): void;
  onFailed(message: string): void;
}

/** The print sessions of the open print windows. */
export interface PrintJobs {
  /** Gives `window` its session; a window has at most one. */
  attach(window: BrowserWindow, session: PrintSession): void;
  /** Forgets `window`'s session (the export is over). */
  detach(window: BrowserWindow): void;
  /** The session of `window`, or null when it has none. */
  sessionOf(window: BrowserWindow | null): PrintSession | null;
}

/** Creates an empty registry of print sessions. */
export function createPrintJobs(): PrintJobs {
  const sessions = new Map<BrowserWindow, PrintSession>();
  return {
    attach: (window, session) => {
      sessions.set(window, session);
    },
    detach: (window) => {
      sessions.delete(window);
    },
    sessionOf: (window) => (window ? (sessions.get(window) ?? null) : null),
  };
}

function sessionFor(jobs: PrintJobs, channel: string, event: IpcMainInvokeEvent): PrintSession {
  const session = jobs.sessionOf(BrowserWindow.fromWebContents(event.sender));
  if (!session) throw new Error(`${channel}: this window has no print job`);
  return session;
}

/** `print:get-job`, `print:progress`, `print:ready` and `print:failed`, answered from `jobs`. */
export function printHandlers(jobs: PrintJobs): MainHandlersOf<'print:get-job' | 'print:progress' | 'print:ready' | 'print:failed'> {
  return {
    'print:get-job': async (_request, event) => sessionFor(jobs, 'print:get-job', event).job,
    async 'print:progress'(progress, event) {
      sessionFor(jobs, 'print:progress', event).onProgress(progress);
      return null;
    },
    async 'print:ready'(ready, event) {
      sessionFor(jobs, 'print:ready', event).onReady(ready);
      return null;
    },
    async 'print:failed'({ message }, event) {
      sessionFor(jobs, 'print:failed', event).onFailed(message);
      return null;
    },
  };
}
