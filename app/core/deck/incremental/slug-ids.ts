/**
 * Slide ids allocated as `IdAllocator` does (a slug plus an occurrence suffix), also from a slug already
 * made: a reused slide keeps the slug of its title, and slugifying thousands of titles is a visible part
 * of a cached rebuild.
 */
import { slugify } from '../slug';

export class SlugIds {
  private readonly seen = new Map<string, number>();

  /** Returns a unique id for `text`, the same as `IdAllocator.next` would. */
  next(text: string): string {
    return this.allocate(slugify(text));
  }

  /** Returns a unique id for a title whose slug is `slug`. */
  allocate(slug: string): string {
    const count = (this.seen.get(slug) ?? 0) + 1;
    this.seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  }
}
