// Claims of the identity providers' own, as each documents them: meaning, type, and whom each is about.
// The wording is data (provider-claims.json, provider → claim → meaning); this module indexes it.

import { PROVIDERS } from './providers';
import type { KnownProvider } from './providers';
import claimsFile from './provider-claims.json';
import type { ProviderClaim, ProviderId } from './types';

type Meaning = Pick<ProviderClaim, 'title' | 'description' | 'type' | 'about'>;

// JSON types `about` as a plain string; provider-claims.test.ts checks every value is one ProviderClaim allows.
const CLAIMS = claimsFile as Partial<Record<KnownProvider, Record<string, Meaning>>>;

/** Claims so specific to one provider that they are explained even when the provider is not recognised. */
const UNAMBIGUOUS = new Set([
  'cognito:groups',
  'cognito:username',
  'cognito:roles',
  'cognito:preferred_role',
  'token_use',
  'realm_access',
  'resource_access',
  'allowed-origins',
  'job_workflow_ref',
  'runner_environment',
  'kubernetes.io',
  'firebase',
]);

const table = new Map<string, ProviderClaim>();
for (const info of PROVIDERS) {
  for (const [name, meaning] of Object.entries(CLAIMS[info.id] ?? {})) {
    table.set(`${info.id} ${name}`, { name, provider: info.id, ...meaning, url: info.docsUrl });
  }
}
const byName = new Map<string, ProviderClaim>();
for (const claim of table.values()) if (UNAMBIGUOUS.has(claim.name)) byName.set(claim.name, claim);

/**
 * The provider's meaning of a claim: looked up under the recognised provider, or, for a claim name only one
 * provider uses (e.g. `cognito:groups`, `kubernetes.io`), under that provider whatever was recognised.
 */
export function describeProviderClaim(
  name: string,
  provider: ProviderId | undefined,
): ProviderClaim | undefined {
  if (provider && provider !== 'unknown') {
    const hit = table.get(`${provider} ${name}`);
    if (hit) return hit;
  }
  return byName.get(name);
}

/** Every provider claim the table documents (the English base of the translated wording). */
export function providerClaimEntries(): ProviderClaim[] {
  return [...table.values()];
}
