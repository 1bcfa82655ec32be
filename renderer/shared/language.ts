/** The page's language as `<html lang>` says it. */

/** `lang` when it looks like a BCP 47 tag, else `en`: the value goes on `<html lang>`. */
export function safeLang(lang: string): string {
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang) ? lang : 'en';
}
