/**
 * Tells the moves the app makes in reveal.js (following the host, moving the window, starting) from the
 * user's own: reveal.js dispatches its events synchronously, so a mark held around the app's call tells
 * the events that call caused from the rest.
 */

/** The mark around the app's own moves. */
export interface OwnMoves {
  /** True while the app itself moves reveal.js. */
  isMoving(): boolean;
  /** Runs `move` as the app's own; a nested call leaves the mark as it found it. */
  run(move: () => void): void;
  /** Runs `start` (reveal.js's initialize, which announces its first slide) as the app's own. */
  runStart(start: () => Promise<void>): Promise<void>;
}

/** Creates the mark, unset. */
export function createOwnMoves(): OwnMoves {
  let isMoving = false;
  return {
    isMoving: () => isMoving,
    run(move) {
      const wasMoving = isMoving;
      isMoving = true;
      try {
        move();
      } finally {
        isMoving = wasMoving;
      }
    },
    async runStart(start) {
      isMoving = true;
      try {
        await start();
      } finally {
        isMoving = false;
      }
    },
  };
}
