// English messages of the compare panel (each difference's words are in describe-comparison.ts).
import { count } from '@nanostores/i18n';
import { i18n } from '../i18n';
import { params } from '../params';

export const compareMessages = i18n('compare', {
  firstToken: 'First token: ',
  secondToken: 'Second token: ',
  checking: 'checking…',
  heading: 'Compare with another token',
  secondLabel: 'Second token to compare',
  placeholder: 'Paste a second token: the differences from the token above are listed here',
  swap: 'Swap the two tokens',
  previousTitle: 'Puts the token as it was before the last paste or edit here',
  previous: 'Compare with the token before the last edit',
  nothing: 'Nothing to compare yet.',
  secondProblem: params('The second token’s {part}: {problem}'),
  same: 'The two tokens are the same.',
  differences: count({ one: '{count} difference', other: '{count} differences' }),
  signaturesDiffer: '; the signatures differ.',
  signaturesSame: '; the signatures are the same.',
  differencesLabel: 'Differences',
  partHeader: 'header',
  partPayload: 'payload',
  partSignature: 'signature',
  keyInBox: 'The key in the key box',
  claimProblems: 'Claim problems only one token has',
  firstOnly: 'First token only: ',
  secondOnly: 'Second token only: ',
  sideBySide: 'Side by side (first | second)',
  headerDiff: 'Header of the two tokens',
  payloadDiff: 'Payload of the two tokens',
});
