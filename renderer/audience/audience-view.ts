/**
 * Shows a `DeckPayload` with reveal.js: builds the sections, starts reveal.js on the first deck (and
 * reconfigures it for later ones), gives it a window of the sections around the current slide
 * (deck-window.ts) and moves it along, has the slides it brings within view distance filled and fitted
 * (slide-fitter.ts), keeps the same slide (by id) on screen when the deck changes, and switches to the
 * empty-state screen for a deck without slides. Moves made on this page (keys, clicker, controls) are
 * reported through `onLocalMove`; moves the app makes (`goTo`, `show`, moving the window) are not
 * (own-moves.ts). Indices in and out are the whole deck's, never reveal.js's window-relative ones.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import type { DeckPayload } from '../../app/contract/channels';
import type { DeckMeta } from '../../app/contract/deck';
import { uiLanguage } from '../../app/contract/ui-language';
import type { UiLanguage } from '../../app/contract/ui-language';
import { announceReady, announceSlideChanged, clearWarnings, pageState } from './app-events';
import { buildSections } from './build-sections';
import type { BuiltSections, SlideSection } from './build-sections';
import { createDeckNavigation } from './deck-navigation';
import { showDeckPage } from './deck-page';
import { createDeckWindow } from './deck-window';
import type { DeckTarget, SlideIndices } from './deck-window';
import type { EmptyState } from './empty-state';
import { createIdleTasks } from './idle-task';
import { messagesFor } from './messages';
import type { Messages } from './messages';
import { createOwnMoves } from './own-moves';
import { createProgressBar } from './progress-bar';
import { revealOptions, slideNumberOption } from './reveal-options';
import type { SlideNumberOf } from './reveal-options';
import { createSlideFitter } from './slide-fitter';
import type { WarningsIndicator } from './warnings-indicator';

/** The page parts the view drives besides reveal.js. */
export interface AudienceParts {
  revealRoot: HTMLElement;
  slidesRoot: HTMLElement;
  emptyState: EmptyState;
  updateWarnings: WarningsIndicator;
  /** Called, cheaply and synchronously, after the user moved to another slide or fragment on this page. */
  onLocalMove?(indices: SlideIndices): void;
  /** Where the host says the presentation is: `show` opens there when that slide exists. */
  hostPosition?(): { slideId: string | null; fragment: number } | null;
}

