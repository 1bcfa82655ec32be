/**
 * Shows a `DeckPayload` with reveal.js: builds the sections, gives reveal.js a window of them around the
 * current slide (slide-window.ts) and moves it along, fills and fits the slides reveal.js brings within
 * view distance, keeps the same slide (by id) on screen when the deck changes, and switches to the
 * empty-state screen for a deck without slides. Moves made on this page (keys, clicker, controls) are
 * reported through `onLocalMove`; moves the app makes (`goTo`, `show`, moving the window) are not.
 * Indices in and out are the whole deck's, never reveal.js's window-relative ones.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import type { DeckPayload } from '../../app/contract/channels';
import type { DeckMeta } from '../../app/contract/deck';
import { uiLanguage } from '../../app/contract/ui-language';
import { fitSlide, FIT_FLOOR } from '../shared/slide/fit-slide';
import { safeLang } from '../shared/language';
import { fillSlide, type AssetSource } from '../shared/slide/slide-content';
import { applyTheme, knownTheme } from '../shared/theme';
import { announceReady, announceSlideChanged, clearWarnings, pageState, recordWarning } from './app-events';
import { buildSections, SLIDE_ID_ATTRIBUTE } from './build-sections';
import type { BuiltSections, SlideSection } from './build-sections';
import type { EmptyState } from './empty-state';
import { messagesFor } from './messages';
import type { Messages } from './messages';
import { createIdleTasks } from './idle-task';
import { createProgressBar } from './progress-bar';
import { isFirstOrLastKey, revealOptions, slideNumberOption } from './reveal-options';
import type { KeyBindings, SlideNumberOf } from './reveal-options';
import { applyWindow, isSameWindow, wholeDeck, windowAround, windowMove, type WindowRange } from './slide-window';
import type { WarningsIndicator } from './warnings-indicator';

/** The page parts the view drives besides reveal.js. */
export interface AudienceParts {
  revealRoot: HTMLElement;
  slidesRoot: HTMLElement;
  emptyState: EmptyState;
  updateWarnings: WarningsIndicator;
  /** Keys that replace reveal.js's own (the blackout keys). */
  keys?: KeyBindings;
  /** Called, cheaply and synchronously, after the user moved to another slide or fragment on this page. */
  onLocalMove?(indices: SlideIndices): void;
  /** Where the host says the presentation is: `show` opens there when that slide exists. */
  hostPosition?(): { slideId: string | null; fragment: number } | null;
}

/** reveal.js indices of a slide and fragment (-1: no fragment shown). */
export interface SlideIndices {
  h: number;
  v: number;
  fragment: number;
}

