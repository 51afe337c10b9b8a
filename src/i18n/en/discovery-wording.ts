// English wording of key discovery: each source, step and problem (features/discovery/describe-discovery.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const discoveryWordingMessages = i18n('discoveryWording', {
  sourceOidc: 'OpenID Connect discovery',
  sourceRfc8414: 'OAuth server metadata (RFC 8414)',
  sourceJku: 'the key set URL in the header (jku)',
  sourceX5u: 'the certificate URL in the header (x5u)',
  sourceX5c: 'the certificate in the header (x5c)',
  sourceJwk: 'the key embedded in the header (jwk)',
  sourceAt: params('{source}: {url}'),
  untrusted: params(
    '{where}. The token names this key itself, so anyone who forged the token could have chosen it: a valid signature here proves nothing unless you trust this key for other reasons.',
  ),
  outcomeOk: 'ok',
  outcomeInvalidUrl: 'not a valid URL, not asked',
  outcomeNotHttps: 'not https, not asked',
  outcomeCors: 'the browser was not allowed to read the answer (CORS), or the server could not be reached',
  outcomeHttpError: 'HTTP error',
  outcomeNotJson: 'the answer is not JSON',
  outcomeIssuerMismatch: 'the metadata names a different issuer',
  outcomeNoJwksUri: 'the metadata has no jwks_uri',
  outcomeNotJwks: 'the answer is not a JWK Set',
  outcomeNoMatchingKey: 'no key matches the token',
  outcomeNotCertificate: 'not an X.509 certificate',
  outcomeBadJwk: 'not a JWK',
  outcomeAborted: 'cancelled',
  outcomeNotFound: 'not found (HTTP 404)',
  outcomeStatus: params('HTTP {status}'),
  outcomeOkStatus: params('ok (HTTP {status})'),
  headerMember: params('header "{member}"'),
  step: params('{what}: {outcome}'),
  nothingToAsk:
    'There is nothing to look up: the payload has no "iss" URL and the header names no key (jku, x5u, x5c or jwk). Paste the key instead.',
  invalidUrl: params('"{url}" is not a URL, so there is nowhere to ask for keys.'),
  notHttps: params(
    '{url} is not https. Keys fetched over plain http could have been swapped on the way, so they are not fetched.',
  ),
  cors: params(
    'The server at {url} does not allow browsers to read its keys (it sends no CORS headers), or it could not be reached. Open that URL yourself and paste the JWKS into the key box instead.',
  ),
  notFound: params('Not found: {url} answered 404.'),
  httpError: params('{url} answered with HTTP status {status}.'),
  notJson: params('{url} did not answer with JSON (perhaps a login or error page).'),
  noIssuer: params(
    'The metadata at {url} does not state an issuer, so it cannot be tied to "{expected}". Its keys are not used.',
  ),
  issuerMismatch: params(
    'The metadata at {url} is for issuer "{found}", not the token\'s "{expected}". Its keys are not used.',
  ),
  noJwksUri: params('The metadata at {url} has no jwks_uri, so it does not say where the keys are.'),
  notJwks: params('{url} is not a JWK Set (expected {shape}).'),
  wantedKid: params('kid "{kid}"'),
  wantedAlg: params('a key for {alg}'),
  thisToken: 'this token',
  noMatchingKey: params('The key set has no key with {wanted}; the key may have been rotated out.'),
  noMatchingKeyOffers: params(
    'The key set has no key with {wanted}; the key may have been rotated out. It offers kid {offered}.',
  ),
  quoted: params('"{value}"'),
  listSeparator: ', ',
  notCertificateUrl: params('{url} does not hold a PEM certificate.'),
  notCertificateX5c: "The header's x5c does not hold a base64 X.509 certificate.",
  badEmbeddedJwk: 'The header\'s jwk is not a JSON Web Key (it needs at least "kty").',
  aborted: 'Discovery was cancelled.',
});
