/** The JS heap of a page, through the DevTools protocol. */
import type { Page } from 'playwright-core';

/** Used JS heap in MB; `collect` runs a full GC first. */
export async function heapMb(page: Page, collect: boolean): Promise<number> {
  const session = await page.context().newCDPSession(page);
  if (collect) await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}
