// English messages of the notes about a token or key that came in the URL, and of the page-wide error screen.
import { i18n } from '../i18n';
import { params } from '../params';

export const hardeningMessages = i18n('hardening', {
  linkKeyAccepted:
    'The public key in the key box came from the link that opened this page, not from you: a signature it verifies says only that the link’s token and key belong together.',
  linkKeyDropped:
    'The link also carried a key that is not a public key (a secret or a private key). It was ignored: a link can make a forged token look valid with its own secret.',
  queryToken:
    'This token arrived in the URL’s query string (?token=), which was sent to the server that served this page. It has been removed from the address bar; share links put the token after # instead, which stays in the browser.',
  fragmentToken:
    'This token arrived in a link (#token=). It has been removed from the address bar, but the link you opened stays in this browser’s history; clear it there if the token is still live.',
  pageCrashed: params(
    'The page hit a bug ({message}). Paste a token to start again; nothing was sent anywhere.',
  ),
  unknownError: 'unknown error',
  startAgain: 'Start again',
  encodedToken: 'Encoded token',
});
