/**
 * Shows a `DeckPayload` with reveal.js: builds the sections, fills and fits the slides reveal.js
 * brings within view distance, keeps the same slide (by id) on screen when the deck changes, and
 * switches to the empty-state screen for a deck without slides.
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
import { fillSlide } from './slide-content';
import { applyTheme, knownTheme } from './theme';
import type { WarningsIndicator } from './warnings-indicator';

/** The page parts the view drives besides reveal.js. */
export interface AudienceParts {
  revealRoot: HTMLElement;
  slidesRoot: HTMLElement;
  emptyState: EmptyState;
  updateWarnings: WarningsIndicator;
}

/** Renders decks into the page; `show` may be called again for every `deck:changed`. */
export interface AudienceView {
  show(payload: DeckPayload): Promise<void>;
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
  let assetBase = '';
  let messages = messagesFor('en');

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
      fillSlide(entry, meta, assetBase);
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

  function onSlideChanged(): void {
    prepareLoadedSlides();
    const id = currentSlideId();
    if (id) announceSlideChanged(id);
  }

  async function startReveal(deckMeta: DeckMeta): Promise<RevealApi> {
    const instance = new Reveal(parts.revealRoot, revealOptions(deckMeta, reducedMotion()));
    instance.on('slidechanged', onSlideChanged);
    instance.on('overviewshown', prepareLoadedSlides);
    await instance.initialize();
    // Web fonts (theme, emoji subsets) change line breaks once they arrive.
    document.fonts.addEventListener('loadingdone', refitAll);
    return instance;
  }

  async function show(payload: DeckPayload): Promise<void> {
    const { deck } = payload;
    meta = deck.meta;
    assetBase = payload.assetBase;
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
      reveal.configure({ slideNumber: deck.meta.slideNumber ? 'c/t' : false });
      reveal.sync();
    } else {
      reveal = await startReveal(deck.meta);
    }
    // Same slide by id; if it is gone, the same position (reveal.js clamps it); else the first slide.
    const target = previous !== null ? sections.byId.get(previous) : undefined;
    const { h, v } = target ? reveal.getIndices(target.element) : (previousIndices ?? { h: 0, v: 0 });
    reveal.slide(h, v);
    prepareLoadedSlides();
    await document.fonts.ready;
    refitAll();
    announceReady(currentSlideId());
  }

  return { show, messages: () => messages };
}
