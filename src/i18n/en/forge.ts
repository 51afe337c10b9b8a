// English messages of the forge panel (each attack's words are in describe-attack.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const forgeMessages = i18n('forge', {
  variantPem: 'PEM text, with its final line break (the file as written)',
  variantPemNoNewline: 'PEM text without a final line break',
  variantDer: 'DER bytes (SPKI)',
  variantJwk: 'JWK JSON (RFC 7638 member order)',
  heading: 'Forge attack tokens (test your own verifier)',
  note: 'For testing systems you own or are allowed to test. Every token here is made in this browser from the token above; nothing is sent anywhere.',
  attack: 'Attack',
  jkuUrl: 'URL the jku header points at',
  correctVerifier: 'A correct verifier:',
  rules: 'Rules:',
  variant: 'Variant',
  forgeLarge: params('Forge from this {count}-character token'),
  forgedToken: 'Forged token',
  copyForged: 'Copy forged token',
  jwksToHost: 'The JWKS to host at that URL (it verifies the forged token)',
  jwkInHeader: 'The JWK put in the header (it verifies the forged token)',
});
