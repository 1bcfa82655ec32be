/**
 * Sets an element's text only when it differs, and in place when the element holds one text node.
 * Chromium ends the current undo step of a textarea whenever nodes are added or removed anywhere in the
 * document (but not when a text node's data changes), so text redrawn while the presenter types must not
 * replace nodes, or Ctrl+Z would undo one character at a time.
 */

/** Makes `element` show `text`, replacing no node when it already holds exactly one text node. */
export function setText(element: HTMLElement, text: string): void {
  const only = element.firstChild;
  if (only instanceof Text && only === element.lastChild) {
    if (only.data !== text) only.data = text;
  } else if (element.textContent !== text || element.childNodes.length > 1) {
    element.textContent = text;
  }
}
