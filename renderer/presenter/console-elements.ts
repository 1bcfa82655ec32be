/** The console page's fixed elements (from index.html), looked up once. */

function find<T extends HTMLElement>(selector: string, type: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`presenter.html lacks ${selector}`);
  return element;
}

/** Every element the console's parts write to. */
export interface ConsoleElements {
  timer: HTMLElement;
  timerToggle: HTMLButtonElement;
  timerReset: HTMLButtonElement;
  pace: HTMLElement;
  blackout: HTMLElement;
  jump: HTMLElement;
  status: HTMLElement;
  counter: HTMLElement;
  clock: HTMLElement;
  currentLabel: HTMLElement;
  current: HTMLElement;
  nextLabel: HTMLElement;
  next: HTMLElement;
  notesPane: HTMLElement;
  notesLabel: HTMLElement;
  notesFrame: HTMLElement;
  notes: HTMLElement;
  notesCueUp: HTMLElement;
  notesCueMore: HTMLElement;
  notesEditor: HTMLTextAreaElement;
  notesSmaller: HTMLButtonElement;
  notesLarger: HTMLButtonElement;
  help: HTMLElement;
  search: HTMLElement;
  searchInput: HTMLInputElement;
  searchResults: HTMLElement;
  overview: HTMLElement;
}

/** Finds the console's elements; throws when the page lacks one. */
export function findConsoleElements(): ConsoleElements {
  return {
    timer: find('[data-testid="timer"]', HTMLElement),
    timerToggle: find('#timer-toggle', HTMLButtonElement),
    timerReset: find('#timer-reset', HTMLButtonElement),
    pace: find('[data-testid="pace"]', HTMLElement),
    blackout: find('[data-testid="blackout"]', HTMLElement),
    jump: find('[data-testid="jump"]', HTMLElement),
    status: find('[data-testid="status"]', HTMLElement),
    counter: find('[data-testid="slide-counter"]', HTMLElement),
    clock: find('[data-testid="clock"]', HTMLElement),
    currentLabel: find('#label-current', HTMLElement),
    current: find('[data-testid="current-slide"]', HTMLElement),
    nextLabel: find('#label-next', HTMLElement),
    next: find('[data-testid="next-slide"]', HTMLElement),
    notesPane: find('.pane-notes', HTMLElement),
    notesLabel: find('#label-notes', HTMLElement),
    notesFrame: find('.notes-frame', HTMLElement),
    notes: find('[data-testid="notes"]', HTMLElement),
    notesCueUp: find('[data-testid="notes-cue-up"]', HTMLElement),
    notesCueMore: find('[data-testid="notes-cue-more"]', HTMLElement),
    notesEditor: find('[data-testid="notes-editor"]', HTMLTextAreaElement),
    notesSmaller: find('#notes-smaller', HTMLButtonElement),
    notesLarger: find('#notes-larger', HTMLButtonElement),
    help: find('#help', HTMLElement),
    search: find('[data-testid="search"]', HTMLElement),
    searchInput: find('#search-input', HTMLInputElement),
    searchResults: find('#search-results', HTMLElement),
    overview: find('[data-testid="overview"]', HTMLElement),
  };
}
