// Tests for discovery's limits: refused hosts, the 1 MB cap, the time limit, cancelling and redirects.

import { describe, expect, it } from 'vitest';
import { DISCOVERY_MAX_BYTES, checkDiscoveryUrl, discoverKeys, judgeHost, type FetchLike } from './discovery';

const ISS = 'https://issuer.example';
const OIDC = `${ISS}/.well-known/openid-configuration`;
const JWKS_URI = `${ISS}/keys`;
const JWKS = { keys: [{ kty: 'RSA', kid: 'k1', n: 'sXch', e: 'AQAB' }] };
const METADATA = { issuer: ISS, jwks_uri: JWKS_URI };
const header = { alg: 'RS256', kid: 'k1' };

/** A body streamed in chunks, counting how many chunks were pulled and whether the rest was cancelled. */
function streamOf(total: number, chunk = 64 * 1024) {
  const stats = { pulled: 0, cancelled: false };
  let sent = 0;
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const size = Math.min(chunk, total - sent);
      sent += size;
      stats.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { body, stats };
}

/** A fetch whose every answer is `body`, streamed (its text() must not be read), with optional headers. */
function streaming(body: ReadableStream<Uint8Array<ArrayBuffer>>, headers?: Headers): FetchLike {
  return () =>
    Promise.resolve({
      ok: true,
      status: 200,
      headers,
      body,
      text: () => Promise.reject(new Error('not read')),
    });
}

/** Discovery of the key the token's jku points at. */
const discoverJku = (fetch: FetchLike) => discoverKeys({ header: { ...header, jku: JWKS_URI } }, { fetch });

function respond(text: string, extra: { url?: string; status?: number } = {}) {
  const status = extra.status ?? 200;
  return {
    ok: status < 300,
    status,
    url: extra.url,
    body: new Response(text).body,
    text: () => Promise.resolve(text),
  };
}

describe('hosts discovery refuses', () => {
  it.each([
    ['https://127.0.0.1', 'ip-literal'],
    ['https://2130706433', 'ip-literal'],
    ['https://0x7f.1/', 'ip-literal'],
    ['https://10.0.0.5:8443/realms/x', 'ip-literal'],
    ['https://[::1]/', 'ip-literal'],
    ['https://localhost', 'localhost'],
    ['https://LOCALHOST./x', 'localhost'],
    ['https://api.localhost', 'localhost'],
    ['https://printer.local', 'local-domain'],
  ])('refuses %s (%s) without asking it', async (iss, reason) => {
    const asked: string[] = [];
    const fetch: FetchLike = (url) => {
      asked.push(url);
      return Promise.resolve(respond('{}'));
    };
    const report = await discoverKeys({ header, payload: { iss } }, { fetch });
    expect(asked).toEqual([]);
    expect(report.state).toBe('error');
    expect(report.problem).toMatchObject({ code: 'discovery-host-refused', reason });
    expect(report.steps.every((s) => s.outcome === 'host-refused')).toBe(true);
  });

  it.each([
    'https://issuer.example',
    'https://local.example.com',
    'https://localhost.example.com',
    'https://mylocal',
  ])('allows %s', (url) => {
    expect(checkDiscoveryUrl(url)).toBeUndefined();
  });

  it('names the reason for each kind of host', () => {
    expect(judgeHost('[fe80::1]')).toBe('ip-literal');
    expect(judgeHost('192.168.1.1')).toBe('ip-literal');
    expect(judgeHost('1.2.3.4.example')).toBeUndefined();
    expect(judgeHost('x.localhost')).toBe('localhost');
    expect(judgeHost('nas.local.')).toBe('local-domain');
  });

  it('refuses a jku over plain http, and a jwks_uri on localhost named by the metadata', async () => {
    const asked: string[] = [];
    const fetch: FetchLike = (url) => {
      asked.push(url);
      return Promise.resolve(
        url === OIDC
          ? respond(JSON.stringify({ issuer: ISS, jwks_uri: 'https://localhost/keys' }))
          : respond('', { status: 404 }),
      );
    };
    const report = await discoverKeys(
      { header: { ...header, jku: 'http://keys.example/jwks' }, payload: { iss: ISS } },
      { fetch },
    );
    expect(asked).not.toContain('https://localhost/keys');
    expect(asked).not.toContain('http://keys.example/jwks');
    expect(report.steps).toContainEqual(
      expect.objectContaining({ url: 'https://localhost/keys', outcome: 'host-refused' }),
    );
    expect(report.steps).toContainEqual(
      expect.objectContaining({ url: 'http://keys.example/jwks', outcome: 'not-https' }),
    );
  });
});

