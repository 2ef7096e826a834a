/**
 * The accessibility scan of the extension's own pages. Extension pages forbid
 * inline scripts, which is how addScriptTag injects, so axe-core goes in
 * through evaluate (the DevTools path) instead.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface Violation {
  id: string;
  impact: string;
  nodes: unknown[];
}

/** Serious and critical axe findings on the page, as "impact id (node count)". */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations as Violation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
}
