// The encoded token: a textarea with its parts colour-coded underneath, and the token-status line.
import { useRef } from 'react';
import type { DecodedToken } from '../../core/token';
import { firstProblem } from '../../core/token';
import { describeProblem } from '../describe-problem';

// Colouring a multi-megabyte token costs layout time for no benefit; above this, show it plain.
const HIGHLIGHT_LIMIT = 100_000;
const PART_CLASSES = ['part-header', 'part-payload', 'part-signature', 'part-iv', 'part-tag'];
const JWE_CLASSES = ['part-header', 'part-key', 'part-iv', 'part-payload', 'part-tag'];

function Highlighted({ text, jwe }: { text: string; jwe: boolean }) {
  const parts = text.split('.');
  const classes = jwe ? JWE_CLASSES : PART_CLASSES;
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 && <span className="part-dot">.</span>}
          <span className={classes[i] ?? 'part-extra'}>{part}</span>
        </span>
      ))}
      {'\n'}
    </>
  );
}

export interface TokenPaneProps {
  text: string;
  decoded: DecodedToken;
  onEdited: (text: string) => void;
}

export function TokenPane({ text, decoded, onEdited }: TokenPaneProps) {
  const backdrop = useRef<HTMLDivElement>(null);
  const highlight = text.length <= HIGHLIGHT_LIMIT && decoded.parts.length > 1;
  return (
    <section className="panel token-pane" aria-labelledby="token-heading">
      <div className="panel-title">
        <h2 id="token-heading">Encoded token</h2>
        <button type="button" className="small" onClick={() => onEdited('')} data-testid="clear-token">
          Clear
        </button>
      </div>
      <div className="token-box">
        {highlight && (
          <div className="token-backdrop" ref={backdrop} aria-hidden="true">
            <Highlighted text={text} jwe={decoded.kind === 'jwe'} />
          </div>
        )}
        <textarea
          data-testid="token-input"
          className={highlight ? 'token-input highlighted' : 'token-input'}
          aria-label="Encoded token"
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder="Paste a JWT or JWE here (a Bearer prefix or Authorization line is fine)"
          value={text}
          onChange={(e) => onEdited(e.target.value)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <TokenStatus decoded={decoded} />
    </section>
  );
}

const KIND_TEXT = {
  jws: 'Signed JWT (JWS)',
  unsecured: 'Unsecured JWT (alg "none"): anyone can forge it',
  jwe: 'Encrypted JWT (JWE): its claims are encrypted; the protected header is shown',
} as const;

export function TokenStatus({ decoded }: { decoded: DecodedToken }) {
  const problem = firstProblem(decoded);
  if (decoded.tokenProblem?.code === 'empty-token') {
    return (
      <p className="status" data-testid="token-status" data-state="empty" role="status">
        Paste a token to decode it. Nothing you paste leaves this page.
      </p>
    );
  }
  if (problem) {
    return (
      <p
        className="status status-error"
        data-testid="token-status"
        data-state="error"
        data-part={problem.part}
        role="status"
      >
        <strong>{problem.part === 'token' ? 'Not a token' : `Broken ${problem.part}`}:</strong>{' '}
        {describeProblem(problem.problem)}
      </p>
    );
  }
  const notes = decoded.notes;
  const cleaned = decoded.cleanups.filter((c) => c !== 'whitespace' || decoded.cleanups.length === 1);
  return (
    <div
      className="status status-ok"
      data-testid="token-status"
      data-state="decoded"
      data-kind={decoded.kind}
      role="status"
    >
      <strong>Decoded:</strong> {decoded.kind ? KIND_TEXT[decoded.kind] : ''}
      {cleaned.length > 0 && <span className="muted"> · removed {cleaned.map(cleanupText).join(', ')}</span>}
      {notes.map((n, i) => (
        <div key={i} className="note">
          {describeProblem(n)}
        </div>
      ))}
    </div>
  );
}

function cleanupText(c: DecodedToken['cleanups'][number]): string {
  switch (c) {
    case 'authorization-header':
      return 'the Authorization header name';
    case 'bearer':
      return 'the Bearer prefix';
    case 'quotes':
      return 'quotes';
    case 'url-fragment':
      return 'the URL around the token';
    case 'whitespace':
      return 'whitespace';
  }
}
