// The report over several candidate keys (a JWKS, or a token without kid), shared by the WebCrypto path
// (verify-with-key.ts) and the software engines (software-jws.ts, ml-dsa-jws.ts): the first key that verifies
// wins; else the first key whose signature check failed names the problem ('invalid'); else the first key that
// could not be used ('key-error'). Loaded only with those lazy modules.
import type { JwsAlgorithm } from './algorithms';
import type { SignatureReport } from './verify';
import {
  keyWarnings,
  selectKeys,
  type KeyDescription,
  type ParsedKey,
  type ParsedKeyInput,
} from '../keys/keys';
import { decodeBase64url, utf8Encode } from '../shared/base64url';
import type { Problem } from '../shared/problems';

interface SignedBytes {
  message: Uint8Array;
  signature: Uint8Array;
}

type CandidateTally = ReturnType<typeof candidateTally>;

interface Candidate {
  description: KeyDescription;
}

/** True for a problem with the signature itself rather than with the key. */
const isSignatureFailure = (p: Problem): boolean =>
  p.code === 'signature-mismatch' || p.code === 'signature-wrong-length' || p.code === 'jws-invalid';

/**
 * Collects each candidate's outcome for `algorithm`; `candidates` is how many were chosen (a report says
 * `triedKeys` when there was more than one).
 */
export function candidateTally(algorithm: JwsAlgorithm, warnings: Problem[], candidates: number) {
  const { alg } = algorithm;
  const tried = candidates > 1 ? { triedKeys: candidates } : {};
  const withKey = (key: Candidate) => [...warnings, ...keyWarnings(key.description, algorithm)];
  const failures: { key: Candidate; problem: Problem }[] = [];
  return {
    /** Notes why `key` did not verify. */
    fail(key: Candidate, problem: Problem): void {
      failures.push({ key, problem });
    },
    /** The report for the key that verified. */
    valid(key: Candidate): SignatureReport {
      return { state: 'valid', alg, key: key.description, warnings: withKey(key), ...tried };
    },
    /** The report when no key verified. */
    report(): SignatureReport {
      const failure = failures.find((f) => isSignatureFailure(f.problem)) ?? failures[0];
      if (!failure) return { state: 'key-error', alg, problem: { code: 'jwks-empty' }, warnings };
      return {
        state: isSignatureFailure(failure.problem) ? 'invalid' : 'key-error',
        alg,
        problem: failure.problem,
        key: failure.key.description,
        warnings: withKey(failure.key),
        ...tried,
      };
    },
  };
}

/**
 * The start shared by the software engines: the keys chosen by `selectionAlg`'s rules, the signed bytes and a
 * tally for them; or the report when no key fits or the signature is not base64url.
 */
export function startVerification(
  parts: readonly string[],
  input: ParsedKeyInput,
  selectionAlg: string,
  header: { kid?: unknown },
  algorithm: JwsAlgorithm,
  warnings: Problem[],
): { report: SignatureReport } | (SignedBytes & { keys: ParsedKey[]; tally: CandidateTally }) {
  const { alg } = algorithm;
  const selected = selectKeys(input, selectionAlg, header, 'verify');
  if (!selected.ok)
    return {
      report: { state: 'key-error', alg, problem: selected.problem, warnings } satisfies SignatureReport,
    };
  const bytes = signedBytes(parts);
  if (!bytes) return { report: signatureNotBase64url(alg, warnings) };
  return {
    ...bytes,
    keys: selected.value,
    tally: candidateTally(algorithm, warnings, selected.value.length),
  };
}

/** The signing input and the signature of a compact JWS's parts; undefined when the signature is not base64url. */
function signedBytes(parts: readonly string[]): SignedBytes | undefined {
  const [h = '', p = '', s = ''] = parts;
  try {
    return { signature: decodeBase64url(s), message: utf8Encode(`${h}.${p}`) };
  } catch {
    return undefined;
  }
}

/** The report for a signature that is not base64url. */
const signatureNotBase64url = (alg: string, warnings: Problem[]): SignatureReport => ({
  state: 'invalid',
  alg,
  problem: { code: 'jws-invalid', reason: 'signature-not-base64url' },
  warnings,
});
