// Compares two decoded tokens: header and payload differences by JSON Pointer, signature, claim problems.

import { checkClaims, NUMERIC_DATE_CLAIMS, type ClaimOptions, type ClaimVerdict } from '../claims/claims';
import type { DecodedToken } from '../token/token';
import { diffJson, type ChangeKind } from './diff-json';

export type TokenPart = 'header' | 'payload' | 'signature';

/** One difference between the first and the second token (`added` = only in the second). */
export interface TokenDifference {
  part: TokenPart;
  /** JSON Pointer (RFC 6901) into the header or payload; `''` for the signature or a whole part. */
  path: string;
  change: ChangeKind;
  before?: unknown;
  after?: unknown;
  /** For a NumericDate claim (exp, nbf, iat, …) holding a number on both sides: after − before, in seconds. */
  secondsLater?: number;
  /** True for a top-level NumericDate claim of the payload: its values are times. */
  timeClaim?: boolean;
}

export interface TokenComparison {
  differences: TokenDifference[];
  /** False when the two signature segments are the same text. */
  signatureDiffers: boolean;
  /** Claim problems (expired, not yet valid, mismatch, …) the first token has and the second does not. */
  problemsOnlyInFirst: ClaimVerdict[];
  problemsOnlyInSecond: ClaimVerdict[];
}

/** What a part holds for comparison: the parsed JSON object, else the text, else the raw segment. */
function partValue(decoded: DecodedToken, part: 'header' | 'payload'): unknown {
  if (part === 'header') return decoded.header?.value ?? decoded.header?.text ?? decoded.parts[0];
  const view = decoded.payload?.view;
  if (view?.type === 'claims') return view.claims;
  if (view?.type === 'text') return view.text;
  // Binary or encrypted payloads are compared as their segment (JWE: the ciphertext).
  return decoded.kind === 'jwe' ? decoded.parts[3] : decoded.parts[1];
}

const signatureOf = (decoded: DecodedToken): string | undefined =>
  decoded.kind === 'jwe' ? decoded.parts[4] : decoded.parts[2];

const isProblem = (v: ClaimVerdict): boolean => v.status !== 'ok' && v.status !== 'info';

function claimsOf(decoded: DecodedToken) {
  const view = decoded.payload?.view;
  return view?.type === 'claims' ? view.claims : undefined;
}

/**
 * Compares two tokens part by part. Claim problems are judged for both with the same options (the page's
 * validation inputs and time), so a difference in them is a difference in the tokens. Never throws.
 */
export function compareTokens(
  first: DecodedToken,
  second: DecodedToken,
  claimOptions: ClaimOptions,
): TokenComparison {
  const differences: TokenDifference[] = [];
  for (const part of ['header', 'payload'] as const) {
    const a = partValue(first, part);
    const b = partValue(second, part);
    for (const d of diffJson(a, b)) {
      const row: TokenDifference = { part, ...d };
      // A NumericDate claim at the top of the payload (RFC 7519 §2): say how far apart the times are.
      const name = d.path.slice(1);
      if (part === 'payload' && d.path.lastIndexOf('/') === 0 && NUMERIC_DATE_CLAIMS.has(name)) {
        row.timeClaim = true;
        if (typeof d.before === 'number' && typeof d.after === 'number')
          row.secondsLater = d.after - d.before;
      }
      differences.push(row);
    }
  }
  const sa = signatureOf(first);
  const sb = signatureOf(second);
  const signatureDiffers = sa !== sb;
  if (signatureDiffers) {
    const change: ChangeKind = !sa ? 'added' : !sb ? 'removed' : 'changed';
    differences.push({ part: 'signature', path: '', change, before: sa, after: sb });
  }
  const problemsA = checkClaims(claimsOf(first) ?? {}, claimOptions).filter(isProblem);
  const problemsB = checkClaims(claimsOf(second) ?? {}, claimOptions).filter(isProblem);
  const key = (v: ClaimVerdict) => `${v.name}\u0000${v.status}`;
  const keysA = new Set(problemsA.map(key));
  const keysB = new Set(problemsB.map(key));
  return {
    differences,
    signatureDiffers,
    problemsOnlyInFirst: problemsA.filter((v) => !keysB.has(key(v))),
    problemsOnlyInSecond: problemsB.filter((v) => !keysA.has(key(v))),
  };
}
