// Makes an SD-JWT (RFC 9901 §4, §5.1) from claims and chosen paths, and a presentation with a key binding JWT (§4.3).

import { encodeBase64url } from '../shared/base64url';
import { exportKey } from '../keys/key-export';
import { parseKeyInput } from '../keys/keys';
import type { KeyInputReading } from '../keys/keys';
import { signWithReading } from '../jws/sign';
import type { Problem } from '../shared/problems';
import type { JsonObject } from '../token/token';
import { digestDisclosure, joinPath } from './read';
import { computeSdHash } from './key-binding';

/** A claim path: names and array indexes, e.g. `["address", "street_address"]`, `["nationalities", 0]`. */
export type ClaimPath = (string | number)[];

export type SdMakeProblem =
  | { code: 'sd-path-syntax'; path: string }
  | { code: 'sd-path-not-found'; path: string }
  | { code: 'sd-path-reserved'; path: string }
  | { code: 'sd-holder-key-unusable'; reason: 'not-asymmetric' | 'unreadable' | 'unsupported-curve' };

export type SdResult<T> = { ok: true; value: T } | { ok: false; problem: SdMakeProblem | Problem };

export interface MadeDisclosure {
  raw: string;
  digest: string;
  /** Where it lands, as written in `sd-claims-input` (`address.street_address`, `nationalities[0]`). */
  path: string;
}

export interface MadeSdJwt {
  issuerJwt: string;
  /** Every disclosure the issuer made, deepest first (a parent's value holds its children's digests). */
  disclosures: MadeDisclosure[];
  /** The issuer JWT's payload as signed. */
  payload: JsonObject;
}

const SEGMENT = /^([^.[\]]+)((?:\[\d+\])*)$/;

