/**
 * Characters a notes text may not carry into the deck: NUL and the other C0 control characters except
 * tab and line breaks (a NUL makes the file read as binary; the others are invisible and garble other
 * tools), and lone surrogates (no encoding can store them: UTF-8 would save U+FFFD). Pure.
 */

// No u flag: a lone surrogate must be one code unit to be found.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text` that cannot be stored, as `U+XXXX`, or null when every one can. */
export function unstorableCharacter(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  return `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The sentence for notes that hold such a character: nothing is saved until it is removed, and nothing is lost. */
export function unstorableMessage(title: string, character: string): string {
  return `The notes of "${title}" contain a character a text file cannot keep (${character}, an invisible control or broken character); remove it and they are saved. Until then they are kept unsaved.`;
}
