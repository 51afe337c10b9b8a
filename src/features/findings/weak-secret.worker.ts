// Web Worker that looks for the well-known secret behind an HS* token; a new message supersedes the old one.

import listText from '../../core/advisor/weak-secrets.txt?raw';
import { findWeakSecret, parseWeakSecretList, splitHmacToken } from '../../core/advisor';

/** Asks the worker to search the secret of `token`; `id` is echoed in the reply. */
export interface WeakSecretRequest {
  id: number;
  token: string;
}

/** The final answer for one request: the secret when found, and how many candidates were tried. */
export interface WeakSecretReply {
  id: number;
  found?: string;
  tried: number;
}

/** Sent once, when the list is first read: how many secrets each search tries. Carries no id. */
export interface WeakSecretListSize {
  total: number;
}

let candidates: string[] | undefined;
let current: AbortController | undefined;

async function handleRequest({ id, token }: WeakSecretRequest): Promise<void> {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const parts = splitHmacToken(token);
  if (!parts) {
    reply({ id, tried: 0 });
    return;
  }
  if (!candidates) {
    candidates = parseWeakSecretList(listText);
    const size: WeakSecretListSize = { total: candidates.length };
    self.postMessage(size);
  }
  let tried = 0;
  try {
    const found = await findWeakSecret({
      ...parts,
      candidates,
      signal: controller.signal,
      onProgress: (n) => (tried = n),
    });
    reply(found === undefined ? { id, tried } : { id, found, tried });
  } catch {
    // Superseded by a newer request: that one replies instead.
  } finally {
    if (current === controller) current = undefined;
  }
}

function reply(message: WeakSecretReply): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<WeakSecretRequest>) => {
  void handleRequest(event.data);
});
