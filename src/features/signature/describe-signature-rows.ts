// A JSON-serialized JWS's signatures → one row each for signature-row: which key verified which signature.
// All of this component's wording is here, to move into a catalogue as one piece.
import type { SignatureReport } from '../../core/jws/verify';
import type { DecodedToken } from '../../core/token/token';
import { describeProblem } from '../../shared/describe-problem';
import type { SignatureState } from './key-panel';

export interface SignatureRowView {
  index: number;
  alg?: string;
  kid?: string;
  state: SignatureState;
  /** The protected header as JSON text ('(none)' when the signature has none). */
  protectedText: string;
  /** The unprotected header as JSON text, when there is one. */
  unprotectedText?: string;
  /** What became of this signature, in words. */
  text: string;
}

export const SIGNATURE_ROW_WORDS = {
  heading: (count: number) => `Signatures (${count}, JSON serialization)`,
  title: (index: number) => `Signature ${index + 1}`,
  protected: 'Protected header',
  unprotected: 'Unprotected header',
  none: '(none)',
};

function rowText(row: NonNullable<SignatureReport['signatures']>[number] | undefined): string {
  if (!row) return 'Not checked yet.';
  switch (row.state) {
    case 'valid': {
      const k = row.key;
      const which =
        k?.index !== undefined ? `JWKS key ${k.index + 1}${k.kid ? ` (kid ${k.kid})` : ''}` : 'the key';
      return `Verified by ${which}.`;
    }
    case 'invalid':
      return `Invalid: ${row.problem ? describeProblem(row.problem) : 'the key does not verify it.'}`;
    case 'no-key':
      return 'Not checked: no key.';
    case 'key-error':
      return `The key cannot check this one: ${row.problem ? describeProblem(row.problem) : 'unknown reason.'}`;
    case 'unsecured':
      return 'alg "none": no signature, never valid.';
    case 'unsupported':
      return `This browser cannot check ${row.alg ?? 'this'} signatures.`;
    case 'not-applicable':
      return row.problem ? describeProblem(row.problem) : 'Nothing to check.';
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** One row per signature of a JSON-serialized JWS (undefined for any other token). */
export function describeSignatureRows(
  decoded: DecodedToken,
  report: SignatureReport,
): SignatureRowView[] | undefined {
  if (decoded.json?.type !== 'jws') return undefined;
  return decoded.json.signatures.map((sig) => {
    const row = report.signatures?.find((r) => r.index === sig.index);
    const alg = str(sig.joseHeader.alg);
    const kid = str(sig.joseHeader.kid);
    return {
      index: sig.index,
      ...(alg !== undefined ? { alg } : {}),
      ...(kid !== undefined ? { kid } : {}),
      state: row?.state ?? 'not-applicable',
      protectedText: sig.protected.text ?? SIGNATURE_ROW_WORDS.none,
      ...(sig.header ? { unprotectedText: JSON.stringify(sig.header) } : {}),
      text: rowText(row),
    };
  });
}
