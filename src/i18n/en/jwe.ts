// English messages of the JWE panel (decryption status, the five parts, the nested key box).
import { count } from '@nanostores/i18n';
import { i18n } from '../i18n';
import { params } from '../params';

export const jweMessages = i18n('jwe', {
  heading: 'Encrypted token (JWE)',
  decrypting: 'Decrypting…',
  partsCaption: 'The five parts of the compact JWE',
  part: 'Part',
  size: 'Size',
  begins: 'Begins',
  bytes: count({ one: '{count} byte', other: '{count} bytes' }),
  characters: count({ one: '{count} character', other: '{count} characters' }),
  empty: '(empty)',
  zipNote: params('zip: {zip} (the plaintext was compressed before encryption)'),
  nestedToken: 'Signed JWT inside (nested)',
  nestedKey: 'Key that verifies the inner signed JWT',
  nestedKeyPlaceholder:
    "The signer's secret, public PEM, JWK or JWKS; signature-status then judges the inner token",
});
