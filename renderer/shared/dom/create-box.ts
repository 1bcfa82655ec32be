/** A `div` with a class and, optionally, text set with `textContent` (never markup). */
export function createBox(className: string, text?: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
