// Types of a token profile: who issued a token, what kind of token it is, and the evidence for both.

export type ProviderId =
  | 'entra'
  | 'auth0'
  | 'cognito'
  | 'keycloak'
  | 'google'
  | 'firebase'
  | 'okta'
  | 'github-actions'
  | 'kubernetes'
  | 'unknown';

export type TokenType =
  'id-token' | 'access-token' | 'logout-token' | 'dpop-proof' | 'client-assertion' | 'sd-jwt' | 'unknown';

/** How much one observation says on its own: weak hints never decide alone. */
export type EvidenceWeight = 1 | 2 | 3;

/** One observation that points at a provider or a token type. */
export interface Evidence {
  /** Where it was seen: a claim name, `header.typ`, or `token` (the pasted text). */
  where: string;
  /** A stable code for what was seen, e.g. `entra-v2-issuer`, `claim-present`, `typ-at+jwt`. */
  code: string;
  weight: EvidenceWeight;
}

export interface TokenProfile {
  provider: ProviderId;
  providerEvidence: Evidence[];
  tokenType: TokenType;
  typeEvidence: Evidence[];
  /** The provider's (or, for a type with no provider, the specification's) documentation of the claims. */
  docsUrl?: string;
  /** For a recognised provider: where its keys are listed. */
  keys?: KeysLocation;
}

/** The issuer metadata that leads to the signing keys. */
export interface KeysLocation {
  url: string;
  /** True when the discover-keys button asks this URL first; false when the issuer is not a URL it can ask. */
  askedByButton: boolean;
}

/** A claim as the provider documents it. */
export interface ProviderClaim {
  name: string;
  provider: Exclude<ProviderId, 'unknown'>;
  title: string;
  description: string;
  /** What the value is: `string`, `string[]`, `object`, `number`, `boolean`, `string (GUID)`, … */
  type: string;
  /** Whom the claim is about. */
  about: 'user' | 'client' | 'tenant' | 'token' | 'workload' | 'session';
  url: string;
}
