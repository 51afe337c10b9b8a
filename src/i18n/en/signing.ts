// English messages of the signing tools (alg select, key generation, re-signing, claim helpers) and key export.
import { i18n } from '../i18n';
import { params } from '../params';

export const signingMessages = i18n('signing', {
  needsKey: params(
    'The token was re-encoded but keeps its old signature: paste a secret or private key{forAlg} (or generate one) to re-sign it.',
  ),
  forAlg: params(' for {alg}'),
  resigning: 'Re-signing…',
  resigned: 'Re-signed with the key in the box.',
  couldNotResign: params('Could not re-sign: {reason}'),
  algorithm: 'Algorithm',
  notSupportedHere: params('{alg} (not supported here)'),
  noneUnsecured: 'none (unsecured)',
  rsaSize: 'RSA size',
  generating: 'Generating…',
  generateSecret: 'Generate secret',
  generateKey: 'Generate key',
  algNoneWarning:
    'alg “none” makes an unsecured token: anyone can change it, and no correct verifier accepts it.',
  pressGenerate: 'Press “Generate” for a fitting key.',
  generatedPair: params('Generated {alg} key pair (the private key is in the key box)'),
  publicPem: 'Public key (PEM)',
  publicJwk: 'Public key (JWK)',
  privateJwk: 'Private key (JWK)',
  claims: 'Claims',
  iatNow: 'iat = now',
  expNowPlus: 'exp = now +',
  expiresIn: 'Expires in (e.g. 30m, 1h, 7d)',
  nbfNow: 'nbf = now',
  randomJti: 'random jti',
  startTemplate: 'Start from a template',
  startTemplateOption: 'Start from a template…',
  templateLogin: 'Login token (user, expires in 30 minutes)',
  templateRegistered: 'Every registered claim, plus nested custom data',
  templateService: 'Service-to-service access token (scope, client_id, 5 minutes)',
  // Key export
  exportSummary: 'Export this key (PEM ↔ JWK) and its thumbprint',
  thumbprint: 'RFC 7638 thumbprint:',
  useAsKid: 'Use as kid',
  asJwk: 'As JWK',
  asPem: 'As PEM',
  publicHalfJwk: 'Public half (JWK)',
  publicHalfPem: 'Public half (PEM)',
  exporting: 'Exporting…',
});
