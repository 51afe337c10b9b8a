// The notice laid over a token too large to draw (see LARGE_TOKEN in token-pane.tsx). Loaded when first needed:
// most tokens never show it, and the first verdict's bundle has no room to spare.
import { useEffect, useRef } from 'react';
import type { ClipboardEvent } from 'react';
import { fileDropHandlers } from '../../shared/file-drop';
import './token-veil.css';
import { tokenMessages } from '../../i18n/en/token';
import { useMessages } from '../../i18n/use-messages';
import { numberFormat as makeNumberFormat } from '../../i18n/format';

/** "1.4 MB", "230 KB": the size of a token of `length` characters (one byte each: a token is ASCII). */
function tokenSize(length: number, numberFormat: Intl.NumberFormat): string {
  return length >= 1_000_000
    ? `${numberFormat.format(length / 1_000_000)} MB`
    : `${Math.round(length / 1000)} KB`;
}

export interface TokenVeilProps {
  length: number;
  /** The notice's id, for the textarea's aria-describedby. */
  id: string;
  onEdited: (text: string) => void;
  onShow: () => void;
}

export default function TokenVeil({ length, id, onEdited, onShow }: TokenVeilProps) {
  const t = useMessages(tokenMessages);
  // One formatter per language for the size and the character count (cached in i18n/format).
  const numberFormat = makeNumberFormat();
  const veil = useRef<HTMLDivElement>(null);
  // Focus left the textarea with the paste; give it to the notice, after the frame (so it costs no layout).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (document.activeElement === document.body) veil.current?.focus({ preventScroll: true });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  const pasteOver = (e: ClipboardEvent) => {
    const pasted = e.clipboardData.getData('text');
    if (!pasted) return;
    e.preventDefault();
    onEdited(pasted);
  };
  return (
    <div
      className="token-veil"
      id={id}
      data-testid="token-veil"
      ref={veil}
      tabIndex={0}
      role="group"
      aria-label={t.largeLabel}
      onPaste={pasteOver}
      {...fileDropHandlers(onEdited)}
    >
      <p>
        <strong>{t.largeSize({ size: tokenSize(length, numberFormat) })}</strong>{' '}
        {t.largeCount({ count: numberFormat.format(length) })}
      </p>
      <p className="muted">{t.largeHelp}</p>
      <button type="button" className="small" data-testid="show-token" onClick={onShow}>
        {t.largeShow}
      </button>
    </div>
  );
}
