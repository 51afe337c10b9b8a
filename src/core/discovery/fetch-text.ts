// Key discovery's fetching: one URL at a time, checked first, read within a size cap and a time limit.

import type { DiscoveryProblem } from '../shared/problems';
import { checkDiscoveryUrl, originOf } from './url-rules';
import type {
  DiscoverOptions,
  DiscoveryOutcome,
  FetchResponse,
  DiscoveryPlan,
  DiscoveryReport,
  DiscoverySourceKind,
  DiscoveryStep,
  DiscoveryStepRole,
} from './discovery-types';

// How far an attempt got; when every source fails, the one that got furthest explains best.
export const Stage = { Url: 0, Fetched: 1, Metadata: 2, KeySet: 3, KeyMatch: 4 } as const;
export type Stage = number;

export type Attempt =
  | { ok: true; report: Omit<DiscoveryReport, 'state' | 'steps'> }
  | { ok: false; problem: DiscoveryProblem; stage: Stage };

export class Aborted extends Error {}

export interface Context {
  options: DiscoverOptions;
  steps: DiscoveryStep[];
  plan: DiscoveryPlan;
}

type Fetched =
  { ok: true; text: string; status: number } | { ok: false; problem: DiscoveryProblem; stage: Stage };

/** A key set or metadata document is a few KB; a larger answer is cut off here (issue 16). */
export const DISCOVERY_MAX_BYTES = 1024 * 1024;
/** How long one URL may take, answer included, before discovery gives up on it. */
export const DISCOVERY_TIMEOUT_MS = 10_000;

const OUTCOME_OF: Partial<Record<DiscoveryProblem['code'], DiscoveryOutcome>> = {
  'discovery-invalid-url': 'invalid-url',
  'discovery-not-https': 'not-https',
  'discovery-host-refused': 'host-refused',
};

function refuse(ctx: Context, step: Omit<DiscoveryStep, 'outcome'>, problem: DiscoveryProblem): Fetched {
  ctx.steps.push({ ...step, outcome: OUTCOME_OF[problem.code] ?? 'invalid-url' });
  return { ok: false, problem, stage: Stage.Url };
}

class TimedOut extends Error {}

/** Rejects as soon as `signal` aborts, whether or not the injected fetch honours it. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}

/** Reads the body as UTF-8, stopping (and cancelling the rest) once it passes `limit` bytes. */
async function readCapped(
  response: FetchResponse,
  limit: number,
  signal: AbortSignal,
): Promise<string | undefined> {
  const declared = Number(response.headers?.get('content-length') ?? NaN);
  const body = response.body;
  if (declared > limit) {
    void body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!body) {
    // A fetch without streams: the whole text arrives at once, then is judged by its size.
    const text = await untilAborted(response.text(), signal);
    return new TextEncoder().encode(text).length > limit ? undefined : text;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await untilAborted(reader.read(), signal);
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Asks one URL: refused without a request unless it passes checkDiscoveryUrl; the answer is read within
 * DISCOVERY_MAX_BYTES and DISCOVERY_TIMEOUT_MS; a redirect to a refused host is dropped, one to another
 * origin is noted as a step. Throws Aborted only when the caller's signal aborts (the cancel button).
 */
export async function fetchText(
  ctx: Context,
  url: string,
  source: DiscoverySourceKind,
  role: DiscoveryStepRole,
  accept: string,
): Promise<Fetched> {
  const urlProblem = checkDiscoveryUrl(url);
  if (urlProblem) return refuse(ctx, { source, role, url }, urlProblem);
  const { signal: outer } = ctx.options;
  if (outer?.aborted) throw new Aborted();
  const limit = ctx.options.maxBytes ?? DISCOVERY_MAX_BYTES;
  const timeoutMs = ctx.options.timeoutMs ?? DISCOVERY_TIMEOUT_MS;
  // One signal for this URL: the caller's cancel, or the time limit, whichever comes first.
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(new Aborted());
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new TimedOut()), timeoutMs);
  const { signal } = controller;
  try {
    // Called detached: window.fetch throws "Illegal invocation" (a TypeError, which would pass for CORS)
    // when its `this` is the options object.
    const fetchImpl = ctx.options.fetch;
    const response = await untilAborted(
      fetchImpl(url, { signal, credentials: 'omit', redirect: 'follow', headers: { accept } }),
      signal,
    );
    const finalUrl = response.url;
    if (finalUrl && finalUrl !== url) {
      // The browser has followed the redirect already; what it led to is judged by the same rules.
      const redirectProblem = checkDiscoveryUrl(finalUrl, url);
      if (redirectProblem) {
        void response.body?.cancel().catch(() => undefined);
        return refuse(ctx, { source, role, url, redirectedTo: finalUrl }, redirectProblem);
      }
      if (originOf(finalUrl) !== originOf(url)) {
        ctx.steps.push({ source, role, url, outcome: 'redirected', redirectedTo: finalUrl });
      }
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      ctx.steps.push({ source, role, url, outcome: 'http-error', status: response.status });
      return {
        ok: false,
        problem: { code: 'discovery-http-error', url, status: response.status },
        stage: Stage.Url,
      };
    }
    const text = await readCapped(response, limit, signal);
    if (text === undefined) {
      ctx.steps.push({ source, role, url, outcome: 'too-large', status: response.status });
      return { ok: false, problem: { code: 'discovery-too-large', url, limit }, stage: Stage.Url };
    }
    return { ok: true, text, status: response.status };
  } catch (error) {
    if (outer?.aborted) {
      ctx.steps.push({ source, role, url, outcome: 'aborted' });
      throw new Aborted();
    }
    if (signal.reason instanceof TimedOut) {
      ctx.steps.push({ source, role, url, outcome: 'timeout' });
      const seconds = Math.round(timeoutMs / 100) / 10;
      return { ok: false, problem: { code: 'discovery-timeout', url, seconds }, stage: Stage.Url };
    }
    if (error instanceof Error && error.name === 'AbortError') {
      // An abort that is neither the cancel button nor the time limit: treat as cancelled.
      ctx.steps.push({ source, role, url, outcome: 'aborted' });
      throw new Aborted();
    }
    // A browser rejects with a bare TypeError both when CORS forbids reading the response and when the
    // host cannot be reached; it deliberately does not say which (Fetch standard, "network error").
    ctx.steps.push({ source, role, url, outcome: 'cors-or-network' });
    return { ok: false, problem: { code: 'discovery-cors', url }, stage: Stage.Url };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

export async function fetchJson(
  ctx: Context,
  url: string,
  source: DiscoverySourceKind,
  role: DiscoveryStepRole,
): Promise<
  { ok: true; value: unknown; status: number } | { ok: false; problem: DiscoveryProblem; stage: Stage }
> {
  const fetched = await fetchText(ctx, url, source, role, 'application/json');
  if (!fetched.ok) return fetched;
  try {
    return { ok: true, value: JSON.parse(fetched.text) as unknown, status: fetched.status };
  } catch {
    ctx.steps.push({ source, role, url, outcome: 'not-json', status: fetched.status });
    return { ok: false, problem: { code: 'discovery-not-json', url }, stage: Stage.Fetched };
  }
}
