/**
 * One piece of deferred work per name, run when the page is idle (after the frame that shows a new slide
 * is painted), at most `timeout` ms later. Scheduling the same name again before it ran keeps one run.
 */

/** Schedules and cancels deferred work. */
export interface IdleTasks {
  schedule(name: string, task: () => void): void;
  cancelAll(): void;
}

/** Creates the scheduler; `timeout` bounds how long a busy page may delay a task. */
export function createIdleTasks(timeout = 200): IdleTasks {
  const pending = new Map<string, number>();
  return {
    schedule(name, task) {
      if (pending.has(name)) return;
      pending.set(
        name,
        requestIdleCallback(
          () => {
            pending.delete(name);
            task();
          },
          { timeout },
        ),
      );
    },
    cancelAll() {
      for (const handle of pending.values()) cancelIdleCallback(handle);
      pending.clear();
    },
  };
}
