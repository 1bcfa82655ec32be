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

/**
 * Hands out unique ids in deck order: the second `intro` becomes `intro-2`, the third `intro-3`. One per
 * build, full or incremental; the incremental build hands in the slug a reused slide already has, since
 * slugifying thousands of titles is a visible part of a cached rebuild.
 */
export class IdAllocator {
  private readonly seen = new Map<string, number>();

  /** Returns a unique id for a slide titled `text`. */
  next(text: string): string {
    return this.allocate(slugify(text));
  }

  /** Returns a unique id for a slide whose title's slug is `slug` (what `next` gives for that title). */
  allocate(slug: string): string {
    const count = (this.seen.get(slug) ?? 0) + 1;
    this.seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  }
}
