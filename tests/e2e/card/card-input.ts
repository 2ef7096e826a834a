/**
 * Pressing what is inside the card's closed shadow root, and seeing where
 * focus is there: a real (trusted) mouse click at coordinates from the
 * DevTools box model, and the accessibility tree for roles, names and the
 * focused control, as assistive technology reports them.
 */
import type { Page } from '@playwright/test';
import { CARD } from '../security/helpers';
import { collect, elementsNamed, textOf, type DomNode } from '../security/shadow-dom';
import { classesOf, snapshot, withCdp } from './card-dom';

/** Which node inside the card to press: by class or tag name, and optionally by its text. */
export interface Target {
  className?: string;
  tag?: string;
  text?: RegExp;
}

function matches(node: DomNode, target: Target): boolean {
  if (node.nodeType !== 1) return false;
  if (target.className && !classesOf(node).includes(target.className)) return false;
  if (target.tag && node.localName !== target.tag) return false;
  return !target.text || target.text.test(textOf(node));
}

/**
 * Clicks the first element inside the card matching `target` with the real
 * mouse, after scrolling it into view inside the card. Returns false when
 * there is no such element (yet), so callers can poll.
 */
export function clickInCard(page: Page, target: Target): Promise<boolean> {
  return withCdp(page, async (cdp) => {
    const [host] = elementsNamed(await snapshot(cdp), CARD);
    const [node] = host ? collect(host, (n) => matches(n, target)) : [];
    if (!node) return false;

    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
    const { quads } = (await cdp.send('DOM.getContentQuads', { nodeId: node.nodeId })) as {
      quads: number[][];
    };
    const [quad] = quads;
    if (!quad) return false;
    await page.mouse.click((quad[0]! + quad[4]!) / 2, (quad[1]! + quad[5]!) / 2);
    return true;
  });
}

/** A node of the accessibility tree (the fields used here). */
interface AxNode {
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
  ignored?: boolean;
}

/** What has keyboard focus, as assistive technology reports it: role and accessible name. */
export interface Focused {
  role: string;
  name: string;
  expanded?: boolean;
}

const property = (node: AxNode, name: string) =>
  node.properties?.find((p) => p.name === name)?.value.value;

/** The focused control, closed shadow roots included; null when nothing in the page has focus. */
export function focusedControl(page: Page): Promise<Focused | null> {
  return withCdp(page, async (cdp) => {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    // The document itself reports focus too while it has it; the control is the other node.
    const node = nodes.find(
      (n) => !n.ignored && property(n, 'focused') === true && n.role?.value !== 'RootWebArea',
    );
    if (!node) return null;
    const expanded = property(node, 'expanded');
    return {
      role: node.role?.value ?? '',
      name: node.name?.value ?? '',
      ...(typeof expanded === 'boolean' ? { expanded } : {}),
    };
  });
}
