// English messages of the token pane, its status line and the header and payload editors.
import { count } from '@nanostores/i18n';
import { i18n } from '../i18n';
import { params } from '../params';

export const tokenMessages = i18n('token', {
  encodedToken: 'Encoded token',
  copyToken: 'Copy token',
  clear: 'Clear',
  placeholder:
    'Paste a JWT or JWE here, or drop a file holding one (a Bearer prefix or Authorization line is fine)',
  kindJws: 'Signed JWT (JWS)',
  kindUnsecured: 'Unsecured JWT (alg "none"): anyone can forge it',
  kindJwe: 'Encrypted JWT (JWE): its claims are encrypted; the protected header is shown',
  kindSdJwt: 'SD-JWT',
  detachedLabel: 'Detached payload: the bytes that were signed',
  detachedPlaceholder:
    'This token carries no payload (header..signature). Paste the payload it signs, exactly as signed; with "b64": false (RFC 7797) these are the raw bytes, else the payload before base64url.',
  kindJwsJson: 'Signed token (JWS) in JSON serialization',
  kindJweJson: 'Encrypted token (JWE) in JSON serialization: its claims are encrypted',
  formGeneral: ', general',
  formFlattened: ', flattened',
  formSignatures: count({ one: ', {count} signature', other: ', {count} signatures' }),
  formRecipients: count({ one: ', {count} recipient', other: ', {count} recipients' }),
  jsonSerializedNote:
    'A token in JSON serialization is shown, not edited: the header is the first signature’s (or recipient’s) protected and unprotected members together. Copy it as compact to edit it.',
  empty: 'Paste a token to decode it. Nothing you paste leaves this page.',
  notAToken: 'Not a token:',
  brokenHeader: 'Broken header:',
  brokenPayload: 'Broken payload:',
  brokenPart: params('Broken {part}:'),
  decoded: 'Decoded:',
  removed: params(' · removed {what}'),
  listSeparator: ', ',
  cleanupAuthorization: 'the Authorization header name',
  cleanupBearer: 'the Bearer prefix',
  cleanupQuotes: 'quotes',
  cleanupUrl: 'the URL around the token',
  cleanupWhitespace: 'whitespace',
  // Large token notice
  largeLabel: 'Large token, not drawn',
  largeSize: params('This token is {size}'),
  largeCount: params(
    '({count} characters). It is not drawn here, so the page stays responsive; its header and payload are decoded below.',
  ),
  largeHelp: 'Copy and Clear work as usual. Click here and paste, or drop a file, to replace it.',
  largeShow: 'Show the whole token (drawing it takes a moment)',
  // Editors
  editorsLabel: 'Decoded header and payload',
  header: 'Header',
  payload: 'Payload',
  copyHeader: 'Copy header JSON',
  copyPayload: 'Copy payload JSON',
  headerEditor: 'Header JSON editor',
  payloadEditor: 'Payload JSON editor',
  notAnObject: 'must be a JSON object',
  notJson: params('is not valid JSON ({error})'),
  headerError: params('The header {problem}; the token keeps its last valid header.'),
  payloadError: params('The payload {problem}; the token keeps its last valid payload.'),
  payloadReadOnly:
    'An encrypted token cannot be edited here: the payload shows its decrypted plaintext. Use Encrypt to make a new JWE.',
});