describe('the 1 MB cap', () => {
  it('stops reading a streamed answer just past 1 MB and cancels the rest', async () => {
    const big = streamOf(8 * 1024 * 1024);
    const report = await discoverJku(streaming(big.body));
    expect(report.problem).toEqual({
      code: 'discovery-too-large',
      url: JWKS_URI,
      limit: DISCOVERY_MAX_BYTES,
    });
    expect(report.steps).toContainEqual(expect.objectContaining({ url: JWKS_URI, outcome: 'too-large' }));
    // 1 MB in 64 KB chunks is 16; the 17th passes the cap. Reading all 8 MB would pull 128.
    expect(big.stats.pulled).toBeLessThanOrEqual(18);
    expect(big.stats.cancelled).toBe(true);
  });

  it('refuses an answer whose Content-Length is over the cap without reading it', async () => {
    const big = streamOf(2 * 1024 * 1024);
    const length = new Headers({ 'content-length': String(2 * 1024 * 1024) });
    const report = await discoverJku(streaming(big.body, length));
    expect(report.problem?.code).toBe('discovery-too-large');
    expect(big.stats.pulled).toBeLessThanOrEqual(1);
  });

  it('judges a fetch without streams by the size of its text', async () => {
    const text = ' '.repeat(DISCOVERY_MAX_BYTES + 1);
    const fetch: FetchLike = () =>
      Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(text) });
    const report = await discoverJku(fetch);
    expect(report.problem?.code).toBe('discovery-too-large');
  });

  it('reads an answer under the cap in full, across chunks and multi-byte characters', async () => {
    const jwks = { keys: [{ ...JWKS.keys[0], name: 'ключ ✓'.repeat(5000) }] };
    const bytes = new TextEncoder().encode(JSON.stringify(jwks));
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
        controller.close();
      },
    });
    const report = await discoverJku(streaming(body));
    expect(report.state).toBe('ok');
    expect(report.key).toEqual(jwks.keys[0]);
  });

  it('honours a smaller cap given as an option', async () => {
    const fetch: FetchLike = () => Promise.resolve(respond(JSON.stringify(JWKS)));
    const report = await discoverKeys({ header: { ...header, jku: JWKS_URI } }, { fetch, maxBytes: 10 });
    expect(report.problem).toEqual({ code: 'discovery-too-large', url: JWKS_URI, limit: 10 });
  });
});

describe('the time limit and the cancel button', () => {
  it('gives up on a URL that does not answer in time, then tries the next source', async () => {
    const signals: AbortSignal[] = [];
    const fetch: FetchLike = (url, init) => {
      if (init?.signal) signals.push(init.signal);
      // Never answers, and ignores its signal: the limit must hold anyway.
      if (url === OIDC) return new Promise(() => undefined);
      return Promise.resolve(respond('', { status: 404 }));
    };
    const started = Date.now();
    const report = await discoverKeys({ header, payload: { iss: ISS } }, { fetch, timeoutMs: 50 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(report.steps[0]).toMatchObject({ url: OIDC, outcome: 'timeout' });
    expect(report.steps).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(report.problem).toMatchObject({ code: 'discovery-timeout', url: OIDC, seconds: 0.1 });
  });

  it('times out a body that stops arriving half way', async () => {
    const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"keys":['));
      },
    });
    const report = await discoverKeys(
      { header: { ...header, jku: JWKS_URI } },
      { fetch: streaming(body), timeoutMs: 50 },
    );
    expect(report.problem?.code).toBe('discovery-timeout');
  });

  it('stops at once when cancelled, with the signal reaching fetch', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const fetch: FetchLike = (_url, init) => {
      seen = init?.signal ?? undefined;
      return new Promise(() => undefined);
    };
    const running = discoverKeys({ header, payload: { iss: ISS } }, { fetch, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const report = await running;
    expect(seen?.aborted).toBe(true);
    expect(report).toMatchObject({ state: 'error', problem: { code: 'discovery-aborted' } });
    expect(report.steps).toEqual([expect.objectContaining({ url: OIDC, outcome: 'aborted' })]);
  });
});

describe('redirects', () => {
  const run = (finalUrl: string) => {
    const fetch: FetchLike = (url) =>
      Promise.resolve(
        url === OIDC ? respond(JSON.stringify(METADATA)) : respond(JSON.stringify(JWKS), { url: finalUrl }),
      );
    return discoverKeys({ header, payload: { iss: ISS } }, { fetch });
  };

  it('notes a redirect that leaves the origin, and still uses the answer', async () => {
    const report = await run('https://cdn.example.net/keys.json');
    expect(report.state).toBe('ok');
    expect(report.steps).toContainEqual(
      expect.objectContaining({
        url: JWKS_URI,
        outcome: 'redirected',
        redirectedTo: 'https://cdn.example.net/keys.json',
      }),
    );
  });

  it('says nothing of a redirect within the origin', async () => {
    const report = await run(`${ISS}/keys/v2`);
    expect(report.state).toBe('ok');
    expect(report.steps.some((s) => s.outcome === 'redirected')).toBe(false);
  });

  it('drops an answer that a redirect brought from a refused host', async () => {
    const report = await run('https://169.254.169.254/latest/meta-data');
    expect(report.state).toBe('error');
    expect(report.problem).toEqual({
      code: 'discovery-host-refused',
      url: 'https://169.254.169.254/latest/meta-data',
      host: '169.254.169.254',
      reason: 'ip-literal',
      via: JWKS_URI,
    });
  });
});