/** Renders decks into the page; `show` may be called again for every `deck:changed`. */
export interface AudienceView {
  show(payload: DeckPayload): Promise<void>;
  /** Shows slide `h`/`v` with `fragment` (no-op when already there, or before a deck is shown); not reported as a local move. */
  goTo(indices: SlideIndices): void;
  /** Goes to slide `number` (1-based, reading order, clamped to the deck) as the user's own move. */
  jumpTo(number: number): void;
  /** The user's moves by one step, and to the deck's ends (deck-keys.ts). */
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  messages(): Messages;
  /** The language of the page's own words (the deck's `lang`). */
  language(): UiLanguage;
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Where a new deck opens: the host's slide (it follows the deck by slide id too), else the slide shown
 * before (by id); if it is gone, the same position (clamped by the caller); else the first slide.
 */
function openingTarget(
  sections: BuiltSections,
  host: { slideId: string | null; fragment: number } | null,
  previous: string | null,
  previousIndices: SlideIndices | null,
): DeckTarget {
  const hostSlide = host?.slideId ? sections.byId.get(host.slideId) : undefined;
  const target = hostSlide ?? (previous !== null ? sections.byId.get(previous) : undefined);
  const position = target ?? previousIndices ?? { h: 0, v: 0 };
  const fragment = hostSlide && host ? host.fragment : undefined;
  return { h: position.h, v: position.v, ...(fragment === undefined ? {} : { fragment }) };
}

/** Creates the view; nothing is shown until `show`. */
export function createAudienceView(parts: AudienceParts): AudienceView {
  let reveal: RevealApi | null = null;
  let language: UiLanguage = 'en';
  let messages = messagesFor(language);
  const own = createOwnMoves();
  // A slide the window's move brought on screen without reveal.js's `slidechanged` is announced the same way.
  const deckWindow = createDeckWindow(parts.slidesRoot, () => onSlideChanged());
  const navigation = createDeckNavigation(() => reveal, deckWindow, own);
  const fitter = createSlideFitter(deckWindow, () => reveal, () => parts.updateWarnings(pageState().warnings, messages));
  const idle = createIdleTasks();
  const progress = createProgressBar(parts.revealRoot);

  function reportLocalMove(): void {
    if (own.isMoving() || !parts.onLocalMove) return;
    const indices = navigation.currentIndices();
    if (indices) parts.onLocalMove(indices);
  }

  function updatePosition(entry: SlideSection | undefined): void {
    const sections = deckWindow.sections();
    if (entry && sections) progress.show(entry.ordinal, sections.byId.size);
  }

  function onSlideChanged(): void {
    if (!reveal || !deckWindow.sections()) return;
    const entry = navigation.current();
    // Reached by a jump before it was filled: the slide on screen is filled now; its neighbours when idle.
    if (entry && fitter.prepare(entry)) reveal.layout();
    idle.schedule('prepare', fitter.prepareLoaded);
    updatePosition(entry);
    if (entry && entry.slide.id !== pageState().currentSlide) announceSlideChanged(entry.slide.id);
    reportLocalMove();
    if (!entry) return;
    const move = deckWindow.moveNeeded(entry.h);
    // Never from inside reveal.js's own move: right after it (a burst of key presses), or when idle.
    if (move === 'now') queueMicrotask(navigation.recentre);
    else if (move === 'idle') idle.schedule('window', navigation.recentre);
  }

  const numberOf: SlideNumberOf = (slide) => {
    const entry = deckWindow.entryOf(slide);
    return [(entry?.ordinal ?? 0) + 1, '/', deckWindow.sections()?.byId.size ?? 0];
  };

  async function startReveal(deckMeta: DeckMeta): Promise<RevealApi> {
    // Every key is the page's (deck-keys.ts; the app's overview takes its own): reveal.js acts on none.
    const keyboardCondition = (): boolean => false;
    const instance: RevealApi = new Reveal(parts.revealRoot, revealOptions(deckMeta, reducedMotion(), keyboardCondition, numberOf));
    instance.on('slidechanged', onSlideChanged);
    instance.on('fragmentshown', reportLocalMove);
    instance.on('fragmenthidden', reportLocalMove);
    // reveal.js announces its first slide while starting: that is not the user's move.
    await own.runStart(async () => {
      await instance.initialize();
    });
    // Web fonts (the theme's and the emoji font) change line breaks once they arrive.
    document.fonts.addEventListener('loadingdone', fitter.refitAll);
    return instance;
  }

  async function show(payload: DeckPayload): Promise<void> {
    const { deck } = payload;
    fitter.setDeck(deck.meta, { assetBase: payload.assetBase, assetVersion: payload.assetVersion });
    language = uiLanguage(deck.meta.lang);
    messages = messagesFor(language);
    await showDeckPage(deck.meta);
    clearWarnings();
    parts.updateWarnings([], messages);
    idle.cancelAll();

    if (deck.slides.length === 0) {
      deckWindow.clear();
      parts.revealRoot.hidden = true;
      parts.emptyState.show(messages);
      announceReady(null);
      return;
    }
    parts.emptyState.hide();
    parts.revealRoot.hidden = false;
    const previousIndices = navigation.currentIndices();
    const sections = buildSections(deck.slides);
    const target = openingTarget(sections, parts.hostPosition?.() ?? null, pageState().currentSlide, previousIndices);
    const h = Math.min(Math.max(0, target.h), sections.horizontals.length - 1);
    deckWindow.open(sections, h);
    if (reveal) {
      navigation.moveItself((instance) => {
        instance.configure({ slideNumber: slideNumberOption(deck.meta, numberOf) });
        instance.sync();
      });
    } else {
      reveal = await startReveal(deck.meta);
    }
    navigation.moveItself((instance) => deckWindow.moveTo(instance, { ...target, h }));
    fitter.prepareLoaded();
    updatePosition(navigation.current());
    await document.fonts.ready;
    fitter.refitAll();
    announceReady(navigation.current()?.slide.id ?? null);
  }

  return {
    show,
    goTo: navigation.goTo,
    jumpTo: navigation.jumpTo,
    next: () => reveal?.next(),
    previous: () => reveal?.prev(),
    first: navigation.first,
    last: navigation.last,
    messages: () => messages,
    language: () => language,
  };
}
