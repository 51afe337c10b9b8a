// English messages of the key panel (the key box, how a secret is read).
import { i18n } from '../i18n';

export const signatureMessages = i18n('signature', {
  key: 'Key',
  copyKey: 'Copy key',
  secretOrKey: 'Secret or key',
  keyPlaceholder:
    'An HMAC secret, a PEM key or certificate (SPKI, PKCS#8, PKCS#1, SEC1, X.509), a JWK, or a JWKS {"keys":[…]}; or drop a key file here',
});
