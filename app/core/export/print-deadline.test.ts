import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PrintJob } from '../../contract/export';
import { ExportError } from './export-error';
import { printTimeoutMs, startPrintDeadline } from './printer';

const job = (pages: number) => ({ plan: { pages: Array.from({ length: pages }, () => ({})) } }) as unknown as PrintJob;

afterEach(() => vi.useRealTimers());

describe('startPrintDeadline (both printers race their work against it)', () => {
  it('expires after printTimeoutMs of the planned pages, naming the stage it was in', async () => {
    vi.useFakeTimers();
    const deadline = startPrintDeadline(job(40), new AbortController().signal);
    deadline.enter('printing');
    const outcome = expect(deadline.expired).rejects.toThrow(new ExportError('The export took longer than 40 s while printing 40 pages and was stopped. Try again, or export with fewer pages.'));
    vi.advanceTimersByTime(printTimeoutMs(40));
    await outcome;
  });

  it('rejects with an AbortError when canceled, also when canceled before it started', async () => {
    const controller = new AbortController();
    const deadline = startPrintDeadline(job(1), controller.signal);
    controller.abort();
    await expect(deadline.expired).rejects.toMatchObject({ name: 'AbortError' });
    await expect(startPrintDeadline(job(1), controller.signal).expired).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('once disposed, neither the timer nor a cancel rejects it', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const deadline = startPrintDeadline(job(1), controller.signal);
    deadline.dispose();
    controller.abort();
    vi.advanceTimersByTime(printTimeoutMs(1) * 2);
    const settled = await Promise.race([deadline.expired.then(() => 'settled', () => 'settled'), Promise.resolve('pending')]);
    expect(settled).toBe('pending');
  });
});
