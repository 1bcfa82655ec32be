/** The notes editor page's fixed elements (from index.html), looked up once. */

function find<T extends HTMLElement>(selector: string, type: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`notes-editor.html lacks ${selector}`);
  return element;
}

/** Every element the page's parts write to. */
export interface EditorElements {
  deckTitle: HTMLElement;
  slideCount: HTMLElement;
  statusSlot: HTMLElement;
  saveAs: HTMLButtonElement;
  bannerSlot: HTMLElement;
  filter: HTMLInputElement;
  list: HTMLOListElement;
  listEmpty: HTMLElement;
  slideTitle: HTMLElement;
  previewToggle: HTMLButtonElement;
  goToSlide: HTMLButtonElement;
  readOnlyReason: HTMLElement;
  text: HTMLTextAreaElement;
  preview: HTMLElement;
  help: HTMLElement;
}

/** Finds the page's elements; throws when the page lacks one. */
export function findEditorElements(): EditorElements {
  return {
    deckTitle: find('#deck-title', HTMLElement),
    slideCount: find('#slide-count', HTMLElement),
    statusSlot: find('#status-slot', HTMLElement),
    saveAs: find('#save-as', HTMLButtonElement),
    bannerSlot: find('#banner-slot', HTMLElement),
    filter: find('#filter', HTMLInputElement),
    list: find('#slide-list', HTMLOListElement),
    listEmpty: find('#list-empty', HTMLElement),
    slideTitle: find('#slide-title', HTMLElement),
    previewToggle: find('#preview-toggle', HTMLButtonElement),
    goToSlide: find('#go-to-slide', HTMLButtonElement),
    readOnlyReason: find('#read-only-reason', HTMLElement),
    text: find('#notes-text', HTMLTextAreaElement),
    preview: find('#notes-preview', HTMLElement),
    help: find('#help', HTMLElement),
  };
}
