// Key discovery's URL rules: only https, and never a host a token should not make the page ask (RFC 8725 §3.10).

import type { DiscoveryHostReason, DiscoveryProblem } from '../shared/problems';

// Every URL discovery asks comes from the token (its iss, jku or x5u) or from what those URLs answer:
// there is no field where the user types a URL. So one rule for all: a token must not turn this page
// into a probe of the user's own machine or network, and keys must not travel over plain http.
// A user who really wants a local key set can open it and paste it into the key box.

/** Why `hostname` (as the URL parser normalises it) must not be asked, or undefined when it may be. */
export function judgeHost(hostname: string): DiscoveryHostReason | undefined {
  // The WHATWG URL parser already turns 0x7f.1, 2130706433 and 127.1 into 127.0.0.1, and IPv6 into [..].
  const host = hostname.toLowerCase().endsWith('.')
    ? hostname.toLowerCase().slice(0, -1)
    : hostname.toLowerCase();
  if (host.startsWith('[') || isDottedQuad(host)) return 'ip-literal';
  if (host === 'localhost' || host.endsWith('.localhost')) return 'localhost';
  if (host === 'local' || host.endsWith('.local')) return 'local-domain';
  return undefined;
}

// Index-based: four groups of digits separated by dots (what the URL parser leaves of any IPv4 form).
function isDottedQuad(host: string): boolean {
  const groups = host.split('.');
  return (
    groups.length === 4 &&
    groups.every((g) => g.length > 0 && g.length <= 3 && [...g].every((c) => c >= '0' && c <= '9'))
  );
}

/**
 * Checks a URL discovery is about to ask (or was redirected to): a URL, https, and not an IP literal,
 * localhost or a .local host. `via` is the URL that redirected there, if any.
 */
export function checkDiscoveryUrl(url: string, via?: string): DiscoveryProblem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { code: 'discovery-invalid-url', url };
  }
  if (parsed.protocol !== 'https:') return { code: 'discovery-not-https', url };
  const reason = judgeHost(parsed.hostname);
  if (reason) {
    return { code: 'discovery-host-refused', url, host: parsed.hostname, reason, ...(via ? { via } : {}) };
  }
  return undefined;
}

/** The origin of a URL (scheme, host, port), or undefined when it is not one. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
