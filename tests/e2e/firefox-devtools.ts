/**
 * Evaluates code inside the extension's own pages in Firefox (the MV2 background page, an options
 * tab), through the Firefox DevTools remote protocol: what about:debugging's "Inspect" does.
 *
 * Why not Playwright: over WebDriver BiDi, Firefox refuses to navigate to moz-extension:// pages
 * ("not allowed in this context"), and with system access allowed the navigation goes through but
 * `evaluate` never returns in the extension page. The DevTools server, started with
 * `--start-debugger-server=<port>`, lists add-ons and their frames and evaluates in any of them.
 *
 * Protocol: packets are `<byte length>:<JSON>`; each request names an actor (`to`) and each reply
 * comes `from` it. Add-on → watcher → frame targets (one per extension page) → console actor.
 */
import net from 'node:net';

interface Packet {
  from?: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

interface FrameTarget {
  actor: string;
  url: string;
  consoleActor: string;
}

export interface AddonDevtools {
  /**
   * Runs `expression` (may be a Promise) in the extension page whose URL matches `page`, waiting
   * for that page to exist, and returns its JSON-serialisable value.
   */
  evaluate<T>(page: RegExp, expression: string): Promise<T>;
  close(): void;
}

/** DevTools server prefs: allow remote debugging without the "allow connection?" prompt. */
export const DEVTOOLS_PREFS = {
  'devtools.debugger.remote-enabled': true,
  'devtools.chrome.enabled': true,
  'devtools.debugger.prompt-connection': false,
};

/** A TCP port that was free a moment ago, for `--start-debugger-server`. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function connectSocket(port: number, timeoutMs: number): Promise<net.Socket> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const socket = net.createConnection({ port, host: '127.0.0.1' });
        socket.once('connect', () => resolve(socket));
        socket.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function connectAddonDevtools(port: number, addonId: string, timeoutMs = 15_000): Promise<AddonDevtools> {
  const socket = await connectSocket(port, timeoutMs);
  let buffer = Buffer.alloc(0);
  const waiters: { test: (p: Packet) => boolean; resolve: (p: Packet) => void }[] = [];
  const frames = new Map<string, FrameTarget>();

  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString());
      if (buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      buffer = buffer.subarray(colon + 1 + length);
      if (packet.type === 'target-available-form') {
        const target = packet.target as FrameTarget;
        frames.set(target.actor, target);
      } else if (packet.type === 'target-destroyed-form') {
        frames.delete((packet.target as FrameTarget).actor);
      }
      const waiter = waiters.find((w) => w.test(packet));
      if (waiter) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(packet);
      }
    }
  });

  const next = (test: (p: Packet) => boolean) => new Promise<Packet>((resolve) => waiters.push({ test, resolve }));
  const request = async (to: string, type: string, body: Record<string, unknown> = {}, isReply = (p: Packet) => p.from === to) => {
    const reply = next(isReply);
    const text = JSON.stringify({ to, type, ...body });
    socket.write(`${Buffer.byteLength(text)}:${text}`);
    const packet = await reply;
    if (packet.error) throw new Error(`DevTools ${type}: ${packet.error} ${packet.message ?? ''}`);
    return packet;
  };

  await next((p) => p.from === 'root' && p.applicationType !== undefined);
  const { addons } = (await request('root', 'listAddons')) as { addons?: { id: string; actor: string }[] };
  const addon = addons?.find((a) => a.id === addonId);
  if (!addon) throw new Error(`Add-on ${addonId} is not installed (saw ${addons?.map((a) => a.id).join(', ')})`);
  const watcher = await request(addon.actor, 'getWatcher');
  // Frames already open are announced before the reply; later ones arrive as they open.
  await request(watcher.actor as string, 'watchTargets', { targetType: 'frame' }, (p) => p.from === watcher.actor && p.type === undefined);

  async function frameFor(page: RegExp): Promise<FrameTarget> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = [...frames.values()].find((f) => page.test(f.url));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No extension page matches ${page} (open: ${[...frames.values()].map((f) => f.url).join(', ')})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    async evaluate<T>(page: RegExp, expression: string): Promise<T> {
      const { consoleActor } = await frameFor(page);
      const text = `(async () => JSON.stringify(await (${expression})))()`;
      // The result can arrive in the same chunk as the acknowledgement: wait for both from the start.
      const done = next((p) => p.from === consoleActor && p.type === 'evaluationResult');
      await request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true } }, (p) => p.from === consoleActor && p.type === undefined);
      const result = await done;
      if (result.hasException) throw new Error(`In ${page}: ${String(result.exceptionMessage)}`);
      const value = result.result;
      if (typeof value !== 'string') throw new Error(`In ${page}: no JSON result (${JSON.stringify(value)})`);
      return JSON.parse(value) as T;
    },
    close: () => socket.destroy(),
  };
}
