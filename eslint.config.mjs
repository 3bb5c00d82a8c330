// Lint: `npm run lint`. Type checking is tsc's job (`npm run typecheck`); ESLint catches what the
// compiler does not: unsafe patterns, stray console calls in the service, unused disables.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'coverage/', '.neo4j/', 'neo4j-launcher/', 'node_modules/', 'examples/', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `any` is allowed where a comment says why (STYLE.md 6); the rule would flag those too.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      'prefer-const': 'error',
    },
  },
  {
    // The command line, scripts, benchmarks and tests print results; the service logs through pino.
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**', 'src/playground/client/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/playground/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
