/**
 * Sends the presenter's typing to the host as `notes:edit`: at most one request in flight; while it is
 * out, newer text is coalesced (the latest per slide) and sent when the answer arrives, so the last text
 * of every slide always reaches the host. A failed edit is sent again before the next save.
 */
import type { MimbarBridge } from '../../../app/contract/channels';
import type { NotesEdit, NotesStatus } from '../../../app/contract/notes';

/** The sender of one window. */
export interface EditSender {
  /** Queues `edit` (replacing a queued, unsent edit of the same slide) and sends it when the line is free. */
  send(edit: NotesEdit): void;
  /** Resolves once every edit queued so far has been answered (failed ones are tried once more first). */
  settled(): Promise<void>;
}

/** Creates a sender; `onStatus` gets every answer, `onError` every failure. */
export function createEditSender(
  bridge: Pick<MimbarBridge, 'editNotes'>,
  onStatus: (status: NotesStatus) => void,
  onError: (error: unknown) => void,
): EditSender {
  // A Map keeps insertion order: slides are sent in the order they were first edited.
  const queue = new Map<string, NotesEdit>();
  const failed = new Map<string, NotesEdit>();
  let isSending = false;
  let waiters: (() => void)[] = [];

  const wake = (): void => {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const pump = async (): Promise<void> => {
    if (isSending) return;
    isSending = true;
    for (let next = queue.entries().next(); !next.done; next = queue.entries().next()) {
      const [slideId, edit] = next.value;
      queue.delete(slideId);
      try {
        onStatus(await bridge.editNotes(edit));
        failed.delete(slideId);
      } catch (error) {
        if (!queue.has(slideId)) failed.set(slideId, edit);
        onError(error);
      }
    }
    isSending = false;
    wake();
  };

  const send = (edit: NotesEdit): void => {
    failed.delete(edit.slideId);
    queue.set(edit.slideId, edit);
    void pump();
  };

  return {
    send,
    settled() {
      for (const edit of failed.values()) if (!queue.has(edit.slideId)) queue.set(edit.slideId, edit);
      failed.clear();
      if (!isSending && queue.size === 0) return Promise.resolve();
      const done = new Promise<void>((resolve) => waiters.push(resolve));
      void pump();
      return done;
    },
  };
}
