// Runs the fallback chains from selectors.ts. A chain that misses where it must not is noted once per
// page (so a Gmail change shows up in the console without flooding it), and never throws.
import type { SelectorChain } from './selectors';

/** The first element matched by the first selector of the chain that matches anything. */
export function queryFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  chain: SelectorChain,
): T | null {
  for (const selector of chain.selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element matched by the first selector of the chain that matches anything. */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain): T[] {
  for (const selector of chain.selectors) {
    const found = root.querySelectorAll<T & Element>(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Every element matched by any selector of the chain, in document order, without duplicates. */
export function queryUnion<T extends Element = HTMLElement>(root: ParentNode, chain: SelectorChain): T[] {
  return [...root.querySelectorAll<T & Element>(chain.selectors.join(', '))];
}

/** The nearest ancestor (or the element itself) matched by the first selector of the chain that matches. */
export function closestOf(element: Element, chain: SelectorChain): HTMLElement | null {
  for (const selector of chain.selectors) {
    const found = element.closest<HTMLElement>(selector);
    if (found) return found;
  }
  return null;
}

const noted = new Set<string>();

/** Notes, once per page, that a chain Gmail should have matched did not: one feature degrades, visibly. */
export function noteMiss(chain: SelectorChain): void {
  if (noted.has(chain.name)) return;
  noted.add(chain.name);
  console.info(`Klarheit: Gmail's ${chain.name} was not found; that part of the check is off on this page.`);
}
