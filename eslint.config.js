import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      // The gated logger in utils/logger.ts is the only place that may print.
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', 'eval'],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Tests, benchmarks and tooling run in Node and report to the terminal.
    files: ['tests/**', 'scripts/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
