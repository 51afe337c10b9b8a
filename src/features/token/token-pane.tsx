// The encoded token: a textarea with its parts colour-coded underneath, and the token-status line.
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClipboardEvent, MouseEvent, ReactNode } from 'react';
import type { DecodedToken } from '../../core/token';
import { CopyButton } from '../../shared/copy-button';
import { fileDropHandlers } from '../../shared/file-drop';
import { highlightPart } from '../../shared/part-highlight';
import type { TokenPart } from '../../shared/part-highlight';
import { tokenMessages } from '../../i18n/en/token';
import { TokenStatus } from './token-status';
import { useMessages } from '../../i18n/use-messages';
import { LARGE_TOKEN } from '../../shared/large-token';

// A token longer than LARGE_TOKEN is large: it is not colour-coded, not wrapped, and not drawn until the user asks.
// Chromium's first layout of a megabyte of text in a textarea takes most of a second (0.9–1.1 s for 1.4 MB
// on a 2-core machine), wrapped or not, and that one task froze the tab after every large paste.
// `content-visibility: hidden` skips the layout while the textarea keeps its value, so drop, copy, fill()
// and inputValue() work as before. Chromium still lays out a hidden textarea that holds the caret, so a paste
// that makes the token large moves the caret out (`releaseCaret`), and the notice laid over the box
// (token-veil.tsx) takes clicks, pastes and drops instead.
// The notice over a token too large to draw loads when first needed.
const TokenVeil = lazy(() => import('./token-veil'));
// Copy as flattened JSON / as compact: not needed for the first verdict.
const ReencodeButtons = lazy(() => import('./reencode-buttons'));
const PART_CLASSES = ['part-header', 'part-payload', 'part-signature', 'part-iv', 'part-tag'];
const JWE_CLASSES = ['part-header', 'part-key', 'part-iv', 'part-payload', 'part-tag'];

function Highlighted({ text, jwe }: { text: string; jwe: boolean }) {
  const all = text.split('.');
  const classes = jwe ? JWE_CLASSES : PART_CLASSES;
  // A token has at most five parts; whatever follows (ten thousand dots, say) is one uncoloured span.
  const parts = all.slice(0, classes.length);
  const rest = all.length > classes.length ? all.slice(classes.length).join('.') : undefined;
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <span className="part-dot">.</span>}
          <span className={classes[i]}>{part}</span>
        </span>
      ))}
      {rest !== undefined && <span className="part-extra">.{rest}</span>}
      {'\n'}
    </>
  );
}

export interface TokenPaneProps {
  text: string;
  decoded: DecodedToken;
  onEdited: (text: string) => void;
  /** Extra controls for the title bar (the example picker). */
  actions?: ReactNode;
  /** The payload typed for a token whose payload is detached (RFC 7515 Appendix F, RFC 7797). */
  detachedPayload?: string;
  onDetachedPayloadEdited?: (text: string) => void;
}

/** The token part at segment `index` that has its own pane (JWE parts other than the header have none). */
function partAt(index: number, jwe: boolean): TokenPart | undefined {
  if (index === 0) return 'header';
  if (jwe) return undefined;
  return index === 1 ? 'payload' : index === 2 ? 'signature' : undefined;
}

const SEGMENT_SELECTOR = '.part-header, .part-payload, .part-signature, .part-key, .part-iv, .part-tag';

/** Which segment of the highlighted backdrop lies under the pointer (the textarea covers it, so test rects). */
function segmentUnderPointer(backdrop: HTMLElement, e: MouseEvent): number | undefined {
  const spans = backdrop.querySelectorAll(SEGMENT_SELECTOR);
  for (let i = 0; i < spans.length; i++) {
    for (const r of spans[i]!.getClientRects()) {
      if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom)
        return i;
    }
  }
  return undefined;
}

/** Take focus and selection out of the textarea so its hidden text is not laid out for the caret. */
function releaseCaret(area: HTMLTextAreaElement) {
  area.blur();
  window.getSelection()?.removeAllRanges();
}

