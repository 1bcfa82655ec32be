/**
 * The presenter console: the deck and the shared presentation state from the host (Electron preload or
 * browser host, the same bridge), drawn as current slide, next step, notes and timer. Every move is a
 * `presentation:command`; the console draws the state the host answers and broadcasts. The notes are
 * edited in place; the host saves them.
 */
import type { Slide } from '../../app/contract/deck';
import type { PresentationCommand, PresentationState } from '../../app/contract/presentation';
import { applyTheme, knownTheme } from '../../renderer/shared/theme';
import { ALL_LINKS, guardLinkClicks } from '../../renderer/shared/link-clicks';
import { getBridge } from '../../renderer/shared/host/get-bridge';
import { createNotesSession } from '../../renderer/shared/notes/notes-session';
import { notesStringsFor } from '../../renderer/shared/notes/notes-strings';
import { findConsoleElements } from './console-elements';
import { announceConsoleReady, announceConsoleRendered } from './console-events';
import { installConsoleKeys } from './console-keys';
import { createConsoleNotes } from './console-notes';
import { createConsoleOverview } from './console-overview';
import { createConsoleView } from './console-view';
import type { Position, Step } from './deck-order';
import { createSlideSearch } from './slide-search';

async function start(): Promise<void> {
  const bridge = getBridge('presenter');
  const elements = findConsoleElements();
  const showStatus = (message: string): void => {
    elements.status.textContent = message;
  };
  // A link in a preview or in the notes never takes the console away: web links open in the system browser.
  guardLinkClicks(bridge, (result) => showStatus(result.ok ? '' : result.message), ALL_LINKS);
  const render = (state: PresentationState): void => {
    if (!view.render(state)) return;
    overview.follow(state.slideId);
    announceConsoleRendered(state.revision);
  };
  // Where the console's last move goes while it is on its way to the host: a second press before the
  // answer steps on from there (a clicker pressed twice quickly skips two slides, not one).
  let aim: Position | null = null;
  let sent = 0;
  const send = (command: PresentationCommand): void => {
    const id = ++sent;
    if (command.type === 'goto') aim = { h: command.h, v: command.v, fragment: command.fragment };
    const settle = (): void => {
      if (id === sent) aim = null;
    };
    bridge.sendPresentationCommand(command).then(
      (state) => {
        settle();
        render(state);
      },
      (error: unknown) => {
        settle();
        showStatus(error instanceof Error ? error.message : String(error));
      },
    );
  };
  const goToStep = (step: Step | null): void => {
    if (step) send({ type: 'goto', h: step.slide.h, v: step.slide.v, fragment: step.fragment });
  };
  const goToSlide = (slide: Slide | undefined): void => goToStep(slide ? { slide, fragment: -1 } : null);
  const next = (): void => {
    const from = aim ?? view.shown();
    if (from) goToStep(view.order().next(from));
  };
  const previous = (): void => {
    const from = aim ?? view.shown();
    if (from) goToStep(view.order().previous(from));
  };
  const session = createNotesSession(bridge, notesStringsFor('en'));
  const notes = createConsoleNotes(elements, session, { next, previous });
  const view = createConsoleView(elements, notes, send);
  const search = createSlideSearch(
    elements.search,
    elements.searchInput,
    elements.searchResults,
    () => ({ slides: view.order().slides, assetBase: view.payload()?.assetBase ?? '' }),
    goToSlide,
  );
  const overview = createConsoleOverview(elements.overview, view, goToSlide);

  bridge.on('presentation:changed', render);
  bridge.on('ui:language', ({ lang }) => view.setMenuLanguage(lang));
  bridge.on('deck:changed', (payload) => {
    // The overview shows the deck it opened with: a new deck closes it.
    overview.close();
    view.setDeck(payload);
    void applyTheme(knownTheme(payload.deck.meta.theme));
    bridge.getPresentation().then(render, () => undefined);
  });

  installConsoleKeys({
    next,
    previous,
    first: () => goToSlide(view.order().slides[0]),
    last: () => goToSlide(view.order().slides.at(-1)),
    toggleBlackout: (mode) => send({ type: 'blackout', mode: view.shown()?.blackout === mode ? 'none' : mode }),
    jumpTo: (number) => goToSlide(view.order().slides[Math.min(Math.max(number, 1), view.order().slides.length) - 1]),
    showJump: (digits) => {
      elements.jump.hidden = digits === '';
      elements.jump.textContent = view.strings().jumpTo(digits);
    },
    openSearch: () => search.open(view.strings()),
    openOverview: () => overview.open(),
    swapDisplays: () => {
      bridge.swapDisplays().then(
        (result) => showStatus(result.ok ? '' : result.message),
        (error: unknown) => showStatus(String(error)),
      );
    },
    toggleTimer: () => send({ type: 'timer', action: view.shown()?.timer.startedAt === null ? 'start' : 'pause' }),
    resetTimer: () => send({ type: 'timer', action: 'reset' }),
    resizeNotes: (direction) => view.resizeNotes(direction),
    scrollNotes: (direction) => view.scrollNotes(direction),
    language: () => view.strings().lang,
    editNotes: () => notes.startEditing(),
    isDialogOpen: () => search.isOpen() || overview.isOpen(),
  });
  // Both previews: the next slide's slot also changes size when its label is first filled in.
  const resized = new ResizeObserver(() => view.layout());
  resized.observe(elements.current);
  resized.observe(elements.next);

  const [payload, state] = await Promise.all([bridge.getDeck(), bridge.getPresentation(), session.load()]);
  view.setDeck(payload);
  await applyTheme(knownTheme(payload.deck.meta.theme));
  await document.fonts.ready;
  render(state);
  announceConsoleReady(view.shown()?.revision ?? state.revision);
}

start().catch((error: unknown) => {
  const status = document.querySelector('[data-testid="status"]');
  if (status) status.textContent = error instanceof Error ? error.message : String(error);
});
