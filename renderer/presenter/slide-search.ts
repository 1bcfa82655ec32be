/**
 * The search box (`/` or Ctrl+F): finds slides by a word of their title, body text or notes. The text
 * index is built on first use from the sanitized slide HTML; Enter goes to the chosen result.
 */
import type { Slide } from '../../app/contract/deck';
import { sanitizeToFragment } from '../../renderer/shared/sanitize/sanitize-html';
import type { ConsoleStrings } from './strings';

const MAX_RESULTS = 30;

/** The search box. */
export interface SlideSearch {
  open(strings: ConsoleStrings): void;
  close(): void;
  isOpen(): boolean;
}

interface Entry {
  slide: Slide;
  number: number;
  text: string;
}

function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Creates the search over `slides()` (in reading order); `goTo` moves to a slide and closes the box. */
export function createSlideSearch(
  box: HTMLElement,
  input: HTMLInputElement,
  list: HTMLElement,
  slides: () => { slides: readonly Slide[]; assetBase: string },
  goTo: (slide: Slide) => void,
): SlideSearch {
  let index: Entry[] | null = null;
  let indexedFor: readonly Slide[] | null = null;
  let results: Entry[] = [];
  let selected = 0;
  let noResults = '';

  const buildIndex = (): Entry[] => {
    const deck = slides();
    if (index && indexedFor === deck.slides) return index;
    indexedFor = deck.slides;
    index = deck.slides.map((slide, position) => ({
      slide,
      number: position + 1,
      text: normalize(`${slide.title}\n${sanitizeToFragment(slide.html, deck.assetBase).textContent ?? ''}\n${slide.notes.text}`),
    }));
    return index;
  };

  const draw = (): void => {
    const items = results.map((entry, position) => {
      const item = document.createElement('li');
      item.className = position === selected ? 'search-result is-selected' : 'search-result';
      item.dataset['slide'] = entry.slide.id;
      item.textContent = `${entry.number}. ${entry.slide.title}`;
      item.addEventListener('click', () => go(entry));
      return item;
    });
    if (items.length === 0 && input.value.trim() !== '') {
      const empty = document.createElement('li');
      empty.className = 'search-empty';
      empty.textContent = noResults;
      items.push(empty);
    }
    list.replaceChildren(...items);
  };

  const search = (): void => {
    const words = normalize(input.value).split(/\s+/).filter(Boolean);
    results = words.length === 0 ? [] : buildIndex().filter((entry) => words.every((word) => entry.text.includes(word))).slice(0, MAX_RESULTS);
    selected = 0;
    draw();
  };

  const close = (): void => {
    // A hidden input keeps the focus until the next frame: the console's next key would be typed into it.
    if (document.activeElement === input) input.blur();
    box.hidden = true;
    input.value = '';
    results = [];
    list.replaceChildren();
  };

  const go = (entry: Entry): void => {
    close();
    goTo(entry.slide);
  };

  input.addEventListener('input', search);
  input.addEventListener('keydown', (event) => {
    event.stopPropagation();
    const chosen = results[selected];
    if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && chosen) go(chosen);
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const count = Math.max(1, results.length);
      selected = (selected + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      draw();
    }
  });

  return {
    open(strings) {
      noResults = strings.noResults;
      input.placeholder = strings.searchPlaceholder;
      box.hidden = false;
      input.focus();
    },
    close,
    isOpen: () => !box.hidden,
  };
}