export function TokenPane({
  text,
  decoded,
  onEdited,
  actions,
  detachedPayload = '',
  onDetachedPayloadEdited,
}: TokenPaneProps) {
  const t = useMessages(tokenMessages);
  const backdrop = useRef<HTMLDivElement>(null);
  const large = text.length > LARGE_TOKEN;
  const [drawLarge, setDrawLarge] = useState(false);
  // Once the token is small again, the next large one starts undrawn too.
  if (drawLarge && !large) setDrawLarge(false);
  const veiled = large && !drawLarge;
  const area = useRef<HTMLTextAreaElement>(null);
  // After the commit that hid the text and before the browser lays it out: blurring a textarea whose text is
  // still drawn forces that layout, so this cannot happen in the change handler.
  useLayoutEffect(() => {
    if (veiled && area.current && document.activeElement === area.current) releaseCaret(area.current);
  }, [veiled]);
  // A paste that makes the token too large to draw is applied here rather than by the browser: the browser's
  // own insertion lays the new text out (0.6–0.8 s for 1.4 MB) before the notice can hide it.
  const pasteLarge = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = e.currentTarget;
    const pasted = e.clipboardData.getData('text');
    const next = box.value.slice(0, box.selectionStart) + pasted + box.value.slice(box.selectionEnd);
    if (next.length <= LARGE_TOKEN || drawLarge) return;
    e.preventDefault();
    // Out first, while the box still holds the short text: setting a focused box's value moves its caret,
    // and Chromium lays out even hidden text for that.
    releaseCaret(box);
    onEdited(next);
  };
  // fill(), typing tools and on-screen keyboards insert text without a paste event (Playwright's fill() sends
  // CDP Input.insertText): the browser's own insertion then laid the megabyte out for the caret in one task
  // (0.8 s; profiled with scripts/bench/profile-large.mjs). The same path as a large paste, from beforeinput.
  const latest = useRef({ onEdited, drawLarge });
  useLayoutEffect(() => {
    latest.current = { onEdited, drawLarge };
  });
  useEffect(() => {
    const box = area.current;
    if (!box) return;
    const onBeforeInput = (e: InputEvent) => {
      if (!e.cancelable || !e.inputType.startsWith('insert') || latest.current.drawLarge) return;
      const inserted = e.data ?? e.dataTransfer?.getData('text/plain') ?? '';
      const next = box.value.slice(0, box.selectionStart) + inserted + box.value.slice(box.selectionEnd);
      if (next.length <= LARGE_TOKEN) return;
      e.preventDefault();
      releaseCaret(box);
      latest.current.onEdited(next);
    };
    box.addEventListener('beforeinput', onBeforeInput);
    return () => box.removeEventListener('beforeinput', onBeforeInput);
  }, []);
  // A JSON-serialized token is not dotted text: nothing to colour by part.
  const highlight = !large && decoded.parts.length > 1 && !decoded.json;
  const jwe = decoded.kind === 'jwe';
  const onPointer = (e: MouseEvent<HTMLTextAreaElement>) => {
    const index = backdrop.current ? segmentUnderPointer(backdrop.current, e) : undefined;
    highlightPart(e.currentTarget, index === undefined ? undefined : partAt(index, jwe));
  };
  // Keyboard users get the same link: the part holding the caret is highlighted.
  const onCaret = (area: HTMLTextAreaElement) => {
    if (!highlight || document.activeElement !== area) return;
    const before = area.value.slice(0, area.selectionStart);
    let dots = 0;
    for (let i = before.indexOf('.'); i !== -1; i = before.indexOf('.', i + 1)) dots++;
    highlightPart(area, partAt(dots, jwe));
  };
  return (
    <section className="panel token-pane" aria-labelledby="token-heading">
      <div className="panel-title">
        <h2 id="token-heading">{t.encodedToken}</h2>
        <div className="panel-tools">
          {actions}
          <CopyButton text={() => text} label={t.copyToken} testId="copy-token" disabled={!text} />
          {decoded.kind && !decoded.tokenProblem && (
            <Suspense fallback={null}>
              <ReencodeButtons decoded={decoded} />
            </Suspense>
          )}
          <button type="button" className="small" onClick={() => onEdited('')} data-testid="clear-token">
            {t.clear}
          </button>
        </div>
      </div>
      <div className="token-box">
        {highlight && (
          <div className="token-backdrop" ref={backdrop} aria-hidden="true">
            <Highlighted text={text} jwe={decoded.kind === 'jwe'} />
          </div>
        )}
        <textarea
          data-testid="token-input"
          ref={area}
          className={`token-input${highlight ? ' highlighted' : ''}${large ? ' unwrapped' : ''}${veiled ? ' veiled' : ''}`}
          aria-label={t.encodedToken}
          aria-describedby={veiled ? 'token-veil' : undefined}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder={t.placeholder}
          value={text}
          tabIndex={veiled ? -1 : undefined}
          onChange={(e) => onEdited(e.target.value)}
          onPaste={pasteLarge}
          // Focus can still reach the hidden box (a screen reader, a script, Playwright's fill()). Chromium
          // cannot select hidden text, so select-all-and-type would add to the token instead of replacing it:
          // the box is drawn for whoever goes in.
          onFocus={veiled ? () => setDrawLarge(true) : undefined}
          onMouseMove={highlight ? onPointer : undefined}
          onMouseLeave={(e) => highlightPart(e.currentTarget, undefined)}
          onSelect={(e) => onCaret(e.currentTarget)}
          onBlur={(e) => highlightPart(e.currentTarget, undefined)}
          {...fileDropHandlers(onEdited)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
        {veiled && (
          <Suspense fallback={null}>
            <TokenVeil
              id="token-veil"
              length={text.length}
              onEdited={onEdited}
              onShow={() => setDrawLarge(true)}
            />
          </Suspense>
        )}
      </div>
      {(decoded.detached || decoded.detachedSupplied) && onDetachedPayloadEdited && (
        <div className="detached-payload">
          <label htmlFor="detached-payload-input">{t.detachedLabel}</label>
          <textarea
            id="detached-payload-input"
            data-testid="detached-payload-input"
            value={detachedPayload}
            rows={3}
            spellCheck={false}
            autoComplete="off"
            placeholder={t.detachedPlaceholder}
            onChange={(e) => onDetachedPayloadEdited(e.target.value)}
          />
        </div>
      )}
      <TokenStatus decoded={decoded} />
    </section>
  );
}
