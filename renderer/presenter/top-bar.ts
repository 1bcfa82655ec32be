/**
 * The console's top bar: elapsed timer with start/pause and reset, pace against the deck's `duration`,
 * the audience screen's blackout, the slide counter and the wall clock. Time is drawn from the shared
 * state's timer (`elapsedMs`), so every console shows the same time; a 500 ms tick redraws it.
 */
import { elapsedMs } from '../../app/contract/presentation';
import type { PresentationCommand, PresentationState } from '../../app/contract/presentation';
import { setText } from '../../renderer/shared/dom/set-text';
import type { ConsoleElements } from './console-elements';
import { formatClock, formatElapsed, paceOf } from './format-time';
import type { ConsoleStrings } from './strings';

/** What the bar shows besides the state. */
export interface BarContext {
  state: PresentationState;
  index: number;
  count: number;
  durationSeconds: number | null;
  strings: ConsoleStrings;
}

/** The top bar. */
export interface TopBar {
  render(context: BarContext): void;
}

/** Wires the bar's buttons to `send` and starts its clock tick. */
export function createTopBar(elements: ConsoleElements, send: (command: PresentationCommand) => void): TopBar {
  let context: BarContext | null = null;
  const isRunning = (): boolean => context !== null && context.state.timer.startedAt !== null;

  const drawTime = (): void => {
    const now = Date.now();
    setText(elements.clock, formatClock(new Date(now)));
    if (!context) return;
    const elapsed = elapsedMs(context.state.timer, now);
    setText(elements.timer, formatElapsed(elapsed));
    elements.timer.dataset['elapsedMs'] = String(Math.round(elapsed));
    const { durationSeconds, strings } = context;
    elements.pace.hidden = durationSeconds === null;
    if (durationSeconds !== null) {
      const pace = paceOf(context.index, context.count, elapsed, durationSeconds, strings);
      setText(elements.pace, pace.text);
      elements.pace.dataset['minutes'] = String(pace.minutes);
      elements.pace.classList.toggle('is-behind', pace.minutes > 0);
      elements.pace.classList.toggle('is-ahead', pace.minutes < 0);
    }
  };

  elements.timerToggle.addEventListener('click', () => send({ type: 'timer', action: isRunning() ? 'pause' : 'start' }));
  elements.timerReset.addEventListener('click', () => send({ type: 'timer', action: 'reset' }));
  setInterval(drawTime, 500);

  return {
    render(next) {
      context = next;
      const { state, strings } = next;
      elements.timer.title = strings.timer;
      elements.clock.title = strings.clock;
      setText(elements.timerToggle, state.timer.startedAt === null ? strings.start : strings.pause);
      setText(elements.timerReset, strings.reset);
      elements.timer.classList.toggle('is-paused', state.timer.startedAt === null);
      setText(elements.counter, next.count > 0 ? `${next.index + 1} / ${next.count}` : '0 / 0');
      elements.blackout.hidden = state.blackout === 'none';
      setText(elements.blackout, state.blackout === 'white' ? strings.whiteScreen : strings.blackScreen);
      elements.blackout.dataset['mode'] = state.blackout;
      drawTime();
    },
  };
}
