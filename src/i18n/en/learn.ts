// English messages of the example picker and the "how this token is built" panel's frame.
import { i18n } from '../i18n';
import { params } from '../params';

export const learnMessages = i18n('learn', {
  hmacSecret: params('{alg} (HMAC secret)'),
  keyPair: params('{alg} ({family} key pair)'),
  loadExample: 'Load an example token',
  making: params('Making {alg} example…'),
  example: 'Example…',
});
