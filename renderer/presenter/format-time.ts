/** Time as the console shows it: elapsed time, wall clock, and pace against the talk's target length. */
import type { ConsoleStrings } from './strings';

const pad = (value: number): string => String(value).padStart(2, '0');

/** `MM:SS`, or `H:MM:SS` from one hour on. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const rest = `${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

/** `HH:MM` in local time. */
export function formatClock(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Where the talk should be by now, compared with where it is. */
export interface Pace {
  /** Positive: behind schedule; negative: ahead (whole minutes, rounded toward zero). */
  minutes: number;
  text: string;
}

/**
 * Pace at slide `index` (0-based) of `count` after `elapsed` ms of a `durationSeconds` talk: the slide
 * is expected to start at index/count of the duration.
 */
export function paceOf(index: number, count: number, elapsed: number, durationSeconds: number, strings: ConsoleStrings): Pace {
  const expectedMs = count > 0 ? (Math.max(0, index) / count) * durationSeconds * 1000 : 0;
  const minutes = Math.trunc((elapsed - expectedMs) / 60_000);
  if (minutes === 0) return { minutes, text: strings.onTime };
  return { minutes, text: minutes > 0 ? strings.behind(minutes) : strings.ahead(-minutes) };
}
