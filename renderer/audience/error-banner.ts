/** A small dismissible banner for host errors (`deck:error`, a failed open). Text only, never markup. */
import type { Messages } from './messages';

/** Shows one error at a time; the newest replaces the previous one. */
export interface ErrorBanner {
  show(message: string): void;
  hide(): void;
}

/** Creates the banner (hidden) at the end of `<body>`. */
export function createErrorBanner(messages: () => Messages): ErrorBanner {
  const banner = document.createElement('div');
  banner.className = 'mimbar-ui-banner';
  banner.setAttribute('role', 'alert');
  banner.hidden = true;
  const text = document.createElement('span');
  text.className = 'mimbar-ui-banner-text';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'mimbar-ui-banner-close';
  close.textContent = '×';
  banner.append(text, close);
  document.body.append(banner);

  const hide = (): void => {
    banner.hidden = true;
  };
  close.addEventListener('click', hide);
  return {
    show(message) {
      text.textContent = message;
      close.setAttribute('aria-label', messages().dismiss);
      close.title = messages().dismiss;
      banner.hidden = false;
    },
    hide,
  };
}