/** Reads `given_name, address.street_address, nationalities[0]` into claim paths. */
export function parseClaimPaths(text: string): SdResult<{ text: string; path: ClaimPath }[]> {
  const out: { text: string; path: ClaimPath }[] = [];
  for (const raw of text.split(',')) {
    const item = raw.trim();
    if (item === '') continue;
    const path: ClaimPath = [];
    for (const segment of item.split('.')) {
      const m = SEGMENT.exec(segment.trim());
      if (!m?.[1]) return { ok: false, problem: { code: 'sd-path-syntax', path: item } };
      path.push(m[1]);
      for (const index of (m[2] ?? '').matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
    }
    if (path.some((p) => p === '_sd' || p === '...' || p === '_sd_alg'))
      return { ok: false, problem: { code: 'sd-path-reserved', path: item } };
    out.push({ text: item, path });
  }
  return { ok: true, value: out };
}

/** 128 random bits, base64url (RFC 9901 §9.3 recommends at least 128 bits of salt). */
export function makeSalt(): string {
  return encodeBase64url(crypto.getRandomValues(new Uint8Array(16)));
}

function displayPath(path: ClaimPath): string {
  return path.reduce<string>((at, key) => joinPath(at, key), '');
}

/** The JWS alg a holder key signs with, from its type and curve. */
function holderAlg(reading: KeyInputReading): string | undefined {
  if (reading.state !== 'ok') return undefined;
  const d = reading.value.keys[0]?.description;
  if (!d || d.visibility !== 'private') return undefined;
  if (d.kty === 'RSA') return 'RS256';
  if (d.kty === 'OKP' && d.curve === 'Ed25519') return 'EdDSA';
  if (d.kty === 'EC') return { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[d.curve ?? ''];
  return undefined;
}

export interface MakeRequest {
  header: JsonObject;
  claims: JsonObject;
  /** Comma-separated paths (the `sd-claims-input` text). */
  paths: string;
  decoys: number;
  /** The key box's key: it signs the issuer JWT. */
  issuerKey: KeyInputReading;
  /** A holder's private key text: when set, its public key goes into `cnf.jwk`. */
  holderKeyText?: string;
}

/** Makes the chosen claims selectively disclosable, adds decoys and `cnf`, and signs the issuer JWT. */
export async function makeSdJwt(request: MakeRequest): Promise<SdResult<MadeSdJwt>> {
  const parsed = parseClaimPaths(request.paths);
  if (!parsed.ok) return parsed;
  const payload = structuredClone(request.claims);
  delete payload._sd;
  delete payload._sd_alg;
  // Deepest first: a parent disclosed later then carries its children's digests (recursive disclosure, §4.2.6).
  const items = [...parsed.value].sort((a, b) => b.path.length - a.path.length);
  const disclosures: MadeDisclosure[] = [];
  const sdArrays = new Set<unknown[]>();
  for (const { text, path } of items) {
    let parent: unknown = payload;
    for (const key of path.slice(0, -1)) {
      parent =
        typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined;
    }
    const last = path[path.length - 1];
    const salt = makeSalt();
    if (typeof last === 'number') {
      if (!Array.isArray(parent) || last >= parent.length)
        return { ok: false, problem: { code: 'sd-path-not-found', path: text } };
      const raw = encodeBase64url(new TextEncoder().encode(JSON.stringify([salt, parent[last]])));
      const digest = await digestDisclosure(raw, 'sha-256');
      parent[last] = { '...': digest };
      disclosures.push({ raw, digest, path: displayPath(path) });
    } else {
      if (
        typeof parent !== 'object' ||
        parent === null ||
        Array.isArray(parent) ||
        !Object.hasOwn(parent, last ?? '')
      )
        return { ok: false, problem: { code: 'sd-path-not-found', path: text } };
      const object = parent as Record<string, unknown>;
      const name = last as string;
      const raw = encodeBase64url(new TextEncoder().encode(JSON.stringify([salt, name, object[name]])));
      const digest = await digestDisclosure(raw, 'sha-256');
      delete object[name];
      const sd = Array.isArray(object._sd) ? (object._sd as unknown[]) : [];
      sd.push(digest);
      object._sd = sd;
      sdArrays.add(sd);
      disclosures.push({ raw, digest, path: displayPath(path) });
    }
  }
  const decoys = Math.max(0, Math.min(100, Math.floor(request.decoys) || 0));
  if (decoys > 0) {
    const root = Array.isArray(payload._sd) ? (payload._sd as unknown[]) : [];
    // §4.2.5: a decoy is the digest of a random value, indistinguishable from a real one.
    for (let i = 0; i < decoys; i += 1) root.push(await digestDisclosure(makeSalt(), 'sha-256'));
    payload._sd = root;
    sdArrays.add(root);
  }
  // §4.2.4.1: digests are sorted so their order says nothing about the claims' order.
  for (const sd of sdArrays) sd.sort();
  payload._sd_alg = 'sha-256';
  if (request.holderKeyText?.trim()) {
    const holder = await holderPublicJwk(request.holderKeyText);
    if (!holder.ok) return holder;
    payload.cnf = { jwk: holder.value };
  }
  const signed = await signWithReading({ header: request.header, payload }, request.issuerKey);
  if (!signed.ok) return signed;
  return { ok: true, value: { issuerJwt: signed.value.token, disclosures, payload } };
}

async function holderPublicJwk(holderKeyText: string): Promise<SdResult<JsonObject>> {
  const reading = parseKeyInput(holderKeyText);
  if (reading.state !== 'ok')
    return { ok: false, problem: { code: 'sd-holder-key-unusable', reason: 'unreadable' } };
  if (!holderAlg(reading)) {
    const kty = reading.value.keys[0]?.description.kty;
    const reason = kty === 'EC' || kty === 'OKP' ? 'unsupported-curve' : 'not-asymmetric';
    return { ok: false, problem: { code: 'sd-holder-key-unusable', reason } };
  }
  const exported = await exportKey(holderKeyText);
  if (!exported.ok) return exported;
  const jwk = exported.value.publicJwk;
  if (!jwk) return { ok: false, problem: { code: 'sd-holder-key-unusable', reason: 'not-asymmetric' } };
  return { ok: true, value: { ...jwk } as JsonObject };
}

export interface PresentRequest {
  issuerJwt: string;
  /** The disclosures to present, as made. */
  disclosures: string[];
  /** With a holder key, the presentation ends with a key binding JWT signed by it. */
  holderKeyText?: string;
  audience: string;
  nonce: string;
  /** Unix seconds. */
  now: number;
}

/** Builds `<issuer-jwt>~<d1>~…~` and, with a holder key, appends a KB-JWT bound to it by `sd_hash` (§4.3.1). */
export async function presentSdJwt(request: PresentRequest): Promise<SdResult<string>> {
  const text = `${request.issuerJwt}~${request.disclosures.map((d) => `${d}~`).join('')}`;
  if (!request.holderKeyText?.trim()) return { ok: true, value: text };
  const reading = parseKeyInput(request.holderKeyText);
  const alg = holderAlg(reading);
  if (!alg) return { ok: false, problem: { code: 'sd-holder-key-unusable', reason: 'not-asymmetric' } };
  const payload = {
    iat: request.now,
    aud: request.audience,
    nonce: request.nonce,
    sd_hash: await computeSdHash(text, 'sha-256'),
  };
  const signed = await signWithReading({ header: { alg, typ: 'kb+jwt' }, payload }, reading);
  if (!signed.ok) return signed;
  return { ok: true, value: text + signed.value.token };
}
