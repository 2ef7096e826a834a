import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Preact's automatic JSX runtime, as in tsconfig.json, for component tests.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // The badge and card import their stylesheets as strings (`?inline`); process them
    // so tests see the real CSS rather than an empty string.
    css: { include: [/components\/.+\.css/] },
  },
});
