/**
 * The overview (O or Esc): every slide as a numbered title card in a grid; a click (or Enter on the
 * focused card) goes there. Titles only, built when opened: fast for a 1,000-slide deck.
 */
import type { Slide } from '../../app/contract/deck';
import type { ConsoleStrings } from './strings';

/** The overview grid. */
export interface OverviewGrid {
  open(slides: readonly Slide[], currentId: string | null, strings: ConsoleStrings): void;
  close(): void;
  isOpen(): boolean;
}

/** Creates the overview in `box`; `goTo` moves to a slide (the grid closes first). */
export function createOverviewGrid(box: HTMLElement, goTo: (slide: Slide) => void): OverviewGrid {
  const close = (): void => {
    box.hidden = true;
    box.replaceChildren();
  };
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') {
      event.stopPropagation();
      close();
    }
  });
  return {
    open(slides, currentId, strings) {
      const heading = document.createElement('h2');
      heading.className = 'overview-title';
      heading.textContent = strings.overview;
      const grid = document.createElement('div');
      grid.className = 'overview-grid';
      let current: HTMLButtonElement | null = null;
      for (const [position, slide] of slides.entries()) {
        const card = document.createElement('button');
        card.type = 'button';
        card.className = 'overview-card';
        card.dataset['slide'] = slide.id;
        const number = document.createElement('span');
        number.className = 'overview-number';
        number.textContent = String(position + 1);
        const title = document.createElement('span');
        title.className = 'overview-card-title';
        title.textContent = slide.section && slide.section !== slide.title ? `${slide.section} › ${slide.title}` : slide.title;
        card.append(number, title);
        card.addEventListener('click', () => {
          close();
          goTo(slide);
        });
        if (slide.id === currentId) {
          card.classList.add('is-current');
          current = card;
        }
        grid.append(card);
      }
      box.replaceChildren(heading, grid);
      box.hidden = false;
      const focus: HTMLButtonElement | null = current ?? grid.querySelector('button');
      focus?.focus();
      focus?.scrollIntoView({ block: 'center' });
    },
    close,
    isOpen: () => !box.hidden,
  };
}
