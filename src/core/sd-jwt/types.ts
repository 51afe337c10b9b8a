// The SD-JWT reading's data: the hash algorithms, each disclosure's report, the §7.1 problems, the reading.

import type { JsonObject } from '../token/token';

/** Hash names registered for `_sd_alg` that WebCrypto computes (RFC 9901 §4.1.1, IANA "Named Information"). */
export const SD_HASH_ALGORITHMS = {
  'sha-256': 'SHA-256',
  'sha-384': 'SHA-384',
  'sha-512': 'SHA-512',
} as const;
export type SdHashAlg = keyof typeof SD_HASH_ALGORITHMS;

export type DisclosureStatus = 'ok' | 'unreferenced' | 'duplicate' | 'invalid';

/** Why a disclosure cannot be read (RFC 9901 §4.2.1, §4.2.2). */
export type MalformedReason =
  | 'empty'
  | 'not-base64url'
  | 'not-utf8'
  | 'not-json'
  | 'not-array'
  | 'wrong-length'
  | 'salt-not-string'
  | 'name-not-string';

/** One problem of the SD-JWT as a whole or of one disclosure (by its 0-based `index` in the presentation). */
export type SdJwtProblem =
  | { code: 'sd-disclosure-malformed'; index: number; reason: MalformedReason }
  | { code: 'sd-disclosure-reserved-name'; index: number; name: string }
  | { code: 'sd-disclosure-unreferenced'; index: number }
  /** The same disclosure (hence digest) presented more than once. */
  | { code: 'sd-disclosure-repeated'; index: number; firstIndex: number }
  /** A digest that appears more than once in the payload (directly or inside disclosures). */
  | { code: 'sd-digest-repeated'; digest: string; paths: string[] }
  /** The disclosed claim name is already in the object that holds the `_sd` array. */
  | { code: 'sd-claim-exists'; index: number; name: string; path: string }
  /** A 2-element (array) disclosure matched an `_sd` digest, or a 3-element one matched a `...` element. */
  | {
      code: 'sd-disclosure-wrong-kind';
      index: number;
      expected: 'object-property' | 'array-element';
      path: string;
    }
  | { code: 'sd-alg-unsupported'; alg: string }
  | { code: 'sd-alg-not-string' }
  /** The text does not end in `~` and its last part is not a JWT: read as a disclosure missing its tilde. */
  | { code: 'sd-no-trailing-tilde' };

export interface DisclosureReport {
  /** Position in the presentation (0 = first disclosure after the issuer JWT). */
  index: number;
  /** The disclosure exactly as presented (its digest is taken over these characters). */
  raw: string;
  digest?: string;
  salt?: string;
  /** The claim name; absent for an array-element disclosure. */
  name?: string;
  value?: unknown;
  /** True for a 2-element disclosure (salt, value). */
  arrayElement: boolean;
  status: DisclosureStatus;
  /** Where its value lands in the processed payload, e.g. `address.street_address`, `nationalities[0]`. */
  path?: string;
  /** Where its digest was found: an `_sd` array (at `path`'s parent) or a `{"...": digest}` element. */
  foundIn?: '_sd' | '...';
  problems: SdJwtProblem[];
}

export interface SdJwtReading {
  issuerJwt: string;
  disclosures: DisclosureReport[];
  /** The key binding JWT, when the presentation ends with one. */
  keyBindingJwt?: string;
  /** What `sd_hash` is taken over (§4.3.1): everything up to and including the last `~` before the KB-JWT. */
  boundText: string;
  /** `_sd_alg` as given, or `sha-256` when absent (§4.1.1). */
  hashAlg: string;
  hashSupported: boolean;
  problems: SdJwtProblem[];
  /** Digests in the payload (or in disclosed values) that no presented disclosure reveals: hidden claims or decoys. */
  undisclosedCount: number;
  /** The Processed SD-JWT Payload (§7.1): disclosures applied, `_sd` and `_sd_alg` removed, `cnf` kept. */
  processed: JsonObject;
  /** Paths of every claim or array element a disclosure revealed. */
  disclosedPaths: string[];
}
