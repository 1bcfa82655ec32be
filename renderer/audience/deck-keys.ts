/**
 * The keys reveal.js would handle within its window only, handled for the whole deck: Home and End
 * (through reveal.js's key bindings), Shift+←/H and Shift+→/L (reveal.js leaves them to the app, see
 * `keyboardCondition` in reveal-options.ts), and what reveal.js's help says G does.
 */
import type { RevealApi } from 'reveal.js';
import { isFirstOrLastKey } from './reveal-options';
import type { KeyBindings } from './reveal-options';

const HOME_KEY = 36;
const END_KEY = 35;

/** The user's moves to the deck's ends. */
export interface DeckEnds {
  first(): void;
  last(): void;
}

/** reveal.js's key bindings: the page's own `keys` (the blackout keys), and Home/End for the whole deck. */
export function deckKeyBindings(keys: KeyBindings | undefined, ends: DeckEnds): KeyBindings {
  return { ...keys, [HOME_KEY]: () => ends.first(), [END_KEY]: () => ends.last() };
}

/** Listens on `document` for Shift+←/H and Shift+→/L. */
export function installDeckEndKeys(ends: DeckEnds): void {
  document.addEventListener('keydown', (event) => {
    const key = isFirstOrLastKey(event);
    if (key === null) return;
    event.preventDefault();
    if (key === 'first') ends.first();
    else ends.last();
  });
}

/**
 * reveal.js's help (?) lists G as "Jump to slide" after every configure, though its jump box is off here
 * (it would count within the window): say what does it instead. A number typed then Enter works with or
 * without G first (main.ts).
 */
export function describeJumpKey(instance: RevealApi): void {
  instance.registerKeyboardShortcut('G', 'Jump to slide: type its number, then Enter');
}
