// A small button that copies some text to the clipboard and says so for a moment.
import { useEffect, useState } from 'react';
import { sharedMessages } from '../i18n/en/shared';
import { useMessages } from '../i18n/use-messages';

export interface CopyButtonProps {
  /** The text to copy, read when pressed (so large values are not built on every render). */
  text: () => string;
  /** What is copied, for the accessible name: "Copy token". */
  label: string;
  testId?: string;
  disabled?: boolean;
  /** Show the label as the button's text instead of "Copy" (where several copy buttons sit side by side). */
  showLabel?: boolean;
}

export function CopyButton({ text, label, testId, disabled, showLabel }: CopyButtonProps) {
  const t = useMessages(sharedMessages);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setState('copied');
    } catch {
      // Clipboard access can be denied (permissions, insecure context); say so rather than fail silently.
      setState('failed');
    }
  };
  return (
    <>
      <button
        type="button"
        className="small"
        data-testid={testId}
        aria-label={label}
        disabled={disabled}
        onClick={() => void copy()}
      >
        {state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : showLabel ? label : t.copy}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t.copyDone({ label }) : ''}
      </span>
    </>
  );
}
