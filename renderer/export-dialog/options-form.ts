/** The export dialog's choices: layout (with its description), fragments, slide theme, paper and orientation. Text only, never markup. */
import { FRAGMENT_MODES, LAYOUTS, ORIENTATIONS, PAPERS, SLIDE_THEMES, type ExportOptions } from '../../app/contract/export';
import type { DialogStrings } from './strings';

/** The form and the ways the dialog drives it. */
export interface OptionsForm {
  element: HTMLElement;
  /** The options chosen now. */
  read(): ExportOptions;
  setDisabled(isDisabled: boolean): void;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  if (text) element.textContent = text;
  return element;
}

function select<T extends string>(name: string, label: string, values: readonly T[], labelOf: (value: T) => string, initial: T) {
  const field = make('label', 'field');
  const control = make('select', 'control');
  control.name = name;
  for (const value of values) {
    const option = make('option', '', labelOf(value));
    option.value = value;
    control.append(option);
  }
  control.value = initial;
  field.append(make('span', 'field-label', label), control);
  const read = (): T => values.find((value) => value === control.value) ?? initial;
  return { field, control, read };
}

function radios<T extends string>(name: string, legend: string, values: readonly T[], labelOf: (value: T) => string, initial: T) {
  const field = make('fieldset', 'field choices');
  field.append(make('legend', 'field-label', legend));
  const inputs = values.map((value) => {
    const row = make('label', 'choice');
    const input = make('input', '');
    input.type = 'radio';
    input.name = name;
    input.value = value;
    input.checked = value === initial;
    row.append(input, make('span', '', labelOf(value)));
    field.append(row);
    return input;
  });
  const read = (): T => values.find((value) => inputs.some((input) => input.checked && input.value === value)) ?? initial;
  return { field, read };
}

/** Builds the form with `initial` chosen. */
export function createOptionsForm(strings: DialogStrings, initial: ExportOptions): OptionsForm {
  const element = make('div', 'options');
  const layout = select('layout', strings.layout, LAYOUTS, (value) => strings.layouts[value].name, initial.layout);
  const description = make('p', 'hint');
  description.id = 'layout-description';
  layout.control.setAttribute('aria-describedby', description.id);
  const describe = (): void => {
    description.textContent = strings.layouts[layout.read()].description;
  };
  layout.control.addEventListener('change', describe);
  describe();
  const fragments = radios('fragments', strings.fragments, FRAGMENT_MODES, (value) => strings.fragmentModes[value], initial.fragments);
  const slideTheme = select('slideTheme', strings.slideTheme, ['auto', ...SLIDE_THEMES] as const, (value) => strings.slideThemes[value], initial.slideTheme);
  const paper = select('paper', strings.paper, ['auto', ...PAPERS] as const, (value) => strings.papers[value], initial.paper);
  const orientation = select('orientation', strings.orientation, ['auto', ...ORIENTATIONS] as const, (value) => strings.orientations[value], initial.orientation);
  const row = make('div', 'row');
  row.append(paper.field, orientation.field);
  element.append(layout.field, description, fragments.field, slideTheme.field, row);

  return {
    element,
    read: () => ({ layout: layout.read(), fragments: fragments.read(), paper: paper.read(), orientation: orientation.read(), slideTheme: slideTheme.read() }),
    setDisabled(isDisabled) {
      for (const control of element.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) control.disabled = isDisabled;
    },
  };
}
