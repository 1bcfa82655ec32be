/**
 * The console's notes pane, readable and editable: one click on the notes or E opens a textarea with the
 * slide's notes (or its unsaved edit); typing reports edits; Esc or a click outside the pane leaves it
 * (saving now), Ctrl/Cmd+S saves now, and PageUp/PageDown (a clicker) still move while editing. Moving to
 * another slide saves and shows that slide's notes in the editor. Read-only notes never open: the status
 * line says why.
 */
import type { Slide } from '../../app/contract/deck';
import type { NotesSession } from '../../renderer/shared/notes/notes-session';
import { notesStringsFor } from '../../renderer/shared/notes/notes-strings';
import type { NotesStrings } from '../../renderer/shared/notes/notes-strings';
import { createNotesTextarea } from '../../renderer/shared/notes/notes-textarea';
import { pendingText, readOnlyReason } from '../../renderer/shared/notes/notes-text';
import type { ConsoleElements } from './console-elements';
import { createNotesPanel } from './notes-panel';
import type { ConsoleStrings } from './strings';

/** The notes pane as the console view drives it. */
export interface ConsoleNotes {
  show(slide: Slide | null, assetBase: string, strings: ConsoleStrings): void;
  resize(direction: 1 | -1): void;
  /** Scrolls the notes by most of the pane (U/D): down (1) or up (−1). */
  scroll(direction: 1 | -1): void;
  /** Opens the editor on the shown slide, or says in the status line why it cannot. */
  startEditing(): void;
  isEditing(): boolean;
}

/** Moves the keys of a clicker make while the editor has the keyboard. */
export interface ClickerMoves {
  next(): void;
  previous(): void;
}

/** Builds the pane over the console's elements, with `session` for saving and `moves` for PageUp/PageDown. */
export function createConsoleNotes(elements: ConsoleElements, session: NotesSession, moves: ClickerMoves): ConsoleNotes {
  const panel = createNotesPanel(elements);
  const editor = createNotesTextarea(elements.notesEditor, (edit) => session.edit(edit));
  elements.notesLabel.after(session.statusView.element);
  elements.notesFrame.before(session.banner.element);
  let slide: Slide | null = null;
  let assetBase = '';
  let strings: ConsoleStrings | null = null;
  let notesStrings: NotesStrings = notesStringsFor('en');
  let isEditing = false;

  const drawPanel = (): void => {
    if (strings) panel.show(slide, assetBase, strings, slide ? pendingText(slide, session.status()) : null);
    elements.notes.classList.toggle('is-editable', slide !== null && readOnlyReason(slide, session.status(), notesStrings) === null);
    elements.notes.title = elements.notes.classList.contains('is-editable') ? notesStrings.editHint : '';
  };

  const setEditing = (value: boolean): void => {
    isEditing = value;
    elements.notesEditor.hidden = !value;
    elements.notes.hidden = value;
    elements.notesFrame.hidden = value;
    elements.notesPane.classList.toggle('is-editing', value);
  };

  const leave = (): void => {
    if (!isEditing) return;
    const hadFocus = document.activeElement === elements.notesEditor;
    setEditing(false);
    editor.unbind();
    drawPanel();
    if (hadFocus) elements.notesEditor.blur();
    void session.saveNow();
  };

  const startEditing = (): void => {
    if (isEditing || !slide) return;
    const reason = readOnlyReason(slide, session.status(), notesStrings);
    session.statusView.setHint(reason);
    if (reason !== null) return;
    editor.bind(slide, session.status());
    setEditing(true);
    const end = elements.notesEditor.value.length;
    elements.notesEditor.focus();
    elements.notesEditor.setSelectionRange(end, end);
  };

  elements.notes.addEventListener('click', () => {
    // A drag that selected text to copy is not a request to edit.
    if (document.getSelection()?.isCollapsed !== false) startEditing();
  });
  elements.notesEditor.addEventListener('keydown', (event) => {
    const isSave = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 's' || event.key === 'S');
    if (event.key === 'Escape') leave();
    else if (isSave) void session.saveNow();
    else if (event.key === 'PageDown' && !event.ctrlKey && !event.metaKey) moves.next();
    else if (event.key === 'PageUp' && !event.ctrlKey && !event.metaKey) moves.previous();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });
  document.addEventListener('pointerdown', (event) => {
    if (isEditing && event.target instanceof Node && !elements.notesPane.contains(event.target)) leave();
  });
  session.onReplaced((slideIds) => {
    if (isEditing && slide && slideIds.includes(slide.id)) editor.reload(slide, session.status());
  });
  session.onStatus(() => {
    if (isEditing && slide && readOnlyReason(slide, session.status(), notesStrings) !== null) leave();
    else if (!isEditing) drawPanel();
  });

  return {
    show(next, base, words) {
      const isNewSlide = next?.id !== slide?.id;
      slide = next;
      assetBase = base;
      strings = words;
      notesStrings = notesStringsFor(words.lang);
      session.setStrings(notesStrings);
      elements.notesEditor.placeholder = notesStrings.placeholder;
      if (isNewSlide) session.statusView.setHint(null);
      if (isEditing && next && readOnlyReason(next, session.status(), notesStrings) === null) {
        // The host saves on a move too; saving here also covers edits still on their way.
        if (isNewSlide) void session.saveNow();
        editor.bind(next, session.status());
      } else if (isEditing) {
        leave();
        if (next) session.statusView.setHint(readOnlyReason(next, session.status(), notesStrings));
      } else {
        drawPanel();
      }
    },
    resize: (direction) => panel.resize(direction),
    scroll: (direction) => panel.scroll(direction),
    startEditing,
    isEditing: () => isEditing,
  };
}
