import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderShell } from './scripts/shell/plugin.ts';

// One config for the app build and the unit tests (Vitest reads the `test` key).
export default defineConfig({
  plugins: [react(), prerenderShell()],
  base: './',
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
