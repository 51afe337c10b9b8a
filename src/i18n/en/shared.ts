// English messages of the shared controls (copy button, error boundary, time formatting).
import { i18n } from '../i18n';
import { params } from '../params';

export const sharedMessages = i18n('shared', {
  outOfRange: 'out of range',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  copyDone: params('{label}: done'),
  panelCrashed: params('This panel hit a bug ({message}). The rest of the page still works.'),
  unknownError: 'unknown error',
  tryAgain: 'Try again',
  loadingSigning: 'Loading signing tools…',
  secretIs: 'Secret is',
  utf8: 'UTF-8 text',
  hex: 'hex',
});
