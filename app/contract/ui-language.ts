/**
 * The one rule for the language of Mimbar's own words (labels, messages, status lines): Indonesian for
 * an Indonesian language tag, English for every other tag or none. Every window's string tables and
 * the hosts choose through it. No imports: it runs in the renderer and in Node alike.
 */

/** A language Mimbar's own words are written in. */
export type UiLanguage = 'id' | 'en';

// `id` and the legacy `in` (ISO 639-1 before 1989, still sent by old Java and Android locales), alone or
// with subtags, in any case. A BCP 47 tag only: a POSIX locale (`id_ID.UTF-8`) must be made a tag first.
const INDONESIAN = /^(?:id|in)(?:-|$)/i;

/** `id` for an Indonesian BCP 47 tag (`id`, `id-ID`, `ID`, `in`), else `en` (also for no tag at all). */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  return typeof tag === 'string' && INDONESIAN.test(tag) ? 'id' : 'en';
}
