/**
 * What one formula may ask of the typesetter. Temml bounds macro expansion itself (`maxExpand`) and sizes
 * (`maxSize`); the length and the nesting depth are checked here first, since the parser recurses once
 * per group and a formula of 100,000 nested braces would overflow the stack.
 */

/** Characters of TeX in one formula. A long worked equation is about 300. */
export const MAX_FORMULA_LENGTH = 5000;
/** Groups (`{`, `\left`, `\begin`) open at once. Real formulas stay under 10. */
export const MAX_FORMULA_DEPTH = 64;
/** Macro expansions per formula (Temml's `maxExpand`; its default is 1000). */
export const MAX_EXPANSIONS = 500;
/** The largest size a formula may give a rule or space: [em, pt] (Temml's `maxSize`). */
export const MAX_SIZE: [number, number] = [20, 200];

/** Why a formula is refused before it is typeset, or null when it may be. */
export function formulaTooBig(tex: string): string | null {
  if (tex.length > MAX_FORMULA_LENGTH) return `it is longer than ${MAX_FORMULA_LENGTH} characters`;
  let depth = 0;
  const groups = /\\(?:left|begin)\b|\\(?:right|end)\b|\\[{}]|[{}]/g;
  for (const match of tex.matchAll(groups)) {
    const token = match[0];
    if (token === '\\{' || token === '\\}') continue;
    if (token === '{' || token === '\\left' || token === '\\begin') depth += 1;
    else depth = Math.max(0, depth - 1);
    if (depth > MAX_FORMULA_DEPTH) return `it nests more than ${MAX_FORMULA_DEPTH} groups deep`;
  }
  return null;
}
