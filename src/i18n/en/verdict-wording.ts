// English words of the one-line verdict (features/verdict): the signature or decryption summary, then every claim
// problem. Small: the verdict is part of the first render.
import { i18n } from '../i18n';
import { params } from '../params';

export const verdictWordingMessages = i18n('verdictWording', {
  signatureVerified: 'Signature verified',
  signatureInvalid: 'Signature invalid',
  signatureNoKey: 'Signature not checked (no key)',
  keyCannotBeUsed: 'Key cannot be used',
  unsecured: 'Unsecured (alg none)',
  notCheckable: params('Signature not checkable here ({alg})'),
  unknownAlg: 'unknown alg',
  encryptedNoKey: 'Encrypted (no key to decrypt it)',
  decrypted: 'Decrypted',
  decryptionFailed: 'Decryption failed',
  cannotDecrypt: 'Cannot decrypt in this browser',
  withLinkKey: params('{summary} with a key from the link (not trusted)'),
  withTokenKey: params('{summary} with a key from the token’s {source} (not trusted)'),
  claimsOk: 'claims OK',
  expired: params('expired {when}'),
  notYetValid: params('not valid yet (valid {when})'),
  issuedInFuture: params('issued in the future ({when})'),
  mismatch: params('{claim} mismatch (expected {expected})'),
  missing: params('{claim} missing (expected {expected})'),
  invalid: params('{claim} is invalid'),
  or: ' or ',
  audience: 'audience',
  issuer: 'issuer',
  subject: 'subject',
  type: 'type',
});
