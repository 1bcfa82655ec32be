/** The notes editor's keys: Ctrl/Cmd+S saves now, Alt+↑/↓ chooses the previous or next slide, Ctrl/Cmd+F the filter. */

/** What the keys do. */
export interface EditorKeyActions {
  save(): void;
  step(direction: 1 | -1): void;
  focusFilter(): void;
}

/** Listens on `document` (the textarea included: these keys are the page's, not the text's). */
export function installEditorKeys(actions: EditorKeyActions): void {
  document.addEventListener('keydown', (event) => {
    const isCommand = (event.ctrlKey || event.metaKey) && !event.altKey;
    const key = event.key.toLowerCase();
    if (isCommand && key === 's') actions.save();
    else if (isCommand && key === 'f') actions.focusFilter();
    else if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowUp') actions.step(-1);
    else if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowDown') actions.step(1);
    else return;
    event.preventDefault();
  });
}
