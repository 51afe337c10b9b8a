// A JSON-serialized JWS's signatures → one row each for signature-row: which key verified which signature.
// Its words are the serialization namespace's (`t`, the current language's by default).
import type { SignatureReport } from '../../core/jws';
import type { DecodedToken } from '../../core/token';
import { describeProblem } from '../../shared/describe-problem';
import type { MessagesOf } from '../../i18n/catalogue';
import { serializationMessages } from '../../i18n/en/serialization';
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

type Words = MessagesOf<typeof serializationMessages>;

function rowText(row: NonNullable<SignatureReport['signatures']>[number] | undefined, t: Words): string {
  if (!row) return t.notCheckedYet;
  switch (row.state) {
    case 'valid': {
      const k = row.key;
      return k?.index !== undefined
        ? t.verifiedByJwksKey({ n: String(k.index + 1), kid: k.kid ? ` (kid ${k.kid})` : '' })
        : t.verifiedByKey;
    }
    case 'invalid':
      return t.invalid({ reason: row.problem ? describeProblem(row.problem) : t.keyDoesNotVerify });
    case 'no-key':
      return t.noKey;
    case 'key-error':
      return t.keyCannotCheck({ reason: row.problem ? describeProblem(row.problem) : t.unknownReason });
    case 'unsecured':
      return t.unsecured;
    case 'unsupported':
      return t.unsupported({ alg: row.alg ?? '' });
    case 'not-applicable':
      return row.problem ? describeProblem(row.problem) : t.nothingToCheck;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** One row per signature of a JSON-serialized JWS (undefined for any other token). */
export function describeSignatureRows(
  decoded: DecodedToken,
  report: SignatureReport,
  t: Words = serializationMessages.get(),
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
      protectedText: sig.protected.text ?? t.none,
      ...(sig.header ? { unprotectedText: JSON.stringify(sig.header) } : {}),
      text: rowText(row, t),
    };
  });
}
