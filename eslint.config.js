import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The simulated kernel, the C language core and the world stepper must stay pure and
 *  deterministic: same input, same trace. These bans make an impurity a lint error. */
const purityBans = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        'react',
        'react-dom',
        'zustand',
        'xstate',
        'd3',
        'd3-selection',
        'd3-zoom',
        'd3-transition',
      ].map((name) => ({
        name,
        message: 'src/kernel, src/lang and src/sim are pure: no UI or state libraries.',
      })),
      patterns: [
        {
          group: ['**/ui/**', '**/store/**', '**/machines/**', '**/layout/**'],
          message: 'The pure core may not import the view.',
        },
        {
          group: ['node:*', 'fs', 'path', 'os', 'child_process'],
          message: 'The pure core runs in the browser: no Node APIs.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'navigator',
      'localStorage',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'requestAnimationFrame',
      'performance',
      'Date',
      'fetch',
      'process',
    ].map((name) => ({
      name,
      message: `${name} is not deterministic or not pure; the core takes time from the virtual clock.`,
    })),
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the deterministic generator kept in the state.' },
    { object: 'Date', property: 'now', message: 'Use the virtual clock.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/kernel/**/*.ts', 'src/lang/**/*.ts', 'src/sim/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: purityBans,
  },
);
