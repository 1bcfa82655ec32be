/** A discreet corner badge, present only while the renderer has warnings (slides too full to fit). */
import type { RenderWarning } from './app-events';
import type { Messages } from './messages';

/** Updates the badge from the current warnings. */
export type WarningsIndicator = (warnings: readonly RenderWarning[], messages: Messages) => void;

/** Creates the (hidden) badge in `<body>`. */
export function createWarningsIndicator(): WarningsIndicator {
  const badge = document.createElement('div');
  badge.className = 'mimbar-ui-warnings';
  badge.setAttribute('role', 'status');
  badge.hidden = true;
  document.body.append(badge);
  return (warnings, messages) => {
    const slides = new Set(warnings.map((warning) => warning.slide));
    badge.hidden = slides.size === 0;
    badge.textContent = slides.size === 0 ? '' : `⚠ ${messages.tooFull(slides.size)}`;
    badge.title = [...slides].join('\n');
  };
}
