// English wording of the compare panel: difference rows, time differences, claim problems
// (features/compare/describe-comparison.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const compareWordingMessages = i18n('compareWording', {
  sameTime: 'the same time',
  later: params('{amount} {unit} later'),
  earlier: params('{amount} {unit} earlier'),
  unitD: 'd',
  unitH: 'h',
  unitMin: 'min',
  unitS: 's',
  signatureAdded: 'Only the second token has a signature.',
  signatureRemoved: 'Only the first token has a signature.',
  signaturesDiffer: 'The signatures differ.',
  wholeHeader: 'the whole header',
  wholePayload: 'the whole payload',
  added: params('{where}: only in the second token ({value})'),
  removed: params('{where}: only in the first token ({value})'),
  changedTime: params('{where} {difference}: {before} → {after}'),
  changed: params('{where}: {before} → {after}'),
  statusExpired: 'expired',
  statusNotYetValid: 'not valid yet',
  statusIssuedInFuture: 'issued in the future',
  statusMismatch: 'does not match the expected value',
  statusMissing: 'missing',
  statusInvalid: 'not a valid value',
  claimProblem: params('{claim}: {status}'),
});
