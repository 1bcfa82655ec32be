/**
 * The one presentation state a host keeps (Electron's main process, or the browser host) and every
 * window follows: which slide and fragment is shown, whether the audience screen is blacked out, and
 * the presenter's timer. Windows never talk to each other; they send commands to the host and render
 * the state it broadcasts (`presentation:changed`). No node:*, no electron, no zod here.
 */

export type Blackout = 'none' | 'black' | 'white';

export interface TimerState {
  /** Epoch ms when the timer was last started, or null while paused. */
  startedAt: number | null;
  /** Time counted before the last start. */
  accumulatedMs: number;
}

export interface PresentationState {
  /** reveal.js indices of the shown slide and fragment (-1: no fragment shown yet). */
  h: number;
  v: number;
  fragment: number;
  /** Id of the shown slide, for consoles and reloads (null for an empty deck). */
  slideId: string | null;
  blackout: Blackout;
  timer: TimerState;
  /** Increases with every change: a window ignores a state older than the one it shows. */
  revision: number;
}

export type PresentationCommand =
  | { type: 'goto'; h: number; v: number; fragment: number }
  | { type: 'blackout'; mode: Blackout }
  | { type: 'timer'; action: 'start' | 'pause' | 'reset' };

/** Elapsed presenting time in ms at `now`. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.accumulatedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}
