// The notice laid over a token too large to draw (see LARGE_TOKEN in token-pane.tsx). Loaded when first needed:
// most tokens never show it, and the first verdict's bundle has no room to spare.
import { useEffect, useRef } from 'react';
import type { ClipboardEvent } from 'react';
import { fileDropHandlers } from '../../shared/file-drop';
import './token-veil.css';

// One formatter for the size and the character count (toLocaleString would build one per call).
const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "1.4 MB", "230 KB": the size of a token of `length` characters (one byte each: a token is ASCII). */
function tokenSize(length: number): string {
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
      aria-label="Large token, not drawn"
      onPaste={pasteOver}
      {...fileDropHandlers(onEdited)}
    >
      <p>
        <strong>This token is {tokenSize(length)}</strong> ({numberFormat.format(length)} characters). It is
        not drawn here, so the page stays responsive; its header and payload are decoded below.
      </p>
      <p className="muted">
        Copy and Clear work as usual. Click here and paste, or drop a file, to replace it.
      </p>
      <button type="button" className="small" data-testid="show-token" onClick={onShow}>
        Show the whole token (drawing it takes a moment)
      </button>
    </div>
  );
}
