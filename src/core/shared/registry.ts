// Registered meanings of JWT claims (IANA registry + OpenID Connect) and JOSE header parameters.

export interface RegisteredName {
  name: string;
  title: string;
  description: string;
  spec: string;
  url: string;
}

const RFC7519 = 'https://www.rfc-editor.org/rfc/rfc7519';
const OIDC = 'https://openid.net/specs/openid-connect-core-1_0.html';
const RFC7515 = 'https://www.rfc-editor.org/rfc/rfc7515';
const RFC7516 = 'https://www.rfc-editor.org/rfc/rfc7516';

type Row = [name: string, title: string, description: string, spec: string, url: string];

const claimRows: Row[] = [
  ['iss', 'Issuer', 'Who issued the token.', 'RFC 7519 §4.1.1', `${RFC7519}#section-4.1.1`],
  [
    'sub',
    'Subject',
    'Whom the token is about, unique within the issuer.',
    'RFC 7519 §4.1.2',
    `${RFC7519}#section-4.1.2`,
  ],
  [
    'aud',
    'Audience',
    'The recipients the token is meant for; one must be you.',
    'RFC 7519 §4.1.3',
    `${RFC7519}#section-4.1.3`,
  ],
  [
    'exp',
    'Expiration time',
    'The token must not be accepted on or after this time.',
    'RFC 7519 §4.1.4',
    `${RFC7519}#section-4.1.4`,
  ],
  [
    'nbf',
    'Not before',
    'The token must not be accepted before this time.',
    'RFC 7519 §4.1.5',
    `${RFC7519}#section-4.1.5`,
  ],
  ['iat', 'Issued at', 'When the token was issued.', 'RFC 7519 §4.1.6', `${RFC7519}#section-4.1.6`],
  [
    'jti',
    'JWT ID',
    'A unique identifier, used to prevent replay.',
    'RFC 7519 §4.1.7',
    `${RFC7519}#section-4.1.7`,
  ],
  ['name', 'Full name', "The user's full name.", 'OpenID Connect Core §5.1', `${OIDC}#StandardClaims`],
  [
    'given_name',
    'Given name',
    "The user's given or first name.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'family_name',
    'Family name',
    "The user's surname or last name.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'middle_name',
    'Middle name',
    "The user's middle name.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'nickname',
    'Nickname',
    'A casual name for the user.',
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'preferred_username',
    'Preferred username',
    'The shorthand name the user likes to be called by.',
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'profile',
    'Profile page',
    "URL of the user's profile page.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'picture',
    'Picture',
    "URL of the user's profile picture.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'website',
    'Website',
    "URL of the user's web page or blog.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'email',
    'Email',
    "The user's preferred email address.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'email_verified',
    'Email verified',
    'Whether the email address has been verified.',
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  ['gender', 'Gender', "The user's gender.", 'OpenID Connect Core §5.1', `${OIDC}#StandardClaims`],
  [
    'birthdate',
    'Birthdate',
    "The user's birthday, YYYY-MM-DD.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'zoneinfo',
    'Time zone',
    "The user's time zone, e.g. Europe/Paris.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'locale',
    'Locale',
    "The user's locale, e.g. en-US.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'phone_number',
    'Phone number',
    "The user's preferred telephone number.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'phone_number_verified',
    'Phone verified',
    'Whether the phone number has been verified.',
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'address',
    'Address',
    "The user's postal address (a JSON object).",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'updated_at',
    'Updated at',
    "When the user's information was last updated.",
    'OpenID Connect Core §5.1',
    `${OIDC}#StandardClaims`,
  ],
  [
    'azp',
    'Authorized party',
    'The client the token was issued to.',
    'OpenID Connect Core §2',
    `${OIDC}#IDToken`,
  ],
  [
    'nonce',
    'Nonce',
    'Binds a client session to an ID token, to prevent replay.',
    'OpenID Connect Core §2',
    `${OIDC}#IDToken`,
  ],
  [
    'auth_time',
    'Authentication time',
    'When the user authenticated.',
    'OpenID Connect Core §2',
    `${OIDC}#IDToken`,
  ],
  [
    'at_hash',
    'Access token hash',
    'Half of the hash of the access token issued with this ID token.',
    'OpenID Connect Core §3.1.3.6',
    `${OIDC}#CodeIDToken`,
  ],
  [
    'c_hash',
    'Code hash',
    'Half of the hash of the authorization code.',
    'OpenID Connect Core §3.3.2.11',
    `${OIDC}#HybridIDToken`,
  ],
  [
    'acr',
    'Authentication context class',
    'The assurance level of the authentication.',
    'OpenID Connect Core §2',
    `${OIDC}#IDToken`,
  ],
  [
    'amr',
    'Authentication methods',
    'How the user authenticated, e.g. pwd, otp, mfa.',
    'OpenID Connect Core §2',
    `${OIDC}#IDToken`,
  ],
  [
    'sid',
    'Session ID',
    'The session at the provider.',
    'OpenID Connect Front-Channel Logout §3',
    'https://openid.net/specs/openid-connect-frontchannel-1_0.html',
  ],
  [
    'cnf',
    'Confirmation',
    'The key the presenter must prove possession of.',
    'RFC 7800 §3.1',
    'https://www.rfc-editor.org/rfc/rfc7800#section-3.1',
  ],
  [
    'scope',
    'Scope',
    'Space-separated scopes granted to the token.',
    'RFC 8693 §4.2',
    'https://www.rfc-editor.org/rfc/rfc8693#section-4.2',
  ],
  [
    'client_id',
    'Client ID',
    'The OAuth client the token was issued to.',
    'RFC 8693 §4.3',
    'https://www.rfc-editor.org/rfc/rfc8693#section-4.3',
  ],
  [
    'act',
    'Actor',
    'Who is acting on behalf of the subject (delegation).',
    'RFC 8693 §4.1',
    'https://www.rfc-editor.org/rfc/rfc8693#section-4.1',
  ],
  [
    'may_act',
    'May act',
    'Who is allowed to act on behalf of the subject.',
    'RFC 8693 §4.4',
    'https://www.rfc-editor.org/rfc/rfc8693#section-4.4',
  ],
  [
    'roles',
    'Roles',
    'Roles of the subject.',
    'RFC 9068 §2.2.3.1',
    'https://www.rfc-editor.org/rfc/rfc9068#section-2.2.3.1',
  ],
  [
    'groups',
    'Groups',
    'Groups the subject belongs to.',
    'RFC 9068 §2.2.3.1',
    'https://www.rfc-editor.org/rfc/rfc9068#section-2.2.3.1',
  ],
  [
    'entitlements',
    'Entitlements',
    'Entitlements of the subject.',
    'RFC 9068 §2.2.3.1',
    'https://www.rfc-editor.org/rfc/rfc9068#section-2.2.3.1',
  ],
  [
    'events',
    'Security events',
    'A Security Event Token’s events.',
    'RFC 8417 §2.2',
    'https://www.rfc-editor.org/rfc/rfc8417#section-2.2',
  ],
  [
    'toe',
    'Time of event',
    'When the event occurred.',
    'RFC 8417 §2.2',
    'https://www.rfc-editor.org/rfc/rfc8417#section-2.2',
  ],
  [
    'txn',
    'Transaction ID',
    'Identifies a transaction across parties.',
    'RFC 8417 §2.2',
    'https://www.rfc-editor.org/rfc/rfc8417#section-2.2',
  ],
  [
    'sid_hash',
    'Session ID hash',
    'Hash of a session identifier.',
    'IANA JWT Claims',
    'https://www.iana.org/assignments/jwt/jwt.xhtml',
  ],
  [
    'typ',
    'Type',
    'A type declared in the claims (Keycloak: Bearer, ID, Refresh).',
    'IANA JWT Claims',
    'https://www.iana.org/assignments/jwt/jwt.xhtml',
  ],
  [
    'htm',
    'HTTP method',
    'The HTTP method of a DPoP proof.',
    'RFC 9449 §4.2',
    'https://www.rfc-editor.org/rfc/rfc9449#section-4.2',
  ],
  [
    'htu',
    'HTTP URI',
    'The HTTP URI of a DPoP proof.',
    'RFC 9449 §4.2',
    'https://www.rfc-editor.org/rfc/rfc9449#section-4.2',
  ],
  [
    'ath',
    'Access token hash',
    'Hash of the access token a DPoP proof goes with.',
    'RFC 9449 §4.2',
    'https://www.rfc-editor.org/rfc/rfc9449#section-4.2',
  ],
  [
    'vct',
    'Credential type',
    'Type of an SD-JWT verifiable credential.',
    'SD-JWT VC',
    'https://www.iana.org/assignments/jwt/jwt.xhtml',
  ],
  [
    '_sd',
    'Selective disclosure digests',
    'Digests of claims disclosed separately (SD-JWT).',
    'RFC 9901',
    'https://www.iana.org/assignments/jwt/jwt.xhtml',
  ],
  [
    '_sd_alg',
    'Disclosure hash alg',
    'The hash used for SD-JWT disclosures.',
    'RFC 9901',
    'https://www.iana.org/assignments/jwt/jwt.xhtml',
  ],
  [
    'tid',
    'Tenant ID',
    'Azure AD: the tenant that issued the token.',
    'Microsoft identity platform',
    'https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference',
  ],
  [
    'oid',
    'Object ID',
    'Azure AD: the immutable ID of the user in the tenant.',
    'Microsoft identity platform',
    'https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference',
  ],
  [
    'token_use',
    'Token use',
    'Cognito: access or id.',
    'Amazon Cognito',
    'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-with-identity-providers.html',
  ],
];

const headerRows: Row[] = [
  [
    'alg',
    'Algorithm',
    'How the token is signed or its key is encrypted (e.g. HS256, RS256, RSA-OAEP).',
    'RFC 7515 §4.1.1',
    `${RFC7515}#section-4.1.1`,
  ],
  [
    'typ',
    'Type',
    'The media type of the whole token, usually JWT.',
    'RFC 7515 §4.1.9',
    `${RFC7515}#section-4.1.9`,
  ],
  [
    'cty',
    'Content type',
    'The type of the payload; JWT when a token is nested in another.',
    'RFC 7515 §4.1.10',
    `${RFC7515}#section-4.1.10`,
  ],
  [
    'kid',
    'Key ID',
    'Which key signed the token; picks the key from a JWKS.',
    'RFC 7515 §4.1.4',
    `${RFC7515}#section-4.1.4`,
  ],
  [
    'jku',
    'JWK Set URL',
    'A URL of the key set holding the signing key. Untrusted: the token names it itself.',
    'RFC 7515 §4.1.2',
    `${RFC7515}#section-4.1.2`,
  ],
  [
    'jwk',
    'JSON Web Key',
    'The public key embedded in the token. Untrusted unless you pin it.',
    'RFC 7515 §4.1.3',
    `${RFC7515}#section-4.1.3`,
  ],
  [
    'x5u',
    'X.509 URL',
    'A URL of the signer’s certificate chain. Untrusted: the token names it itself.',
    'RFC 7515 §4.1.5',
    `${RFC7515}#section-4.1.5`,
  ],
  [
    'x5c',
    'X.509 chain',
    'The signer’s certificate chain, base64 DER, leaf first.',
    'RFC 7515 §4.1.6',
    `${RFC7515}#section-4.1.6`,
  ],
  [
    'x5t',
    'X.509 SHA-1 thumbprint',
    'SHA-1 thumbprint of the signer’s certificate (base64url).',
    'RFC 7515 §4.1.7',
    `${RFC7515}#section-4.1.7`,
  ],
  [
    'x5t#S256',
    'X.509 SHA-256 thumbprint',
    'SHA-256 thumbprint of the signer’s certificate (base64url).',
    'RFC 7515 §4.1.8',
    `${RFC7515}#section-4.1.8`,
  ],
  [
    'crit',
    'Critical',
    'Extensions the receiver must understand, or reject the token.',
    'RFC 7515 §4.1.11',
    `${RFC7515}#section-4.1.11`,
  ],
  [
    'b64',
    'Base64url-encode payload',
    'false means the payload is not encoded (unencoded payload option).',
    'RFC 7797 §3',
    'https://www.rfc-editor.org/rfc/rfc7797#section-3',
  ],
  [
    'enc',
    'Encryption',
    'The content encryption algorithm of a JWE (e.g. A256GCM).',
    'RFC 7516 §4.1.2',
    `${RFC7516}#section-4.1.2`,
  ],
  [
    'zip',
    'Compression',
    'DEF: the plaintext was compressed before encryption.',
    'RFC 7516 §4.1.3',
    `${RFC7516}#section-4.1.3`,
  ],
  [
    'epk',
    'Ephemeral public key',
    'The sender’s one-time key for ECDH-ES.',
    'RFC 7518 §4.6.1.1',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.6.1.1',
  ],
  [
    'apu',
    'Agreement PartyUInfo',
    'Information about the producer for ECDH-ES key derivation.',
    'RFC 7518 §4.6.1.2',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.6.1.2',
  ],
  [
    'apv',
    'Agreement PartyVInfo',
    'Information about the recipient for ECDH-ES key derivation.',
    'RFC 7518 §4.6.1.3',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.6.1.3',
  ],
  [
    'iv',
    'Initialization vector',
    'The IV used to wrap the key with AES-GCM key wrapping.',
    'RFC 7518 §4.7.1.1',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.7.1.1',
  ],
  [
    'tag',
    'Authentication tag',
    'The tag of AES-GCM key wrapping.',
    'RFC 7518 §4.7.1.2',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.7.1.2',
  ],
  [
    'p2s',
    'PBES2 salt',
    'Salt input for password-based key derivation.',
    'RFC 7518 §4.8.1.1',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.8.1.1',
  ],
  [
    'p2c',
    'PBES2 count',
    'Iteration count for password-based key derivation.',
    'RFC 7518 §4.8.1.2',
    'https://www.rfc-editor.org/rfc/rfc7518#section-4.8.1.2',
  ],
];

const toMap = (rows: Row[]): Map<string, RegisteredName> =>
  new Map(
    rows.map(([name, title, description, spec, url]) => [name, { name, title, description, spec, url }]),
  );

const claims = toMap(claimRows);
const headers = toMap(headerRows);

/** The registered meaning of a claim name, if any. */
export const describeClaimName = (name: string): RegisteredName | undefined => claims.get(name);

/** The registered meaning of a JOSE header parameter, if any. */
export const describeHeaderName = (name: string): RegisteredName | undefined => headers.get(name);

export const registeredHeaderNames = (): string[] => [...headers.keys()];

export const registeredClaimNames = (): string[] => [...claims.keys()];
