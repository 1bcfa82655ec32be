/**
 * Draws the console from the host's state: the current slide at its fragment step, the next step (the
 * slide's next fragment, else the next slide), the notes and the top bar. It draws only what the host
 * broadcast, never a guess, and ignores a state older than the one shown, so two consoles stay in step.
 */
import type { DeckPayload } from '../../app/contract/channels';
import type { PresentationCommand, PresentationState } from '../../app/contract/presentation';
import type { UiLanguage } from '../../app/contract/ui-language';
import { chooseUiLanguage, safeLang } from '../../renderer/shared/language';
import { setText } from '../../renderer/shared/dom/set-text';
import { briefLine } from '../../renderer/shared/keys/key-table';
import type { ConsoleElements } from './console-elements';
import { CONSOLE_KEYS } from './console-keys';
import { createDeckOrder } from './deck-order';
import type { DeckOrder } from './deck-order';
import type { ConsoleNotes } from './console-notes';
import { createFrameCache, createSlidePreview } from './slide-preview';
import type { PreviewDeck } from './slide-preview';
import { stringsFor } from './strings';
import type { ConsoleStrings } from './strings';
import { createTopBar } from './top-bar';

/** The console's drawing surface. */
export interface ConsoleView {
  setDeck(payload: DeckPayload): void;
  setMenuLanguage(lang: UiLanguage | null): void;
  /** Draws `state` unless it is older than the one shown; returns whether it drew. */
  render(state: PresentationState): boolean;
  shown(): PresentationState | null;
  order(): DeckOrder;
  payload(): DeckPayload | null;
  strings(): ConsoleStrings;
  resizeNotes(direction: 1 | -1): void;
  scrollNotes(direction: 1 | -1): void;
  layout(): void;
}

/** Creates the view over the page's elements and its notes pane; `send` carries the bar's timer buttons to the host. */
export function createConsoleView(elements: ConsoleElements, notes: ConsoleNotes, send: (command: PresentationCommand) => void): ConsoleView {
  const frames = createFrameCache();
  const current = createSlidePreview(elements.current, frames, true);
  const next = createSlidePreview(elements.next, frames);
  const bar = createTopBar(elements, send);
  let deck: DeckPayload | null = null;
  let order = createDeckOrder([], '');
  let shown: PresentationState | null = null;
  let menuLang: UiLanguage | null = null;
  let strings = stringsFor(chooseUiLanguage(null, null, navigator.language));

  const draw = (state: PresentationState): void => {
    if (!deck) return;
    const previewDeck: PreviewDeck = { meta: deck.deck.meta, assetBase: deck.assetBase, assetVersion: deck.assetVersion, titleSlideId: order.slides[0]?.id ?? null };
    const index = order.indexOf(state.h, state.v);
    const slide = order.slides[index] ?? null;
    current.show(slide ? { slide, fragment: state.fragment } : null, previewDeck, strings.endOfDeck);
    const upcoming = slide ? order.next(state) : null;
    next.show(upcoming, previewDeck, strings.endOfDeck);
    const isFragmentStep = upcoming !== null && upcoming.slide === slide;
    setText(elements.nextLabel, isFragmentStep ? strings.nextFragment : strings.next);
    elements.next.dataset['kind'] = upcoming === null ? 'end' : isFragmentStep ? 'fragment' : 'slide';
    notes.show(slide, deck.assetBase, strings);
    bar.render({ state, index: Math.max(0, index), count: order.slides.length, durationSeconds: deck.deck.meta.durationSeconds, strings });
    elements.current.dataset['blackout'] = state.blackout;
  };

  const applyStrings = (): void => {
    strings = stringsFor(chooseUiLanguage(menuLang, deck?.deck.meta.lang ?? null, navigator.language));
    document.documentElement.lang = safeLang(strings.lang);
    setText(elements.currentLabel, strings.current);
    setText(elements.notesLabel, strings.notes);
    setText(elements.help, briefLine(CONSOLE_KEYS, strings.lang));
    if (shown) draw(shown);
  };

  return {
    setDeck(payload) {
      deck = payload;
      order = createDeckOrder(payload.deck.slides, payload.assetBase);
      const title = `Mimbar: ${payload.deck.meta.title || payload.fileName || ''}`;
      if (document.title !== title) document.title = title;
      applyStrings();
    },
    setMenuLanguage(lang) {
      menuLang = lang;
      applyStrings();
    },
    render(state) {
      if (shown && state.revision < shown.revision) return false;
      shown = state;
      draw(state);
      return true;
    },
    shown: () => shown,
    order: () => order,
    payload: () => deck,
    strings: () => strings,
    resizeNotes: (direction) => notes.resize(direction),
    scrollNotes: (direction) => notes.scroll(direction),
    layout() {
      current.layout();
      next.layout();
    },
  };
}
