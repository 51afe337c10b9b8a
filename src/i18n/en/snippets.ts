// English messages of the "verify in code" panel (the code itself is code, the same in every language).
import { i18n } from '../i18n';
import { params } from '../params';

export const snippetsMessages = i18n('snippets', {
  heading: 'Verify in code',
  tooLarge: params('This token is {size} KB: too large to write into code.'),
  unsecured: 'An unsecured token (alg none) has no signature to verify, so there is no code for it.',
  signedOnly: 'Code is offered for signed tokens (JWS).',
  includeKey: 'Include the key in the code',
  requireExp: 'Require exp',
  containsSecret: 'The code below contains your key as pasted. Keep it out of source control and logs.',
  containsPublic: 'The code below contains the public key from the key box.',
  containsPublicPart: 'The key box holds a private key: the code below contains only its public part.',
  fromEnvironment: 'The key is read from an environment variable; tick the box to write it into the code.',
  optionsFrom:
    'Options come from the validation panel: expected audience and issuer, clock tolerance, and the validation policy.',
});
