// Title, the privacy promise, the share button and the theme picker.
import { useState } from 'react';
import type { ThemeChoice } from './use-theme';

export interface AppHeaderProps {
  themeChoice: ThemeChoice;
  onThemeChosen: (choice: ThemeChoice) => void;
  /** Builds the share link (the token only, never a key); undefined when there is no token to share. */
  makeLink?: () => string;
}

export function AppHeader({ themeChoice, onThemeChosen, makeLink }: AppHeaderProps) {
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
      <h1>JWT Debugger</h1>
      <p className="privacy">
        Decoded, verified, signed and encrypted in this page: nothing you paste leaves it, and nothing is
        stored.
      </p>
      <div className="header-tools">
        <button type="button" data-testid="share-link" onClick={() => void share()} disabled={!makeLink}>
          Copy share link
        </button>
        <label className="inline">
          <span className="visually-hidden">Theme</span>
          <select
            data-testid="theme-select"
            aria-label="Theme"
            value={themeChoice}
            onChange={(e) => onThemeChosen(e.target.value as ThemeChoice)}
          >
            <option value="system">System theme</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </div>
      {copied && (
        <p className="share-note" role="status">
          Link copied. It carries the token in the # fragment, which browsers never send to a server but keep
          in the history of whoever opens it
          {copied.includes('publicKey=') ? ', and the public key' : '; no secret or key'}:{' '}
          <input
            readOnly
            value={copied}
            aria-label="Share link"
            data-testid="share-link-output"
            onFocus={(e) => e.target.select()}
          />
        </p>
      )}
    </header>
  );
}
