// SignatureReport → the verdict line's first words.
import type { SignatureReport } from '../../core/jws';
import type { MessagesOf } from '../../i18n/catalogue';
import { verdictWordingMessages } from '../../i18n/en/verdict-wording';

type Words = MessagesOf<typeof verdictWordingMessages>;

const STATE_KEYS = {
  valid: 'signatureVerified',
  invalid: 'signatureInvalid',
  'no-key': 'signatureNoKey',
  'key-error': 'keyCannotBeUsed',
  unsecured: 'unsecured',
} as const satisfies Record<Exclude<SignatureReport['state'], 'unsupported' | 'not-applicable'>, keyof Words>;

/** Short form for the one-line verdict; undefined where a signature does not apply. */
export function summariseSignature(
  report: SignatureReport,
  t: Words = verdictWordingMessages.get(),
): string | undefined {
  if (report.state === 'not-applicable') return undefined;
  if (report.state === 'unsupported') return t.notCheckable({ alg: report.alg ?? t.unknownAlg });
  return t[STATE_KEYS[report.state]];
}
