/**
 * The right side of the notes editor: the chosen slide's number and title, its notes in a textarea (or
 * read-only, with the reason), "Go to slide", and the preview toggle. The textarea keeps its text while
 * the same slide stays chosen (the host's answers and new decks never rewrite it).
 */
import type { Slide } from '../../app/contract/deck';
import type { NotesSession } from '../../renderer/shared/notes/notes-session';
import type { NotesStrings } from '../../renderer/shared/notes/notes-strings';
import { createNotesTextarea } from '../../renderer/shared/notes/notes-textarea';
import { readOnlyReason } from '../../renderer/shared/notes/notes-text';
import { setText } from '../../renderer/shared/dom/set-text';
import type { EditorElements } from './editor-elements';
import type { EditorStrings } from './editor-strings';
import { showNotesPreview } from './notes-preview';

/** What the panel draws besides the slide. */
export interface PanelContext {
  assetBase: string;
  strings: EditorStrings;
  notesStrings: NotesStrings;
}

/** The editor panel. */
export interface EditorPanel {
  /** Shows `slide` (number `number` in reading order); the same slide again only refreshes around the text. */
  show(slide: Slide, number: number, context: PanelContext): void;
  /** Redraws what depends on the status, the deck or the language. */
  refresh(context: PanelContext): void;
  /** Loads the text of the shown slide again when it is one of `slideIds` (replaced on purpose). */
  reload(slideIds: readonly string[]): void;
  slide(): Slide | null;
  /** True while the presenter types in the textarea. */
  isTyping(): boolean;
}

/** Creates the panel; `goTo` shows a slide to the audience. */
export function createEditorPanel(elements: EditorElements, session: NotesSession, goTo: (slide: Slide) => void): EditorPanel {
  const editor = createNotesTextarea(elements.text, (edit) => session.edit(edit));
  let slide: Slide | null = null;
  let number = 0;
  let context: PanelContext | null = null;
  let isPreview = false;

  const draw = (): void => {
    if (!context) return;
    const { strings, notesStrings } = context;
    setText(elements.goToSlide, strings.goToSlide);
    setText(elements.previewToggle, strings.preview);
    elements.previewToggle.setAttribute('aria-pressed', String(isPreview));
    elements.goToSlide.disabled = slide === null;
    elements.previewToggle.disabled = slide === null;
    if (!slide) {
      setText(elements.slideTitle, '');
      elements.text.readOnly = true;
      return;
    }
    setText(elements.slideTitle, `${number}. ${slide.title}`);
    const reason = readOnlyReason(slide, session.status(), notesStrings);
    setText(elements.readOnlyReason, reason ?? '');
    elements.readOnlyReason.hidden = reason === null;
    elements.text.readOnly = reason !== null;
    elements.text.placeholder = reason === null ? notesStrings.placeholder : '';
    elements.text.hidden = isPreview;
    elements.preview.hidden = !isPreview;
    if (isPreview) showNotesPreview(elements.preview, slide, elements.text.value, context.assetBase, strings);
  };

  elements.previewToggle.addEventListener('click', () => {
    isPreview = !isPreview;
    draw();
    if (!isPreview) elements.text.focus();
  });
  elements.goToSlide.addEventListener('click', () => {
    if (slide) goTo(slide);
  });

  return {
    show(next, position, nextContext) {
      slide = next;
      number = position;
      context = nextContext;
      const isNewSlide = editor.slideId() !== next.id;
      editor.bind(next, session.status());
      if (isNewSlide) elements.text.scrollTop = 0;
      draw();
    },
    refresh(nextContext) {
      context = nextContext;
      draw();
    },
    reload(slideIds) {
      if (!slide || !slideIds.includes(slide.id)) return;
      editor.reload(slide, session.status());
      draw();
    },
    slide: () => slide,
    isTyping: () => document.activeElement === elements.text,
  };
}
