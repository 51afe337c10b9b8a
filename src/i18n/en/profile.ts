// English messages of the token profile panel and the at_hash / c_hash fields (explanations: describe-profile.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const profileMessages = i18n('profile', {
  keysAsked: params('Its keys: “Fetch the signer’s keys” will first ask {url} for {name}’s jwks_uri.'),
  keysNotAsked: params(
    'Its keys: {name} publishes its metadata at {url}; the button cannot ask it from this token’s iss, which is not an https URL.',
  ),
  inCluster: ' That address answers only inside the cluster (kubectl get --raw /openid/v1/jwks).',
  heading: 'Token profile',
  issuerNotRecognised: 'Issuer not recognised',
  issuerFrom: params('Issuer: recognised from {evidence}.'),
  issuerUnknown: 'Issuer: no provider’s signs are strong enough to say (one hint alone is not enough).',
  kindFrom: params('Kind: recognised from {evidence}.'),
  kindUnknown: 'Kind: nothing in the header or claims says for certain.',
  listSeparator: ', ',
  docs: params('What its claims mean: {docs}'),
  ok: 'OK',
  mismatch: 'Mismatch',
  accessToken: 'Access token (checks at_hash)',
  authorizationCode: 'Authorization code (checks c_hash)',
  hashing: 'Hashing…',
  checkHashes: 'Check at_hash and c_hash',
  hashesHelp:
    'The left half of the token’s alg hash (SHA-256 for *256, SHA-384, SHA-512; for EdDSA, SHA-512 as the OpenID Connect errata say), base64url. Computed here, never sent.',
});
