// Title, the privacy promise, the share button and the theme picker.
import { useState } from 'react';
import type { ThemeChoice } from './use-theme';
import { HeaderSelect } from './header-select';
import { LanguageSelect } from './language-select';
import { appMessages } from '../i18n/en/app';
import { useMessages } from '../i18n/use-messages';

export interface AppHeaderProps {
  themeChoice: ThemeChoice;
  onThemeChosen: (choice: ThemeChoice) => void;
  /** Builds the share link (the token only, never a key); undefined when there is no token to share. */
  makeLink?: () => string;
}

export function AppHeader({ themeChoice, onThemeChosen, makeLink }: AppHeaderProps) {
  const t = useMessages(appMessages);
  const [copied, setCopied] = useState<string | undefined>();
  const share = async () => {
    if (!makeLink) return;
    const link = makeLink();
    setCopied(link);
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Clipboard may be denied; the link is shown for manual copying.
    }
  };
  return (
    <header className="app-header">
      <h1>{t.title}</h1>
      <p className="privacy">{t.privacy}</p>
      <div className="header-tools">
        <button type="button" data-testid="share-link" onClick={() => void share()} disabled={!makeLink}>
          {t.shareLink}
        </button>
        <HeaderSelect
          label={t.theme}
          testid="theme-select"
          value={themeChoice}
          onChange={(value) => onThemeChosen(value as ThemeChoice)}
        >
          <option value="system">{t.themeSystem}</option>
          <option value="light">{t.themeLight}</option>
          <option value="dark">{t.themeDark}</option>
        </HeaderSelect>
        <LanguageSelect />
      </div>
      {copied && (
        <p className="share-note" role="status">
          {t.linkCopied({
            extra: copied.includes('publicKey=') ? t.linkCopiedPublicKey : t.linkCopiedNoSecret,
          })}{' '}
          <input
            readOnly
            value={copied}
            aria-label={t.shareLinkLabel}
            data-testid="share-link-output"
            onFocus={(e) => e.target.select()}
          />
        </p>
      )}
    </header>
  );
}
