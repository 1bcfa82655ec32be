/** A key of a view's key table (renderer/shared/keys/key-table.ts) as playwright's `keyboard.press` names it. */
import type { KeySpec } from '../../../renderer/shared/keys/key-table';

export function pressName(spec: KeySpec): string {
  const base = spec.key === ' ' ? 'Space' : spec.key;
  return `${spec.ctrl === true ? 'Control+' : ''}${spec.shift === true ? 'Shift+' : ''}${base}`;
}
