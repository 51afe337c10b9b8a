// SignatureReport → the signature-status sentence (the verdict line's words are in features/verdict).
import type { SignatureReport } from '../../core/jws';
import type { KeyInputReading } from '../../core/keys';
// `t` is the current language's wording: a component passes `useMessages(problemsWordingMessages)`.
import type { MessagesOf } from '../../i18n/catalogue';
import { problemsWordingMessages } from '../../i18n/en/problems-wording';
import { describeKey } from '../../shared/describe-keys';
import { describeProblem } from '../../shared/describe-problem';

type Words = MessagesOf<typeof problemsWordingMessages>;

/** The sentence shown in signature-status. */
export function describeSignature(
  report: SignatureReport,
  tokenKind: string | undefined,
  t: Words = problemsWordingMessages.get(),
): string {
  switch (report.state) {
    case 'valid': {
      const k = report.key;
      const which =
        k?.index !== undefined
          ? k.kid
            ? t.withJwksKeyKid({ number: k.index + 1, kid: k.kid })
            : t.withJwksKey({ number: k.index + 1 })
          : '';
      const tried = report.triedKeys ? t.afterTrying({ tried: report.triedKeys }) : '';
      return t.verified({ which, tried });
    }
    case 'invalid':
      return report.problem ? t.invalid({ reason: describeProblem(report.problem, t) }) : t.invalidNoReason;
    case 'no-key':
      return t.noKey;
    case 'key-error':
      return report.problem ? t.keyError({ reason: describeProblem(report.problem, t) }) : t.keyErrorNoReason;
    case 'unsecured':
      return t.unsecured;
    case 'unsupported':
      return report.alg ? t.unsupported({ alg: report.alg }) : t.unsupportedNoAlg;
    case 'not-applicable':
      return tokenKind === 'jwe' ? t.encrypted : t.nothingToVerify;
  }
}

/** The key-status state and sentence for what the key box holds. */
export function describeKeyReading(
  reading: KeyInputReading,
  t: Words = problemsWordingMessages.get(),
): {
  state: 'empty' | 'ok' | 'error';
  text: string;
  hints: string[];
} {
  if (reading.state === 'empty') return { state: 'empty', text: t.noKeyYet, hints: [] };
  if (reading.state === 'error')
    return { state: 'error', text: describeProblem(reading.problem, t), hints: [] };
  return {
    state: 'ok',
    text: describeKey(reading.value.description, t),
    hints: reading.value.hints.map((h) => describeProblem(h, t)),
  };
}

/** Prefixes the nested JWS's signature sentence so it is clear which signature is meant. */
export function describeNestedSignature(sentence: string, t: Words = problemsWordingMessages.get()): string {
  // With no key yet, the nested sentence points at the nested key box rather than the main one.
  return t.innerSigned({ sentence: sentence === t.noKey ? t.innerNoKey : sentence });
}
