/**
 * Reads what is inside our closed shadow roots. Page scripts cannot, and
 * neither can Playwright's locators; the DevTools protocol can, with
 * `DOM.getDocument({ pierce: true })`. The tests use it to check what the
 * badge and card actually render from hostile data.
 */
import type { Page } from '@playwright/test';

/** A node of the DevTools DOM snapshot (only the fields used here). */
export interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const TEXT_NODE = 3;

/** The whole document of `page`, closed shadow roots included. */
export async function pierceDocument(page: Page): Promise<DomNode> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    return root;
  } finally {
    await cdp.detach();
  }
}

/** Children first the shadow roots, then the light children, as the browser composes them. */
function childrenOf(node: DomNode): DomNode[] {
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])];
}

/** Every node under `root` (itself included) that `keep` accepts, depth first. */
export function collect(root: DomNode, keep: (node: DomNode) => boolean): DomNode[] {
  const found: DomNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (keep(node)) found.push(node);
    stack.push(...childrenOf(node).reverse());
  }
  return found;
}

/** The elements named `localName`, e.g. every `reelcard-badge` host. */
export function elementsNamed(root: DomNode, localName: string): DomNode[] {
  return collect(root, (node) => node.localName === localName);
}

/** The attributes of an element as a map (CDP sends them as a flat name, value list). */
export function attributesOf(node: DomNode): Record<string, string> {
  const list = node.attributes ?? [];
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < list.length; i += 2) map[list[i]!] = list[i + 1]!;
  return map;
}

/** All text under `node`, shadow content included, joined without separators. */
export function textOf(node: DomNode): string {
  return collect(node, (child) => child.nodeType === TEXT_NODE)
    .map((child) => child.nodeValue ?? '')
    .join('');
}

/** Every element under `node` (shadow content included) with its attributes. */
export function elementsUnder(
  node: DomNode,
): { name: string; attributes: Record<string, string> }[] {
  return collect(node, (child) => child.nodeType === 1).map((child) => ({
    name: child.localName ?? child.nodeName.toLowerCase(),
    attributes: attributesOf(child),
  }));
}

/**
 * Computed styles of the first element under the first `hostName` element
 * whose class list contains `className`, shadow content included. Page
 * scripts cannot reach these; the DevTools protocol can.
 */
export async function computedStyleInside(
  page: Page,
  hostName: string,
  className: string,
  properties: string[],
): Promise<Record<string, string>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const [host] = elementsNamed(root, hostName);
    const hasClass = (node: DomNode) =>
      (attributesOf(node).class ?? '').split(/\s+/).includes(className);
    const [target] = host ? collect(host, hasClass) : [];
    if (!target) throw new Error(`No .${className} inside <${hostName}>`);

    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', {
      nodeId: target.nodeId,
    })) as { computedStyle: { name: string; value: string }[] };
    const wanted = computedStyle.filter(({ name }) => properties.includes(name));
    return Object.fromEntries(wanted.map(({ name, value }) => [name, value]));
  } finally {
    await cdp.detach();
  }
}
