// Tests for the weak-secret worker's protocol, run in Node with a stand-in for the worker's global scope.

import { beforeAll, describe, expect, it, vi } from 'vitest';
import { encodeBase64url, encodeBase64urlText } from '../../core/shared';
import type { WeakSecretReply, WeakSecretRequest } from './weak-secret.worker';

const listeners: ((event: { data: WeakSecretRequest }) => void)[] = [];
const replies: WeakSecretReply[] = [];

beforeAll(async () => {
  vi.stubGlobal('self', {
    addEventListener: (_type: string, listener: (event: { data: WeakSecretRequest }) => void) =>
      listeners.push(listener),
    postMessage: (message: WeakSecretReply) => replies.push(message),
  });
  await import('./weak-secret.worker');
});

function send(request: WeakSecretRequest): void {
  for (const listener of listeners) listener({ data: request });
}

async function signHs256(secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const input = `${encodeBase64urlText('{"alg":"HS256","typ":"JWT"}')}.${encodeBase64urlText('{"sub":"w"}')}`;
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return `${input}.${encodeBase64url(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(input))))}`;
}

describe('weak-secret worker', () => {
  it('replies with the secret found and how many candidates it tried', async () => {
    send({ id: 1, token: await signHs256('changeme') });
    await vi.waitFor(() => expect(replies.find((r) => r.id === 1)).toBeDefined());
    const reply = replies.find((r) => r.id === 1);
    expect(reply?.found).toBe('changeme');
    expect(reply?.tried).toBeGreaterThan(0);
  });

  it('drops a search superseded by a newer message, answering only the newer one', async () => {
    const slow = await signHs256('a random secret that is in no list 91c2');
    const fast = await signHs256('keyboard cat');
    send({ id: 2, token: slow });
    send({ id: 3, token: fast });
    await vi.waitFor(() => expect(replies.find((r) => r.id === 3)).toBeDefined());
    expect(replies.find((r) => r.id === 3)?.found).toBe('keyboard cat');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replies.find((r) => r.id === 2)).toBeUndefined();
  });

  it('answers at once, with nothing tried, for a token that is not HS*', async () => {
    send({ id: 4, token: `${encodeBase64urlText('{"alg":"RS256"}')}.${encodeBase64urlText('{}')}.c2ln` });
    await vi.waitFor(() => expect(replies.find((r) => r.id === 4)).toEqual({ id: 4, tried: 0 }));
  });

  it('reports not found after trying the whole list', async () => {
    send({ id: 5, token: await signHs256('a random secret that is in no list 91c2') });
    await vi.waitFor(() => expect(replies.find((r) => r.id === 5)).toBeDefined(), { timeout: 10_000 });
    const reply = replies.find((r) => r.id === 5);
    expect(reply?.found).toBeUndefined();
    expect(reply?.tried).toBeGreaterThanOrEqual(3000);
  });
});
