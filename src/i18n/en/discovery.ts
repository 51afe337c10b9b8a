// English messages of the key discovery panel (the words of each source and step are in describe-discovery.ts).
import { i18n } from '../i18n';
import { params } from '../params';

export const discoveryMessages = i18n('discovery', {
  planIntro: 'Pressing the button asks, in order, until one gives a key:',
  untrusted: 'untrusted',
  notHttps: ' (not https: it will not be fetched)',
  cancel: 'Cancel',
  nothingFetched: 'Nothing has been fetched.',
  asking: params('Asking {url}…'),
  theHeader: 'the token’s header',
  found: 'Found the signer’s key; it is now in the key box.',
  foundKid: params('Found the signer’s key (kid "{kid}"); it is now in the key box.'),
  untrustedNote:
    'This key was named by the token itself, so it is untrusted: a valid signature with it proves nothing on its own.',
  corsHelp: 'You can open the key set’s URL in a new tab, copy the JSON and paste it into the key box above.',
  heading: 'Find the signer’s key',
  pasteFirst: 'Paste a token: its issuer’s published keys can then be fetched, on request only.',
  fetch: 'Fetch the signer’s keys',
  nothingLeaves: 'Nothing leaves this page until you press it.',
});
