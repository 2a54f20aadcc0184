/**
 * Reads inline marks from the test, through DevTools (like panel.ts for the panel): each mark is a
 * randomly named host after a person's link, with a closed shadow root that neither the page nor
 * Playwright locators can see. Also reads the mark engine's own timings, which live in the content
 * script's isolated world (components/marks/start-marks.ts, `MARK_STATS_KEY`).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { MarkStats } from '../../components/marks/mark-engine';
import { evaluateInRoot, type PanelHost } from './panel';

interface DomNode {
  nodeName: string;
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

/** Hosts with a shadow root anywhere in <body> (the panel hangs off <html>, so it is not one). */
export async function markHosts(page: Page): Promise<PanelHost[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: PanelHost[] = [];
    const walk = (node: DomNode, underBody: boolean) => {
      const shadow = node.shadowRoots?.find((r) => r.shadowRootType === 'closed' || r.shadowRootType === 'open');
      if (shadow && underBody) {
        found.push({ localName: node.localName ?? '', mode: shadow.shadowRootType === 'open' ? 'open' : 'closed', backendNodeId: node.backendNodeId, rootBackendNodeId: shadow.backendNodeId });
      }
      for (const child of node.children ?? []) walk(child, underBody || node.nodeName === 'BODY');
    };
    walk(root, false);
    return found;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface MarkSeen {
  /** The href of the link the mark follows. */
  href: string;
  label: string;
  due: string;
  cardShown: boolean;
  card: string;
  theme: string;
  focused: boolean;
  mode: 'open' | 'closed';
}

export async function readMark(page: Page, host: PanelHost): Promise<MarkSeen | null> {
  const seen = await evaluateInRoot(
    page,
    host,
    (root) => {
      const button = root.querySelector('button');
      const card = root.querySelector<HTMLElement>('.card');
      return {
        href: root.host.previousElementSibling?.getAttribute('href') ?? '',
        label: button?.getAttribute('aria-label') ?? '',
        due: button?.dataset.due ?? '',
        cardShown: card ? !card.hidden && card.getClientRects().length > 0 : false,
        card: [...(card?.children ?? [])].map((c) => c.textContent).join(' | '),
        theme: root.querySelector<HTMLElement>('.mark')?.dataset.theme ?? '',
        focused: root.activeElement === button && document.activeElement === root.host,
      };
    },
    null,
    null,
  );
  return seen && { ...seen, mode: host.mode };
}

export async function readMarks(page: Page): Promise<MarkSeen[]> {
  const out: MarkSeen[] = [];
  for (const host of await markHosts(page)) {
    const seen = await readMark(page, host);
    if (seen) out.push(seen);
  }
  return out;
}

/** The centre of a mark's button in the viewport (scrolled into view first). */
export function markButtonCentre(page: Page, host: PanelHost): Promise<{ x: number; y: number } | null> {
  return evaluateInRoot(
    page,
    host,
    (root) => {
      const button = root.querySelector('button');
      if (!button) return null;
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    null,
    null,
  );
}

/** The mark engine's timings, read in the content script's isolated world. */
export async function markStats(page: Page, extensionId: string): Promise<MarkStats | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await cdp.send('Runtime.enable');
    const ours = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId));
    for (const context of ours) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression: 'globalThis.kakehashiMarkStats', contextId: context.id, returnByValue: true })) as { result: { value?: MarkStats } };
      if (result.value) return result.value;
    }
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
