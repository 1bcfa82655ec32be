/**
 * Shows a `DeckPayload` with reveal.js: builds the sections, fills and fits the slides reveal.js
 * brings within view distance, keeps the same slide (by id) on screen when the deck changes, and
 * switches to the empty-state screen for a deck without slides. Moves made on this page (keys, clicker,
 * controls) are reported through `onLocalMove`; moves the app makes (`goTo`, `show`) are not.
 */
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import type { DeckPayload } from '../../app/contract/channels';
import type { DeckMeta } from '../../app/contract/deck';
import { announceReady, announceSlideChanged, clearWarnings, pageState, recordWarning } from './app-events';
import { buildSections, SLIDE_ID_ATTRIBUTE } from './build-sections';
import type { BuiltSections, SlideSection } from './build-sections';
import type { EmptyState } from './empty-state';
import { fitSlide, FIT_FLOOR } from './fit-slide';
import { messagesFor, safeLang } from './messages';
import type { Messages } from './messages';
import { revealOptions } from './reveal-options';
import type { KeyBindings } from './reveal-options';
import { fillSlide, type AssetSource } from './slide-content';
import { applyTheme, knownTheme } from './theme';
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
  messages(): Messages;
}

const reducedMotion = (): boolean => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** True once reveal.js has loaded a section (it sets `display` inline on slides within view distance). */
function isLoaded(section: HTMLElement): boolean {
  return section.style.display !== '' && section.style.display !== 'none';
}

/** Creates the view; nothing is shown until `show`. */
export function createAudienceView(parts: AudienceParts): AudienceView {
  let reveal: RevealApi | null = null;
  let sections: BuiltSections | null = null;
  let meta: DeckMeta | null = null;
  let assets: AssetSource = { assetBase: '', assetVersion: 0 };
  let messages = messagesFor('en');
  // True while the app itself moves reveal.js: its events are dispatched synchronously, so this tells them apart.
  let isMovingItself = false;

  function fit(entry: SlideSection): void {
    const result = fitSlide(entry.element);
    if (result.overflows) {
      recordWarning({ slide: entry.slide.id, message: `content does not fit even at ${FIT_FLOOR}% text size` });
      parts.updateWarnings(pageState().warnings, messages);
    }
  }

  /** Fills and fits the slides reveal.js has just brought near the screen (lazy: never the whole deck at once). */
  function prepareLoadedSlides(): void {
    if (!sections || !meta || !reveal) return;
    let changed = false;
    for (const entry of sections.byId.values()) {
      if (entry.isFilled || !isLoaded(entry.element)) continue;
      fillSlide(entry, meta, assets);
      // Images change the height once decoded: fit that slide again.
      for (const image of entry.element.querySelectorAll('img')) {
        if (!image.complete) image.addEventListener('load', () => refit(entry), { once: true });
      }
      fit(entry);
      changed = true;
    }
    if (changed) reveal.layout();
  }

  function refit(entry: SlideSection): void {
    if (!reveal || sections?.byId.get(entry.slide.id) !== entry) return;
    fit(entry);
    reveal.layout();
  }

  function refitAll(): void {
    if (!sections || !reveal) return;
    for (const entry of sections.byId.values()) if (entry.isFilled) fit(entry);
    reveal.layout();
  }

  function currentSlideId(): string | null {
    return reveal?.getCurrentSlide()?.getAttribute(SLIDE_ID_ATTRIBUTE) ?? null;
  }

  function currentIndices(): SlideIndices | null {
    if (!reveal) return null;
    // reveal.js leaves `f` undefined on a slide without fragments, though its types say number.
    const { h, v, f }: { h: number; v?: number; f?: number } = reveal.getIndices();
    return { h, v: v ?? 0, fragment: f ?? -1 };
  }

  function reportLocalMove(): void {
    if (isMovingItself || !parts.onLocalMove) return;
    const indices = currentIndices();
    if (indices) parts.onLocalMove(indices);
  }

  function onSlideChanged(): void {
    prepareLoadedSlides();
    const id = currentSlideId();
    if (id) announceSlideChanged(id);
    reportLocalMove();
  }

  /** Runs a move the app makes, so reveal.js's events from it are not reported as the user's. */
  function moveItself(move: (instance: RevealApi) => void): void {
    if (!reveal) return;
    isMovingItself = true;
    try {
      move(reveal);
    } finally {
      isMovingItself = false;
    }
  }

  function goTo(target: SlideIndices): void {
    if (!sections) return;
    const now = currentIndices();
    if (now && now.h === target.h && now.v === target.v && now.fragment === target.fragment) return;
    moveItself((instance) => instance.slide(target.h, target.v, target.fragment));
  }

  async function startReveal(deckMeta: DeckMeta): Promise<RevealApi> {
    const instance = new Reveal(parts.revealRoot, revealOptions(deckMeta, reducedMotion(), parts.keys));
    instance.on('slidechanged', onSlideChanged);
    instance.on('fragmentshown', reportLocalMove);
    instance.on('fragmenthidden', reportLocalMove);
    instance.on('overviewshown', prepareLoadedSlides);
    // reveal.js announces its first slide while starting: that is not the user's move.
    isMovingItself = true;
    try {
      await instance.initialize();
    } finally {
      isMovingItself = false;
    }
    // Web fonts (theme, emoji subsets) change line breaks once they arrive.
    document.fonts.addEventListener('loadingdone', refitAll);
    return instance;
  }

  async function show(payload: DeckPayload): Promise<void> {
    const { deck } = payload;
    meta = deck.meta;
    assets = { assetBase: payload.assetBase, assetVersion: payload.assetVersion };
    messages = messagesFor(deck.meta.lang);
    document.documentElement.lang = safeLang(deck.meta.lang);
    document.title = deck.meta.title || 'Mimbar';
    await applyTheme(knownTheme(deck.meta.theme));
    clearWarnings();
    parts.updateWarnings([], messages);

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
    const previousIndices = reveal?.getIndices();
    sections = buildSections(deck.slides);
    parts.slidesRoot.replaceChildren(...sections.horizontals);
    if (reveal) {
      moveItself((instance) => {
        instance.configure({ slideNumber: deck.meta.slideNumber ? 'c/t' : false });
        instance.sync();
      });
    } else {
      reveal = await startReveal(deck.meta);
    }
    // Same slide by id; if it is gone, the same position (reveal.js clamps it); else the first slide.
    // The host's slide first (it follows the deck by slide id too), else the one shown before.
    const host = parts.hostPosition?.() ?? null;
    const hostSlide = host?.slideId ? sections.byId.get(host.slideId) : undefined;
    const target = hostSlide ?? (previous !== null ? sections.byId.get(previous) : undefined);
    const { h, v } = target ? reveal.getIndices(target.element) : (previousIndices ?? { h: 0, v: 0 });
    const fragment = hostSlide && host ? host.fragment : undefined;
    moveItself((instance) => instance.slide(h, v, fragment));
    prepareLoadedSlides();
    await document.fonts.ready;
    refitAll();
    announceReady(currentSlideId());
  }

  return { show, goTo, messages: () => messages };
}
