/** Whether a process is still running: what tells a dead holder's lock or journal from a live one's. */

/** True when process `pid` runs on this machine (one of another user counts: signalling it is refused, not failed). */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
