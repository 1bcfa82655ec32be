/**
 * The notes editor window: every slide's notes in a filterable list, the chosen slide's notes in a
 * textarea with a preview, "Go to slide", and the save status the host broadcasts. Edits go to the host,
 * which journals and saves them; the list follows the presented slide without taking the text away from
 * a presenter who is typing.
 */
import type { DeckPayload } from '../../app/contract/channels';
import type { Slide } from '../../app/contract/deck';
import type { UiLanguage } from '../../app/contract/ui-language';
import { chooseUiLanguage, safeLang } from '../../renderer/shared/language';
import { ALL_LINKS, guardLinkClicks } from '../../renderer/shared/link-clicks';
import { getBridge } from '../../renderer/shared/host/get-bridge';
import { createNotesSession } from '../../renderer/shared/notes/notes-session';
import { notesStringsFor } from '../../renderer/shared/notes/notes-strings';
import { setText } from '../../renderer/shared/dom/set-text';
import { createEditorPanel } from './editor-panel';
import type { PanelContext } from './editor-panel';
import { findEditorElements } from './editor-elements';
import { installEditorKeys } from './editor-keys';
import { editorStringsFor } from './editor-strings';
import { createSlideList } from './slide-list';

async function start(): Promise<void> {
  const bridge = getBridge('notes-editor');
  const elements = findEditorElements();
  const session = createNotesSession(bridge, notesStringsFor('en'));
  elements.statusSlot.append(session.statusView.element);
  elements.bannerSlot.append(session.banner.element);
  // A link in the notes preview never takes the editor away: web links open in the system browser.
  guardLinkClicks(bridge, (result) => {
    if (!result.ok) session.banner.showError(result.message);
  }, ALL_LINKS);
  let payload: DeckPayload | null = null;
  let slides: Slide[] = [];
  let menuLang: UiLanguage | null = null;
  let context: PanelContext = { assetBase: '', strings: editorStringsFor('en'), notesStrings: notesStringsFor('en') };

  const panel = createEditorPanel(elements, session, (slide) => {
    bridge.sendPresentationCommand({ type: 'goto', h: slide.h, v: slide.v, fragment: -1 }).catch((error: unknown) => session.banner.showError(String(error)));
  });
  const choose = (slide: Slide | null): void => {
    if (!slide) return;
    const previous = panel.slide();
    if (previous && previous.id !== slide.id) void session.saveNow();
    panel.show(slide, slides.indexOf(slide) + 1, context);
    list.select(slide.id);
  };
  const list = createSlideList(elements.list, elements.listEmpty, choose);

  const applyDeck = (next: DeckPayload): void => {
    payload = next;
    slides = [...next.deck.slides].sort((a, b) => a.h - b.h || a.v - b.v);
    const lang = chooseUiLanguage(menuLang, next.deck.meta.lang, navigator.language);
    context = { assetBase: next.assetBase, strings: editorStringsFor(lang), notesStrings: notesStringsFor(lang) };
    document.documentElement.lang = safeLang(lang);
    const title = `${context.strings.title}: ${next.deck.meta.title || next.fileName || 'Mimbar'}`;
    if (document.title !== title) document.title = title;
    setText(elements.deckTitle, next.deck.meta.title || next.fileName || '');
    setText(elements.slideCount, context.strings.slideCount(slides.length));
    elements.filter.placeholder = context.strings.filterPlaceholder;
    setText(elements.saveAs, context.notesStrings.saveAs);
    setText(elements.help, context.strings.help);
    session.setStrings(context.notesStrings);
    list.setDeck(slides, session.status(), context.strings);
    const shown = panel.slide();
    choose(slides.find((slide) => slide.id === shown?.id) ?? list.firstVisible() ?? slides[0] ?? null);
  };

  session.onReplaced((slideIds) => panel.reload(slideIds));
  session.onStatus((status) => {
    list.setStatus(status);
    panel.refresh(context);
  });
  elements.filter.addEventListener('input', () => list.filter(elements.filter.value));
  elements.filter.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') choose(list.firstVisible());
    else if (event.key === 'Escape' && elements.filter.value !== '') {
      elements.filter.value = '';
      list.filter('');
    } else return;
    event.preventDefault();
  });
  elements.saveAs.addEventListener('click', () => void session.saveAs());
  installEditorKeys({
    save: () => void session.saveNow(),
    step: (direction) => choose(list.neighbor(panel.slide()?.id ?? null, direction)),
    focusFilter: () => {
      elements.filter.focus();
      elements.filter.select();
    },
  });
  bridge.on('deck:changed', applyDeck);
  bridge.on('ui:language', ({ lang }) => {
    menuLang = lang;
    if (payload) applyDeck(payload);
  });
  let presented: string | null = null;
  bridge.on('presentation:changed', (state) => {
    if (state.slideId === presented) return;
    presented = state.slideId;
    list.markPresented(presented);
    // Follow a move of the presentation unless the presenter is typing here.
    if (!panel.isTyping() && document.activeElement !== elements.filter) choose(slides.find((slide) => slide.id === presented) ?? null);
  });

  const [deck, state] = await Promise.all([bridge.getDeck(), bridge.getPresentation(), session.load()]);
  applyDeck(deck);
  presented = state.slideId;
  list.markPresented(presented);
  choose(slides.find((slide) => slide.id === presented) ?? panel.slide());
  document.documentElement.dataset['mimbarNotesReady'] = 'true';
}

start().catch((error: unknown) => {
  const status = document.querySelector('#slide-title');
  if (status) status.textContent = error instanceof Error ? error.message : String(error);
});
