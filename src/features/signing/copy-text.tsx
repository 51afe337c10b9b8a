// A labelled, read-only block of text (a key, a JWK) with a copy button.
import { useState } from 'react';
import { sharedMessages } from '../../i18n/en/shared';
import { useMessages } from '../../i18n/use-messages';

export function CopyText({ label, text, testid }: { label: string; text: string; testid: string }) {
  const t = useMessages(sharedMessages);
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-text">
      <div className="row">
        <span className="muted">{label}</span>
        <button
          type="button"
          className="small"
          onClick={() => {
            navigator.clipboard.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t.copied : t.copy}
        </button>
      </div>
      <pre data-testid={testid}>{text}</pre>
    </div>
  );
}
