// Key discovery's fetching: one URL at a time, checked first, read within a size cap and a time limit.

import type { DiscoveryProblem } from '../shared/problems';
import type {
  DiscoverOptions,
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

function checkUrl(ctx: Context, url: string, source: DiscoverySourceKind, role: DiscoveryStepRole) {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    ctx.steps.push({ source, role, url, outcome: 'invalid-url' });
    return { code: 'discovery-invalid-url', url } as const;
  }
  if (parsed.protocol !== 'https:') {
    ctx.steps.push({ source, role, url, outcome: 'not-https' });
    return { code: 'discovery-not-https', url } as const;
  }
  return undefined;
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof Error && error.name === 'AbortError');
}

export async function fetchText(
  ctx: Context,
  url: string,
  source: DiscoverySourceKind,
  role: DiscoveryStepRole,
  accept: string,
): Promise<Fetched> {
  const urlProblem = checkUrl(ctx, url, source, role);
  if (urlProblem) return { ok: false, problem: urlProblem, stage: Stage.Url };
  const { signal } = ctx.options;
  if (signal?.aborted) throw new Aborted();
  try {
    // Called detached: window.fetch throws "Illegal invocation" (a TypeError, which would pass for CORS)
    // when its `this` is the options object.
    const fetchImpl = ctx.options.fetch;
    const response = await fetchImpl(url, {
      signal,
      credentials: 'omit',
      redirect: 'follow',
      headers: { accept },
    });
    if (!response.ok) {
      ctx.steps.push({ source, role, url, outcome: 'http-error', status: response.status });
      return {
        ok: false,
        problem: { code: 'discovery-http-error', url, status: response.status },
        stage: Stage.Url,
      };
    }
    const text = await response.text();
    return { ok: true, text, status: response.status };
  } catch (error) {
    if (isAbort(error, signal)) {
      ctx.steps.push({ source, role, url, outcome: 'aborted' });
      throw new Aborted();
    }
    // A browser rejects with a bare TypeError both when CORS forbids reading the response and when the
    // host cannot be reached; it deliberately does not say which (Fetch standard, "network error").
    ctx.steps.push({ source, role, url, outcome: 'cors-or-network' });
    return { ok: false, problem: { code: 'discovery-cors', url }, stage: Stage.Url };
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
