/**
 * The help overlay (?): a view's key table (key-table.ts) as a list of keys and what they do in the window's language,
 * drawn from the same rows the key handler reads. Esc or ? closes it; the view's handler decides when.
 * Built with DOM calls and `textContent` only; styled by `renderer/shared/styles/key-help.css`.
 */
import type { UiLanguage } from '../../../app/contract/ui-language';
import { rowKeyNames } from './key-table';
import type { KeyTable } from './key-table';

const WORDS: Record<UiLanguage, { title: string; close: string }> = {
  id: { title: 'Tombol keyboard', close: 'Tekan Esc atau ? untuk menutup' },
  en: { title: 'Keyboard shortcuts', close: 'Press Esc or ? to close' },
};

/** The overlay of one view. */
export interface KeyHelp {
  /** Shows the table in `lang` (redrawn on every open, so a change of language shows). */
  open(lang: UiLanguage): void;
  close(): void;
  toggle(lang: UiLanguage): void;
  isOpen(): boolean;
}

/** Creates the (hidden) overlay at the end of `<body>`; `className` adds the view's own class. */
export function createKeyHelp<Action extends string>(table: KeyTable<Action>, className: string): KeyHelp {
  const box = document.createElement('div');
  box.className = `key-help ${className}`;
  box.dataset['testid'] = 'key-help';
  box.setAttribute('role', 'dialog');
  box.hidden = true;
  document.body.append(box);

  const draw = (lang: UiLanguage): void => {
    const words = WORDS[lang];
    const title = document.createElement('h2');
    title.className = 'key-help-title';
    title.textContent = words.title;
    box.setAttribute('aria-label', words.title);
    const list = document.createElement('dl');
    list.className = 'key-help-list';
    for (const row of table) {
      const line = document.createElement('div');
      line.className = 'key-help-row';
      line.dataset['action'] = row.action;
      const keys = document.createElement('dt');
      for (const name of rowKeyNames(row, lang)) {
        const key = document.createElement('kbd');
        key.textContent = name;
        keys.append(key);
      }
      const label = document.createElement('dd');
      label.textContent = row.label[lang];
      line.append(keys, label);
      list.append(line);
    }
    const hint = document.createElement('p');
    hint.className = 'key-help-close';
    hint.textContent = words.close;
    box.replaceChildren(title, list, hint);
  };

  const help: KeyHelp = {
    open(lang) {
      draw(lang);
      box.hidden = false;
    },
    close() {
      box.hidden = true;
    },
    toggle(lang) {
      if (box.hidden) help.open(lang);
      else help.close();
    },
    isOpen: () => !box.hidden,
  };
  return help;
}
