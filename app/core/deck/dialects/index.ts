/** Every dialect's module, by name: the one table the pipeline picks a deck's rules from. */
import type { Dialect } from '../../../contract/deck';
import type { DeckDialect } from './dialect';
import { marpDialect } from './marp/marp-dialect';
import { articleDialect, mimbarDialect } from './mimbar-dialect';
import { quartoDialect } from './quarto/quarto-dialect';
import { revealDialect } from './reveal/reveal-dialect';
import { slidevDialect } from './slidev/slidev-dialect';

export const DIALECT_MODULES: Readonly<Record<Dialect, DeckDialect>> = {
  article: articleDialect,
  mimbar: mimbarDialect,
  slidev: slidevDialect,
  marp: marpDialect,
  reveal: revealDialect,
  quarto: quartoDialect,
};
