/** Code fences as CommonMark reads them, line by line: what opens one, and what closes it. */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The fence `line` opens (its run of backticks or tildes), or null when it opens none. */
export function fenceOpenedBy(line: string): string | null {
  return FENCE.exec(line)?.[1] ?? null;
}

/** Whether `line` closes the open fence `fence`: the same character, at least as many times. */
export function closesFence(line: string, fence: string): boolean {
  const run = fenceOpenedBy(line);
  return run !== null && run[0] === fence[0] && run.length >= fence.length;
}
