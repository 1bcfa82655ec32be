/**
 * The export dialog: shows the remembered options for the open deck, starts an export through the
 * host bridge, follows `export:progress` and shows the `export:finished` outcome. Enter exports, Esc
 * cancels a running export or closes the dialog.
 */
import type { MimbarBridge } from '../../app/contract/channels';
import type { BridgeFor } from '../../app/contract/windows';
import type { ExportOutcome } from '../../app/contract/export';
import { uiLanguage } from '../../app/contract/ui-language';
import { safeLang } from '../../renderer/shared/language';
import { getBridge } from '../../renderer/shared/host/get-bridge';
import { createOptionsForm } from './options-form';
import { createStatusView } from './status-view';
import { stringsFor, type DialogStrings } from './strings';

type State = 'idle' | 'starting' | 'exporting';

function button(className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  return element;
}

function showDialog(root: HTMLElement, bridge: BridgeFor<'export-dialog'>, strings: DialogStrings, setup: Awaited<ReturnType<MimbarBridge['getExportSetup']>>): void {
  const summary = document.createElement('p');
  summary.className = 'deck';
  const title = document.createElement('span');
  title.className = 'deck-title';
  title.textContent = setup.deckTitle;
  title.title = setup.deckTitle;
  const count = document.createElement('span');
  count.className = 'deck-count';
  count.textContent = strings.slideCount(setup.slideCount);
  summary.append(title, count);
  const form = createOptionsForm(strings, setup.options);
  const status = createStatusView(strings);
  const cancel = button('secondary');
  const start = button('primary');
  start.textContent = strings.exportButton;
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  buttons.append(cancel, start);
  root.replaceChildren(summary, form.element, status.element, buttons);

  let state: State = 'idle';
  // Read through a call: the state changes in event handlers while startExport is awaited.
  const currentState = (): State => state;
  const enter = (next: State): void => {
    state = next;
    form.setDisabled(next !== 'idle');
    start.disabled = next !== 'idle';
    cancel.disabled = next === 'starting';
    cancel.textContent = next === 'exporting' ? strings.cancel : strings.close;
    document.body.dataset.state = next;
  };
  const finish = (outcome: ExportOutcome): void => {
    if (outcome.ok) status.showMessage(strings.saved(outcome.fileName), 'success');
    else if (outcome.canceled) status.showMessage(strings.canceled, 'info');
    else status.showMessage(outcome.message, 'error');
    enter('idle');
    start.focus();
  };

  const exportNow = async (): Promise<void> => {
    if (state !== 'idle') return;
    enter('starting');
    status.showMessage(strings.choosing, 'info');
    try {
      const result = await bridge.startExport(form.read());
      if (result.ok) {
        // Progress may already have arrived; only a dialog still waiting moves on.
        if (currentState() === 'starting') enter('exporting');
        return;
      }
      if (result.message === '') status.clear();
      else status.showMessage(result.message, 'error');
    } catch (error) {
      status.showMessage(error instanceof Error ? error.message : String(error), 'error');
    }
    enter('idle');
  };
  const cancelOrClose = (): void => {
    if (state === 'exporting') void bridge.cancelExport();
    else if (state === 'idle') window.close();
  };

  bridge.on('export:progress', (progress) => {
    // A late event after the outcome is shown changes nothing.
    if (state === 'idle') return;
    enter('exporting');
    status.showProgress(progress);
  });
  bridge.on('export:finished', finish);
  start.addEventListener('click', () => void exportNow());
  cancel.addEventListener('click', cancelOrClose);
  document.addEventListener('keydown', (event) => {
    // A focused button already acts on Enter; do not act twice.
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      void exportNow();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelOrClose();
    }
  });
  enter('idle');
  start.focus();
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('#dialog');
  if (!root) throw new Error('export-dialog.html lacks #dialog');
  const bridge = getBridge('export-dialog');
  let strings = stringsFor('en');
  try {
    const setup = await bridge.getExportSetup();
    strings = stringsFor(uiLanguage(setup.lang));
    document.documentElement.lang = safeLang(setup.lang);
    document.title = strings.title;
    showDialog(root, bridge, strings, setup);
    document.documentElement.dataset.mimbarReady = 'true';
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'status-text';
    message.dataset.tone = 'error';
    message.textContent = `${strings.notLoaded} ${error instanceof Error ? error.message : ''}`.trim();
    root.replaceChildren(message);
  }
}

void main();
