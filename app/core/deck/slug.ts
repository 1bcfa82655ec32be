/** Stable slide ids: a slug of the heading plus an occurrence suffix. */

/** Lower-case ASCII slug of `text` (diacritics folded, emoji and punctuation dropped), or 'slide'. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long headings are cut at the last word boundary before 60 characters.
  const short = slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, '') : slug;
  return short.length > 0 ? short : 'slide';
}

/** Hands out unique ids: the second `intro` becomes `intro-2`, the third `intro-3`. */
export class IdAllocator {
  private readonly seen = new Map<string, number>();

  /** Returns a unique id for `text`. */
  next(text: string): string {
    const base = slugify(text);
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
