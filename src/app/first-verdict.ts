// The first verdict of a #token= link, painted into index.html's shell before React has loaded (issue 23): on a
// slow CPU, evaluating React and the app takes most of a second, and the verdict need not wait for it. The words
// come from the same functions the app uses (the reducer, reportWithoutCrypto, checkClaims, computeVerdict,
// describeSignature), so React's first render shows exactly this, then replaces the shell. Only for a compact
// JWS or unsecured JWT with no key whose verdict is worded in the entry's chunk, in English (another language's
// words load with the app); anything else waits for React as before.
import { decodeToken, initialState, startingState } from './debugger-reducer';
import { readTokenFromUrl } from './url-token';
import { reportWithoutCrypto } from '../core/jws';
import { checkClaims } from '../core/claims';
import { claimOptions } from '../features/claims/claim-options';
import { computeVerdict } from '../features/verdict/compute-verdict';
import type { Verdict } from '../features/verdict/compute-verdict';
import { describeSignature } from '../features/signature/describe-signature';
import type { SignatureState } from '../core/jws';
import { locale } from '../i18n/locale';
import { LARGE_TOKEN } from '../shared/large-token';
import '../shared/code-editor/read-only-view.css';

/** The signature states whose words are in the entry's chunk. */
const EARLY_STATES: readonly SignatureState[] = ['no-key', 'unsecured', 'unsupported'];

export interface FirstVerdict {
  tokenText: string;
  headerText: string;
  payloadText: string;
  verdict: Verdict;
  signature: { state: SignatureState; text: string };
}

/** What the app's first render will show for `token` with no key, or undefined when it needs more than that. */
export function firstVerdict(token: string, now: number): FirstVerdict | undefined {
  const state = startingState(token);
  const decoded = decodeToken(state.tokenText);
  if (decoded.kind !== 'jws' && decoded.kind !== 'unsecured') return undefined;
  // JSON serialization, SD-JWT and detached payloads have panels of their own: the app shows them.
  if (decoded.json || decoded.sdJwt || decoded.detached || decoded.parts.length < 3) return undefined;
  const report = reportWithoutCrypto(decoded, { state: 'empty' });
  // An invalid header (crit, no alg) is worded by describe-hardening.ts, which loads with the app: it waits.
  if (!report || !EARLY_STATES.includes(report.state)) return undefined;
  const view = decoded.payload?.view;
  const claims =
    view?.type === 'claims' ? checkClaims(view.claims, claimOptions(initialState.validation, now)) : [];
  const verdict = computeVerdict({
    hidden: false,
    signature: { report, busy: false },
    signing: false,
    claims,
    policyProblems: [],
    now,
  });
  return {
    tokenText: state.tokenText,
    headerText: state.headerText,
    payloadText: state.payloadText,
    verdict,
    signature: { state: report.state, text: describeSignature(report, decoded.kind) },
  };
}

// As the light view (read-only-view.tsx): the start of a long text only.
const SHOWN = 20_000;
const shown = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/**
 * Paints the link's first verdict into the shell under `root` (the contract's `verdict` and `signature-status`,
 * the token, the decoded header and payload). Returns true when it painted something.
 */
export function paintFirstVerdict(root: HTMLElement, now = Math.floor(Date.now() / 1000)): boolean {
  if (locale.get() !== 'en') return false;
  const linked = readTokenFromUrl();
  if (!linked) return false;
  let first: FirstVerdict | undefined;
  try {
    first = firstVerdict(linked.token, now);
  } catch {
    // Whatever goes wrong here, the app still starts and says it properly.
    return false;
  }
  if (!first) return false;
  const find = (selector: string) => root.querySelector<HTMLElement>(`.shell ${selector}`);
  const box = root.querySelector<HTMLTextAreaElement>('.shell textarea');
  const bar = find('.verdict-bar');
  const status = find('.key-panel .status');
  if (!box || !bar || !status) return false;
  // A megabyte of text in a textarea takes most of a second to lay out: the app shows a large token its own way.
  if (first.tokenText.length <= LARGE_TOKEN) box.value = first.tokenText;
  bar.className = `verdict-bar verdict-${first.verdict.tone}`;
  Object.assign(bar.dataset, { testid: 'verdict' });
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-live', 'polite');
  bar.textContent = first.verdict.parts.join(' · ');
  status.className = `status state-${first.signature.state}`;
  Object.assign(status.dataset, { testid: 'signature-status', state: first.signature.state });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.textContent = first.signature.text;
  for (const [selector, text] of [
    ['.header-box', first.headerText],
    ['.payload-box', first.payloadText],
  ] as const) {
    const pre = document.createElement('pre');
    pre.className = 'editor-fallback read-only-view';
    pre.textContent = shown(text);
    find(selector)?.replaceChildren(pre);
  }
  return true;
}
