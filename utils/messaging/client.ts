/**
 * Sending side of the contract, for content scripts and extension pages. Failures come back as a
 * `MessageError` with a code the UI turns into a sentence; nothing is retried silently.
 */
import { browser } from 'wxt/browser';
import type { ErrorCode, MessageType, Reply, Request, Response } from './contract';

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

export async function send<T extends MessageType>(type: T, payload: Request<T>): Promise<Response<T>> {
  let reply: Reply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  } catch (error) {
    // The extension was reloaded or updated under this page, or the background failed to start.
    throw new MessageError('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!reply || typeof reply !== 'object') throw new MessageError('unreachable', 'No reply from the background.');
  if (!reply.ok) throw new MessageError(reply.error.code, reply.error.message);
  return reply.data;
}
