/**
 * The pure state machine behind presenting: commands in, next state out. Both hosts (Electron main and
 * the browser host) keep one state with it and broadcast every change.
 */
import type { Deck } from '../../contract/deck';
import type { PresentationCommand, PresentationState } from '../../contract/presentation';
import { elapsedMs } from '../../contract/presentation';

/** The state at the first slide, timer stopped at zero. */
export function initialPresentation(deck: Deck): PresentationState {
  return { h: 0, v: 0, fragment: -1, slideId: deck.slides[0]?.id ?? null, blackout: 'none', timer: { startedAt: null, accumulatedMs: 0 }, revision: 0 };
}

/** Applies `command`; returns the same object when nothing changes (no broadcast needed). */
export function applyCommand(state: PresentationState, command: PresentationCommand, deck: Deck, now: number): PresentationState {
  switch (command.type) {
    case 'goto': {
      const slide = deck.slides.find((candidate) => candidate.h === command.h && candidate.v === command.v);
      if (!slide) return state;
      const fragment = Math.max(-1, Math.floor(command.fragment));
      if (slide.h === state.h && slide.v === state.v && fragment === state.fragment) return state;
      // The timer starts by itself when the presenter first moves on from the first slide.
      const timer = state.timer.startedAt === null && state.timer.accumulatedMs === 0 && (slide.h !== 0 || slide.v !== 0) ? { startedAt: now, accumulatedMs: 0 } : state.timer;
      return { ...state, h: slide.h, v: slide.v, fragment, slideId: slide.id, timer, revision: state.revision + 1 };
    }
    case 'blackout':
      return command.mode === state.blackout ? state : { ...state, blackout: command.mode, revision: state.revision + 1 };
    case 'timer': {
      const { timer } = state;
      if (command.action === 'start' && timer.startedAt === null) return { ...state, timer: { ...timer, startedAt: now }, revision: state.revision + 1 };
      if (command.action === 'pause' && timer.startedAt !== null) return { ...state, timer: { startedAt: null, accumulatedMs: elapsedMs(timer, now) }, revision: state.revision + 1 };
      if (command.action === 'reset') return { ...state, timer: { startedAt: null, accumulatedMs: 0 }, revision: state.revision + 1 };
      return state;
    }
  }
}

/** Keeps the state on a slide that still exists after the deck changed (by id, else the nearest position). */
export function followDeck(state: PresentationState, deck: Deck): PresentationState {
  const same = deck.slides.find((slide) => slide.id === state.slideId);
  const target = same ?? deck.slides.filter((slide) => slide.h <= state.h).at(-1) ?? deck.slides[0];
  if (!target) return { ...state, h: 0, v: 0, fragment: -1, slideId: null, revision: state.revision + 1 };
  return { ...state, h: target.h, v: target.v, fragment: same ? state.fragment : -1, slideId: target.id, revision: state.revision + 1 };
}
