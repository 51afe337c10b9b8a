// The part of signature verification that needs the key: import it (jose on WebCrypto) or hand it to the
// software engines, and check each candidate. Loaded by verify.ts only when a key has been read, so a token
// pasted without a key is judged without jose in the first page load.
import { compactVerify, flattenedVerify, type FlattenedJWSInput } from 'jose';
import { MIN_RSA_BITS, type JwsAlgorithm } from './algorithms';
import { candidateTally } from './candidate-keys';
import { decodeBase64url, utf8Encode } from '../shared/base64url';
import { problemFromCryptoError } from '../shared/crypto-errors';
import type { ImportedKey, ParsedKeyInput } from '../keys/keys';
import type { Problem } from '../shared/problems';
import type { DecodedToken, JsonObject } from '../token/token';
import type { SignatureReport } from './verify';
import { loadOnce } from '../shared/load-once';

// Once loaded, handed over without a task's wait (load-once.ts): this is on every paste's path to the verdict.
const loadKeyReader = loadOnce(() => import('../keys/keys'));

/** Verifies one signature with the read key (several candidates for a JWKS: the first that verifies wins). */
export async function verifyWithKey(
  decoded: DecodedToken,
  algorithm: JwsAlgorithm,
  header: JsonObject,
  input: ParsedKeyInput,
  signal?: AbortSignal,
  flattened?: FlattenedJWSInput,
): Promise<SignatureReport> {
  const alg = algorithm.alg;
  const warnings: Problem[] = [...input.hints];
  // ML-DSA (RFC 9964): WebCrypto where it has it, else @noble/post-quantum; loaded only now.
  if (algorithm.family === 'ml-dsa')
    return (await import('./ml-dsa-jws')).verifyMlDsa(decoded.parts, input, algorithm, header, warnings);
  // ES256K, Ed448, and EdDSA with an Ed448 key (RFC 8037): audited @noble code, loaded only now.
  const ed448 = input.keys.filter((k) => k.description.curve === 'Ed448');
  // RFC 8037: EdDSA names either curve. A key set holding both kinds (a JWKS in rotation): try the WebCrypto
  // path with the other keys, then the Ed448 keys in software; the first that verifies wins.
  if (alg === 'EdDSA' && ed448.length > 0 && ed448.length < input.keys.length) {
    const others = { ...input, keys: input.keys.filter((k) => k.description.curve !== 'Ed448') };
    const first = await verifyWithKey(decoded, algorithm, header, others, signal, flattened);
    if (first.state === 'valid') return first;
    const { verifyInSoftware } = await import('./software-jws');
    signal?.throwIfAborted();
    const second = verifyInSoftware(decoded.parts, { ...input, keys: ed448 }, algorithm, header, [
      ...input.hints,
    ]);
    return second.state === 'valid' || first.state === 'key-error' ? second : first;
  }
  if (algorithm.engine || (alg === 'EdDSA' && ed448.length > 0)) {
    const { verifyInSoftware } = await import('./software-jws');
    signal?.throwIfAborted();
    return verifyInSoftware(decoded.parts, input, algorithm, header, warnings);
  }
  const { importVerificationKeys } = await loadKeyReader();
  const imported = await importVerificationKeys(input, alg, header);
  signal?.throwIfAborted();
  if (!imported.ok) return { state: 'key-error', alg, problem: imported.problem, warnings };

  const crit = Array.isArray(header.crit)
    ? header.crit.filter((c): c is string => typeof c === 'string')
    : [];

  // Several candidates (a JWKS and a token without kid): the first that verifies wins.
  const tally = candidateTally(algorithm, warnings, imported.value.length);
  for (const key of imported.value) {
    const problem = await checkSignature(decoded, algorithm, key, crit, flattened);
    signal?.throwIfAborted();
    if (!problem) return tally.valid(key);
    tally.fail(key, problem);
  }
  return tally.report();
}

function expectedSignatureBytes(algorithm: JwsAlgorithm, key: ImportedKey): number | undefined {
  if (algorithm.signatureBytes !== undefined) return algorithm.signatureBytes;
  if (key.rsaBits !== undefined) return Math.ceil(key.rsaBits / 8);
  return undefined;
}

/** Checks one key; undefined when the signature verifies, else why not. */
async function checkSignature(
  decoded: DecodedToken,
  algorithm: JwsAlgorithm,
  key: ImportedKey,
  crit: string[],
  flattened?: FlattenedJWSInput,
): Promise<Problem | undefined> {
  const expected = expectedSignatureBytes(algorithm, key);
  const actual = decoded.signatureLength ?? 0;
  const wrongLength: Problem | undefined =
    expected !== undefined && actual !== expected
      ? { code: 'signature-wrong-length', alg: algorithm.alg, expected, actual }
      : undefined;
  try {
    if (key.rsaBits !== undefined && key.rsaBits < MIN_RSA_BITS) {
      // jose refuses RSA keys under 2048 bits (RFC 7518 §3.3); a debugger still answers with raw WebCrypto.
      const [h = '', p = '', s = ''] = decoded.parts;
      const valid = await crypto.subtle.verify(
        algorithm.subtle,
        key.key as CryptoKey,
        decodeBase64url(s) as Uint8Array<ArrayBuffer>,
        utf8Encode(`${h}.${p}`) as Uint8Array<ArrayBuffer>,
      );
      return valid ? undefined : (wrongLength ?? { code: 'signature-mismatch' });
    }
    const options = {
      algorithms: [algorithm.alg],
      // checkJwsHeader has already refused any crit extension other than b64, which jose understands.
      crit: Object.fromEntries(crit.filter((c) => c !== 'b64').map((c) => [c, false])),
    };
    if (flattened) await flattenedVerify(flattened, key.key, options);
    else await compactVerify(decoded.token, key.key, options);
    return undefined;
  } catch (e) {
    const problem = problemFromCryptoError(e, 'verify');
    return problem.code === 'signature-mismatch' ? (wrongLength ?? problem) : problem;
  }
}
