/** The dialog's status line and progress bar: export progress, then the outcome. */
import type { ExportProgress } from '../../app/contract/export';
import type { DialogStrings } from './strings';

export type StatusTone = 'info' | 'success' | 'error';

/** Shows progress or one message at a time. */
export interface StatusView {
  element: HTMLElement;
  showProgress(progress: ExportProgress): void;
  showMessage(text: string, tone: StatusTone): void;
  clear(): void;
}

/** Creates the status area (empty). */
export function createStatusView(strings: DialogStrings): StatusView {
  const element = document.createElement('div');
  element.className = 'status';
  const bar = document.createElement('progress');
  bar.className = 'bar';
  bar.max = 1;
  bar.hidden = true;
  const text = document.createElement('p');
  text.className = 'status-text';
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  element.append(bar, text);

  const show = (message: string, tone: StatusTone): void => {
    text.textContent = message;
    text.dataset.tone = tone;
  };
  return {
    element,
    showProgress(progress) {
      bar.hidden = false;
      // Layout advances page by page; printing and saving report no steps, so the bar is indeterminate.
      if (progress.phase === 'layout' && progress.total > 0) bar.value = progress.done / progress.total;
      else bar.removeAttribute('value');
      show(strings.progress(progress), 'info');
    },
    showMessage(message, tone) {
      bar.hidden = true;
      show(message, tone);
    },
    clear() {
      bar.hidden = true;
      show('', 'info');
    },
  };
}
