// English messages of the page's frame: header, share link, theme and language pickers, layout headings.
import { i18n } from '../i18n';
import { params } from '../params';

export const appMessages = i18n('app', {
  title: 'JWT Debugger',
  privacy:
    'Decoded, verified, signed and encrypted in this page: nothing you paste leaves it, and nothing is stored.',
  shareLink: 'Copy share link',
  theme: 'Theme',
  themeSystem: 'System theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  language: 'Language',
  linkCopied: params(
    'Link copied. It carries the token in the # fragment, which browsers never send to a server but keep in the history of whoever opens it{extra}:',
  ),
  linkCopiedPublicKey: ', and the public key',
  linkCopiedNoSecret: '; no secret or key',
  shareLinkLabel: 'Share link',
});
