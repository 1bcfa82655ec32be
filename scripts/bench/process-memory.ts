/**
 * Peak memory of this process and all its descendants (Chromium included), sampled on Linux. Each
 * process counts its proportional set size (PSS: shared pages split between the processes sharing them),
 * so Chromium's many processes are not counted several times over; plain RSS where PSS is unavailable.
 */
import { readFileSync, readdirSync } from 'node:fs';

function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function memoryKb(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0; // The process ended while we looked.
    }
  }
}

/** Memory (PSS), in MB, of `root` and every process below it. */
export function treeRssMb(root: number = process.pid): number {
  const children = childrenByParent();
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += memoryKb(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Samples `treeRssMb` every `intervalMs` until stopped; returns the peak. */
export function samplePeakMemory(intervalMs = 100): () => number {
  let peak = treeRssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb());
  }, intervalMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, treeRssMb());
  };
}
