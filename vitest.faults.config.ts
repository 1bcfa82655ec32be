// `npm run test:faults`: the fault campaign, longer than npm test's fast variants: a real tmpfs filled to
// a few KB (as root), and many SIGKILLs of a process while the presenter types.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    environment: 'node',
    include: ['tests/faults/**/*.faults.ts', 'app/core/notes-store/notes-store-processes.test.ts', 'app/core/notes-store/notes-store-safety.test.ts'],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
