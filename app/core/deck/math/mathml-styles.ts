/**
 * Temml writes a few `style="…"` attributes into its MathML (column padding in matrices, `\boxed`'s
 * border, `\color`). The views' Content Security Policy has no `'unsafe-inline'` and the sanitizer drops
 * every style attribute, so each one is rewritten here into what MathML and the stylesheet carry instead:
 * colours into MathML's own `mathcolor`/`mathbackground` attributes (checked colours only), the rest
 * into classes that renderer/shared/styles/math.css draws. Declarations with no class are dropped.
 */
import { cssColor } from '../dialects/look-values';

const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/;

/** A cell's side padding, in em (Temml writes em or pt at 10pt to the em), to the nearest step the stylesheet has. */
function paddingStep(value: string): string | null {
  const match = /^([\d.]+)(em|pt)$/.exec(value.trim());
  if (match === null) return null;
  const em = Number(match[1]) / (match[2] === 'pt' ? 10 : 1);
  const steps: [number, string][] = [[0, '0'], [0.25, '025'], [0.5, '05'], [1, '1'], [2, '2']];
  let best = steps[0] as [number, string];
  for (const step of steps) if (Math.abs(step[0] - em) < Math.abs(best[0] - em)) best = step;
  return best[1];
}

/** What one declaration becomes: an attribute, a class, or nothing. */
function rewriteDeclaration(property: string, value: string): { attribute?: string; className?: string } {
  switch (property) {
    case 'color': {
      const colour = cssColor(value);
      return colour === null ? {} : { attribute: `mathcolor="${colour}"` };
    }
    case 'background-color': {
      const colour = cssColor(value);
      return colour === null ? {} : { attribute: `mathbackground="${colour}"` };
    }
    case 'padding-left':
    case 'padding-right': {
      const step = paddingStep(value);
      return step === null ? {} : { className: `mimbar-math-${property === 'padding-left' ? 'pl' : 'pr'}-${step}` };
    }
    case 'padding':
      return { className: 'mimbar-math-pad' };
    case 'border':
      return { className: 'mimbar-math-box' };
    case 'math-depth':
      return value.trim() === '0' ? { className: 'mimbar-math-depth-0' } : {};
    case 'font-weight':
      return value.trim() === 'bold' ? { className: 'mimbar-math-bold' } : {};
    case 'text-align':
      return value.trim() === 'left' ? { className: 'tml-left' } : {};
    default:
      // `display: block math` (the stylesheet has it for `math[display=block]`) and anything else.
      return {};
  }
}

/** One element's start tag without its style attribute, and with what the declarations became. */
function rewriteTag(tag: string): string {
  const attributes: string[] = [];
  const classes: string[] = [];
  const styles = [...tag.matchAll(STYLE_ATTRIBUTE)].map((match) => match[1] ?? '');
  for (const declaration of styles.join(';').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const result = rewriteDeclaration(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1));
    if (result.attribute !== undefined) attributes.push(result.attribute);
    if (result.className !== undefined && !classes.includes(result.className)) classes.push(result.className);
  }
  let rewritten = tag.replace(STYLE_ATTRIBUTE, '');
  if (classes.length > 0) {
    const existing = CLASS_ATTRIBUTE.exec(rewritten);
    rewritten = existing === null
      ? rewritten.replace(/^<[\w:-]+/, (name) => `${name} class="${classes.join(' ')}"`)
      : rewritten.replace(CLASS_ATTRIBUTE, ` class="${existing[1] ?? ''} ${classes.join(' ')}"`);
  }
  if (attributes.length > 0) rewritten = rewritten.replace(/^<[\w:-]+/, (name) => `${name} ${attributes.join(' ')}`);
  return rewritten;
}

/** Temml's MathML with every style attribute rewritten (see the file comment). */
export function withoutStyleAttributes(mathml: string): string {
  return mathml.replace(/<[\w:-]+\s[^<>]*?\bstyle="[^"]*"[^<>]*>/g, rewriteTag);
}
