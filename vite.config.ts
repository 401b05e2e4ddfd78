import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderShell } from './scripts/shell/plugin.ts';

/** Whether V8 should compile every function of a chunk when it loads it, on its background
 *  thread while the file streams in (Chrome's explicit compile hint), rather than each function
 *  on the main thread at its first call: the simulator's chunks, which the first run goes through
 *  almost entirely (its first compile takes about a quarter less main-thread time so). */
const compileEagerly = (chunk: { moduleIds: readonly string[] }) =>
  chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => /\/src\/(kernel|lang|sim)\//.test(id));

/** Unit tests of the pure, deterministic parts (see the `core` test project below). */
const CORE_TESTS = ['src/{kernel,lang,sim,layout,machines,scenarios}/**/*.test.ts', 'bench/**/*.test.ts'];

// One config for the app build and the unit tests (Vitest reads the `test` key).
export default defineConfig({
  plugins: [react(), prerenderShell()],
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // One stylesheet, linked by index.html: the page prerendered there (scripts/shell) is drawn
    // with every style before any chunk has loaded, however the code is split.
    cssCodeSplit: false,
    rolldownOptions: {
      output: { postBanner: (chunk) => (compileEagerly(chunk) ? '//# allFunctionsCalledOnLoad' : '') },
    },
  },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      {
        // The pure core (lint keeps it free of globals, timers and the DOM): its test files share
        // one module graph per worker instead of importing the kernel, the C front end and the
        // simulator again for each file, which took most of the unit tests' time.
        extends: true,
        test: {
          name: 'core',
          include: CORE_TESTS,
          pool: 'threads',
          isolate: false,
        },
      },
      {
        // The app's parts hold global state (the zustand store, i18next, the session): each file
        // gets a fresh copy.
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
          exclude: [...CORE_TESTS, 'node_modules/**'],
        },
      },
    ],
  },
});
