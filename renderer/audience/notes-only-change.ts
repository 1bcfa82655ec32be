/**
 * Tells a deck change that touches only speaker notes (an autosave of edited notes) from one the
 * audience must see: the audience page skips rebuilding reveal.js for the former, so the projector does
 * not flicker on every save.
 */
import type { DeckPayload } from '../../app/contract/channels';
import type { Slide } from '../../app/contract/deck';

function sameSlide(a: Slide, b: Slide): boolean {
  return (
    a.id === b.id &&
    a.html === b.html &&
    a.h === b.h &&
    a.v === b.v &&
    a.title === b.title &&
    a.section === b.section &&
    a.isPlaceholder === b.isPlaceholder &&
    a.part?.n === b.part?.n &&
    a.part?.of === b.part?.of
  );
}

/** True when `next` differs from `shown` in nothing the audience page shows (notes, source ranges, warnings aside). */
export function isNotesOnlyChange(shown: DeckPayload, next: DeckPayload): boolean {
  if (shown.assetBase !== next.assetBase || shown.assetVersion !== next.assetVersion || shown.fileName !== next.fileName || shown.notice !== next.notice) return false;
  if (JSON.stringify(shown.deck.meta) !== JSON.stringify(next.deck.meta)) return false;
  const before = shown.deck.slides;
  const after = next.deck.slides;
  return before.length === after.length && before.every((slide, index) => {
    const other = after[index];
    return other !== undefined && sameSlide(slide, other);
  });
}
