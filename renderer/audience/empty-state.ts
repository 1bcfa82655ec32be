/** The screen shown instead of reveal.js when a deck has no slides. */
import type { Messages } from './messages';

/** Shows or hides the empty-state screen. */
export interface EmptyState {
  show(messages: Messages): void;
  hide(): void;
}

/** Creates the (hidden) empty-state screen in `<body>`. */
export function createEmptyState(): EmptyState {
  const screen = document.createElement('main');
  screen.className = 'mimbar-ui-empty';
  screen.hidden = true;
  const title = document.createElement('h1');
  const hint = document.createElement('p');
  screen.append(title, hint);
  document.body.append(screen);
  return {
    show(messages) {
      title.textContent = messages.emptyTitle;
      hint.textContent = messages.emptyHint;
      screen.hidden = false;
    },
    hide() {
      screen.hidden = true;
    },
  };
}