/** Renders decks into the page; `show` may be called again for every `deck:changed`. */
export interface AudienceView {
  show(payload: DeckPayload): Promise<void>;
  /** Shows slide `h`/`v` with `fragment` (no-op when already there, or before a deck is shown); not reported as a local move. */
  goTo(indices: SlideIndices): void;
  /** Goes to slide `number` (1-based, reading order, clamped to the deck) as the user's own move; not in the overview. */
  jumpTo(number: number): void;
  messages(): Messages;
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** True once reveal.js has loaded a section (it sets `display` inline on slides within view distance). */
function isLoaded(section: HTMLElement): boolean {
  return section.style.display !== '' && section.style.display !== 'none';
}

/**
 * reveal.js's help (?) lists G as "Jump to slide" after every configure, though its jump box is off here
 * (it would count within the window): say what does it instead. A number typed then Enter works with or
 * without G first (main.ts).
 */
function describeJumpKey(instance: RevealApi): void {
  instance.registerKeyboardShortcut('G', 'Jump to slide: type its number, then Enter');
}

/** Key codes reveal.js would handle within its window only: the app handles them for the whole deck. */
const HOME_KEY = 36;
const END_KEY = 35;

/** Creates the view; nothing is shown until `show`. */
export function createAudienceView(parts: AudienceParts): AudienceView {
  let reveal: RevealApi | null = null;
  let sections: BuiltSections | null = null;
  let meta: DeckMeta | null = null;
  let assets: AssetSource = { assetBase: '', assetVersion: 0 };
  let messages = messagesFor('en');
  // True while the app itself moves reveal.js: its events are dispatched synchronously, so this tells them apart.
  let isMovingItself = false;
  // The horizontal slides in reveal.js's DOM.
  let range: WindowRange = { start: 0, end: 0 };
  const idle = createIdleTasks();
  const progress = createProgressBar(parts.revealRoot);

  function fit(entry: SlideSection): void {
    const result = fitSlide(entry.element);
    if (result.overflows) {
      recordWarning({ slide: entry.slide.id, message: `content does not fit even at ${FIT_FLOOR}% text size` });
      parts.updateWarnings(pageState().warnings, messages);
    }
  }

  /** Fills and fits one slide reveal.js has loaded; true when it did. */
  function prepare(entry: SlideSection): boolean {
    if (!meta || entry.isFilled || !isLoaded(entry.element)) return false;
    fillSlide(entry, meta, assets);
    // Images change the height once decoded: fit that slide again.
    for (const image of entry.element.querySelectorAll('img')) {
      if (!image.complete) image.addEventListener('load', () => refit(entry), { once: true });
    }
    fit(entry);
    return true;
  }

  /** The slides in reveal.js's window. */
  function windowEntries(): SlideSection[] {
    return sections ? sections.groups.slice(range.start, range.end).flat() : [];
  }

  /** Fills and fits the slides reveal.js has brought near the screen (lazy: never the whole deck at once). */
  function prepareLoadedSlides(): void {
    if (!reveal) return;
    let changed = false;
    for (const entry of windowEntries()) changed = prepare(entry) || changed;
    if (changed) reveal.layout();
  }

  function refit(entry: SlideSection): void {
    if (!reveal || sections?.byId.get(entry.slide.id) !== entry || !entry.isFilled) return;
    fit(entry);
    reveal.layout();
  }

  function refitAll(): void {
    if (!reveal) return;
    for (const entry of windowEntries()) if (entry.isFilled) fit(entry);
    reveal.layout();
  }

  function currentEntry(): SlideSection | undefined {
    const id = reveal?.getCurrentSlide()?.getAttribute(SLIDE_ID_ATTRIBUTE);
    return id ? sections?.byId.get(id) : undefined;
  }

  /** The whole deck's indices of the slide and fragment on screen. */
  function currentIndices(): SlideIndices | null {
    const entry = currentEntry();
    if (!reveal || !entry) return null;
    // reveal.js leaves `f` undefined on a slide without fragments, though its types say number.
    const { f }: { f?: number } = reveal.getIndices();
    return { h: entry.h, v: entry.v, fragment: f ?? -1 };
  }

  function reportLocalMove(): void {
    if (isMovingItself || !parts.onLocalMove) return;
    const indices = currentIndices();
    if (indices) parts.onLocalMove(indices);
  }

  /** Runs a move the app makes, so reveal.js's events from it are not reported as the user's. */
  function moveItself(move: (instance: RevealApi) => void): void {
    if (!reveal) return;
    const wasMoving = isMovingItself;
    isMovingItself = true;
    try {
      move(reveal);
    } finally {
      isMovingItself = wasMoving;
    }
  }

  /**
   * Shows `target` (whole-deck indices) with the window `to` in reveal.js's DOM. Slides leaving the
   * window are emptied (filled again when they come back), so the page holds a bounded DOM.
   */
  function showInWindow(instance: RevealApi, to: WindowRange, target: { h: number; v: number; fragment?: number }): void {
    if (!sections) return;
    if (!isSameWindow(range, to)) {
      for (let h = range.start; h < range.end; h++) {
        if (h >= to.start && h < to.end) continue;
        for (const entry of sections.groups[h] ?? []) {
          entry.element.replaceChildren();
          entry.isFilled = false;
        }
      }
      applyWindow(parts.slidesRoot, sections.horizontals, range, to);
      range = to;
      // The slide first, so that reveal.js's sync keeps the right slide current, then sync for the new sections.
      instance.slide(target.h - range.start, target.v, target.fragment);
      instance.sync();
    } else {
      instance.slide(target.h - range.start, target.v, target.fragment);
    }
  }

  /** Moves the window back around the current slide, keeping it and its fragment on screen. */
  function recentreWindow(): void {
    const indices = currentIndices();
    if (!reveal || !sections || !indices || reveal.isOverview()) return;
    const to = windowAround(indices.h, sections.horizontals.length);
    if (isSameWindow(to, range)) return;
    moveItself((instance) => showInWindow(instance, to, indices));
  }

  function updatePosition(entry: SlideSection | undefined): void {
    if (entry && sections) progress.show(entry.ordinal, sections.byId.size);
  }

  function onSlideChanged(): void {
    if (!reveal || !sections) return;
    const entry = currentEntry();
    // Reached by a jump before it was filled: the slide on screen is filled now; its neighbours when idle.
    if (entry && prepare(entry)) reveal.layout();
    idle.schedule('prepare', prepareLoadedSlides);
    updatePosition(entry);
    if (entry && entry.slide.id !== pageState().currentSlide) announceSlideChanged(entry.slide.id);
    reportLocalMove();
    if (!entry || reveal.isOverview()) return;
    const move = windowMove(range, entry.h, sections.horizontals.length);
    // Never from inside reveal.js's own move: right after it (a burst of key presses), or when idle.
    if (move === 'now') queueMicrotask(recentreWindow);
    else if (move === 'idle') idle.schedule('window', recentreWindow);
  }

  function goTo(target: SlideIndices): void {
    if (!sections || !reveal) return;
    const now = currentIndices();
    if (now && now.h === target.h && now.v === target.v && now.fragment === target.fragment) return;
    moveItself((instance) => moveTo(instance, target));
  }

  /**
   * Moves to whole-deck `target`, moving the window first when the target is outside it or near its edge
   * (a window that merely drifted from the centre moves when the page is idle, see `onSlideChanged`).
   */
  function moveTo(instance: RevealApi, target: { h: number; v: number; fragment?: number }): void {
    if (!sections) return;
    const total = sections.horizontals.length;
    const h = Math.min(Math.max(0, target.h), total - 1);
    const v = Math.min(Math.max(0, target.v), (sections.groups[h]?.length ?? 1) - 1);
    const to = instance.isOverview() || windowMove(range, h, total) !== 'now' ? range : windowAround(h, total);
    showInWindow(instance, to, { ...target, h, v });
  }

  function jumpTo(number: number): void {
    if (!reveal || !sections || reveal.isOverview()) return;
    const ordinal = Math.min(Math.max(number, 1), sections.byId.size) - 1;
    const entry = sections.groups.flat().find((candidate) => candidate.ordinal === ordinal);
    if (entry) moveTo(reveal, { h: entry.h, v: entry.v });
  }

  function first(): void {
    if (reveal) moveTo(reveal, { h: 0, v: 0 });
  }

  function last(): void {
    if (!reveal || !sections) return;
    const h = sections.horizontals.length - 1;
    moveTo(reveal, { h, v: (sections.groups[h]?.length ?? 1) - 1 });
  }

  /** Home and End, for the whole deck (reveal.js's own would stop at its window's edges). */
  function keyBindings(): KeyBindings {
    return { ...parts.keys, [HOME_KEY]: first, [END_KEY]: last };
  }

  const numberOf: SlideNumberOf = (slide) => {
    const entry = sections?.byId.get(slide?.getAttribute(SLIDE_ID_ATTRIBUTE) ?? '');
    return [(entry?.ordinal ?? 0) + 1, '/', sections?.byId.size ?? 0];
  };

  async function startReveal(deckMeta: DeckMeta): Promise<RevealApi> {
    const instance = new Reveal(parts.revealRoot, revealOptions(deckMeta, reducedMotion(), keyBindings(), numberOf));
    instance.on('slidechanged', onSlideChanged);
    instance.on('fragmentshown', reportLocalMove);
    instance.on('fragmenthidden', reportLocalMove);
    // The overview shows the whole deck: the window opens to all of it, and closes around the slide chosen.
    instance.on('overviewshown', () => {
      const indices = currentIndices();
      if (sections && indices) moveItself((moving) => showInWindow(moving, wholeDeck(sections?.horizontals.length ?? 0), indices));
      prepareLoadedSlides();
    });
    instance.on('overviewhidden', () => {
      recentreWindow();
      prepareLoadedSlides();
    });
    // Shift+←/→ (reveal.js leaves them to the app: see `keyboardCondition`).
    document.addEventListener('keydown', (event) => {
      const key = isFirstOrLastKey(event);
      if (key === null) return;
      event.preventDefault();
      if (key === 'first') first();
      else last();
    });
    // reveal.js announces its first slide while starting: that is not the user's move.
    isMovingItself = true;
    try {
      await instance.initialize();
      describeJumpKey(instance);
    } finally {
      isMovingItself = false;
    }
    // Web fonts (the theme's and the emoji font) change line breaks once they arrive.
    document.fonts.addEventListener('loadingdone', refitAll);
    return instance;
  }

  async function show(payload: DeckPayload): Promise<void> {
    const { deck } = payload;
    meta = deck.meta;
    assets = { assetBase: payload.assetBase, assetVersion: payload.assetVersion };
    messages = messagesFor(uiLanguage(deck.meta.lang));
    document.documentElement.lang = safeLang(deck.meta.lang);
    document.title = deck.meta.title || 'Mimbar';
    await applyTheme(knownTheme(deck.meta.theme));
    clearWarnings();
    parts.updateWarnings([], messages);
    idle.cancelAll();

    if (deck.slides.length === 0) {
      sections = null;
      parts.revealRoot.hidden = true;
      parts.emptyState.show(messages);
      announceReady(null);
      return;
    }
    parts.emptyState.hide();
    parts.revealRoot.hidden = false;
    const previous = pageState().currentSlide;
    const previousIndices = currentIndices();
    sections = buildSections(deck.slides);
    // Same slide by id; if it is gone, the same position (clamped to the new deck); else the first slide.
    // The host's slide first (it follows the deck by slide id too), else the one shown before.
    const host = parts.hostPosition?.() ?? null;
    const hostSlide = host?.slideId ? sections.byId.get(host.slideId) : undefined;
    const target = hostSlide ?? (previous !== null ? sections.byId.get(previous) : undefined);
    const position = target ?? previousIndices ?? { h: 0, v: 0 };
    const fragment = hostSlide && host ? host.fragment : undefined;
    const total = sections.horizontals.length;
    const h = Math.min(Math.max(0, position.h), total - 1);
    range = reveal?.isOverview() ? wholeDeck(total) : windowAround(h, total);
    parts.slidesRoot.replaceChildren(...sections.horizontals.slice(range.start, range.end));
    if (reveal) {
      moveItself((instance) => {
        instance.configure({ slideNumber: slideNumberOption(deck.meta, numberOf) });
        describeJumpKey(instance);
        instance.sync();
      });
    } else {
      reveal = await startReveal(deck.meta);
    }
    moveItself((instance) => moveTo(instance, { h, v: position.v, ...(fragment === undefined ? {} : { fragment }) }));
    prepareLoadedSlides();
    updatePosition(currentEntry());
    await document.fonts.ready;
    refitAll();
    announceReady(currentEntry()?.slide.id ?? null);
  }

  return { show, goTo, jumpTo, messages: () => messages };
}
