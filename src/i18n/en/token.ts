// English messages of the token pane, its status line and the header and payload editors.
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
