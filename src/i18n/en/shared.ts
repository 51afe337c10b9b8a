// English messages of the shared controls (copy button, error boundary, time formatting).
import { i18n } from '../i18n';

export const sharedMessages = i18n('shared', {
  outOfRange: 'out of range',
});
