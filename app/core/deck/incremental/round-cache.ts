/**
 * A string-keyed map that forgets what recent builds did not use: each build is one round, and an entry
 * not read or written in the last `keep` rounds is dropped when a round ends. Holds what the incremental
 * deck builder reuses (lexed chunks, built slides) without growing with every edit.
 */
export class RoundCache<V> {
  private readonly entries = new Map<string, { value: V; round: number }>();
  private round = 0;

  constructor(private readonly keep: number) {}

  /** The value stored under `key`, marked as used in this round. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.round = this.round;
    return entry.value;
  }

  /** Stores `value` under a copy of `key` that holds no larger string alive (see `detach`); returns that copy. */
  set(key: string, value: V): string {
    const stored = detach(key);
    this.entries.set(stored, { value, round: this.round });
    return stored;
  }

  /** Ends the current round: entries unused for `keep` rounds are dropped. */
  endRound(): void {
    for (const [key, entry] of this.entries) {
      if (this.round - entry.round >= this.keep) this.entries.delete(key);
    }
    this.round += 1;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * A copy of `text` that shares no memory with a larger string. V8 makes a substring of a long string a
 * view that keeps the whole string alive; a cache that keeps pieces of every deck text it saw would keep
 * every text. Joining and slicing again makes V8 copy the characters into a string of their own.
 */
export function detach(text: string): string {
  return ` ${text}`.slice(1);
}
