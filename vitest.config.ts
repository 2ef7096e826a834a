import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Preact's automatic JSX runtime, as in tsconfig.json, for component tests.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: { include: ['tests/unit/**/*.test.{ts,tsx}'] },
});
