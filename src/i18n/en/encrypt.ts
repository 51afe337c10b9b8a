// English messages of the encrypt panel (its status line is in describe-jwe.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const encryptMessages = i18n('encrypt', {
  heading: 'Encrypt (make a JWE)',
  keyManagement: 'Key management (alg)',
  contentEncryption: 'Content encryption (enc)',
  nested: 'Nested: encrypt the signed token instead of the claims',
  compress: 'Compress (zip: DEF)',
  password: 'Password',
  recipientKey: "Recipient's key (public PEM or JWK, or a shared secret)",
  passwordPlaceholder: 'A password',
  keyPlaceholder:
    'A public PEM or JWK (RSA, EC P-256/384/521, X25519), an oct JWK, or a raw secret of the right length',
  curve: 'Curve',
  generating: 'Generating…',
  generateFor: params('Generate a key for {alg}'),
  couldNotGenerate: params('Could not generate a key: {reason}'),
  keepPassword: 'The password (keep it: it decrypts the output)',
  keepPrivateKey: 'The private key (keep it: only it decrypts the output)',
  keepSecret: 'The shared secret (keep it: it decrypts the output)',
  compactJwe: 'Compact JWE',
  useToDecrypt: 'Put it in the key box to decrypt',
});
