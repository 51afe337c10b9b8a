// The one reducer: events from each pane → the text every pane shows. Pure; derived text never echoes back.

import type { DecodedToken } from '../core/token';
import { createTokenDecoder, encodeJsonSegment, formatJson } from '../core/token';
import { formatJsonKeepingNumbers } from '../core/shared';

import type { DebuggerEvent, DebuggerState } from '../shared/debugger-state';

export type {
  DebuggerEvent,
  DebuggerState,
  SecretEncoding,
  ValidationInputs,
} from '../shared/debugger-state';

/** The app's decoder: the reducer and useDebugger decode the same text on one keystroke; it keeps the last one. */
export const decodeToken = createTokenDecoder(1);

export const initialState: DebuggerState = {
  tokenText: '',
  headerText: '',
  payloadText: '',
  keyText: '',
  secretEncoding: 'utf8',
  validation: { audience: '', issuer: '', subject: '', clockTolerance: '0', evaluationTime: '' },
  revision: 0,
  tokenOrigin: 'pasted',
  previousTokenText: '',
};

/** The first state: with a token (from a link, or carried over by the root error boundary) already in it. */
export function startingState(token: string | undefined): DebuggerState {
  if (token === undefined) return initialState;
  // The early verdict and the app's first render start from the same link: formatting a megabyte payload for
  // the editors twice cost 50–200 ms of the app's first render.
  if (lastStart?.token !== token)
    lastStart = { token, state: debuggerReducer(initialState, { type: 'tokenEdited', text: token }) };
  return lastStart.state;
}

let lastStart: { token: string; state: DebuggerState } | undefined;

/** The text each editor shows for a decoded token. */
export function editorTexts(decoded: DecodedToken): { headerText: string; payloadText: string } {
  const header = decoded.header;
  // The token's own number lexemes (1e400, -0, 1.0) are kept: JSON.stringify would print Infinity as null.
  const headerText = header?.value
    ? formatJsonKeepingNumbers(header.value, header.text, formatJson)
    : (header?.text ?? '');
  const view = decoded.payload?.view;
  let payloadText = '';
  if (view?.type === 'claims') payloadText = formatJsonKeepingNumbers(view.claims, view.text, formatJson);
  else if (view?.type === 'text') payloadText = view.text;
  else if (view?.type === 'binary') payloadText = view.hex;
  return { headerText, payloadText };
}

function parseObject(text: string): { value?: Record<string, unknown>; error?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { error: 'not-an-object' };
    }
    return { value: value as Record<string, unknown> };
  } catch (e) {
    return { error: e instanceof Error ? e.message : 'invalid JSON' };
  }
}

/** Rebuilds the compact token after one JSON segment was edited, keeping the other parts as they are. */
function replaceSegment(state: DebuggerState, index: 0 | 1, segment: string): string {
  const parts = decodeToken(state.tokenText).parts;
  const next = parts.length === 3 ? [...parts] : ['', '', ''];
  if (parts.length !== 3) {
    // No usable token yet: build one from both editors so editing from scratch works.
    const other = parseObject(index === 0 ? state.payloadText : state.headerText).value;
    next[index === 0 ? 1 : 0] = encodeJsonSegment(other ?? {});
  }
  next[index] = segment;
  return next.join('.');
}

/** The header or payload object as the editor currently holds it (falling back to the decoded token). */
function currentObject(state: DebuggerState, index: 0 | 1): Record<string, unknown> {
  const fromEditor = parseObject(index === 0 ? state.headerText : state.payloadText).value;
  if (fromEditor) return fromEditor;
  const decoded = decodeToken(state.tokenText);
  if (index === 0) return decoded.header?.value ?? {};
  const view = decoded.payload?.view;
  return view?.type === 'claims' ? view.claims : {};
}

/** What previousTokenText becomes on an edit of the claims: a run of editor edits keeps the token it started from. */
const previousForEdit = (state: DebuggerState): string =>
  state.tokenOrigin === 'edited' ? state.previousTokenText : state.tokenText;

/** Replaces one JSON segment from a helper (not typed by the user): editor text, token, revision. */
function withObject(state: DebuggerState, index: 0 | 1, value: Record<string, unknown>): DebuggerState {
  const field = index === 0 ? 'headerText' : 'payloadText';
  const errorField = index === 0 ? 'headerError' : 'payloadError';
  return {
    ...state,
    [field]: formatJson(value),
    [errorField]: undefined,
    tokenText: replaceSegment(state, index, encodeJsonSegment(value)),
    revision: state.revision + 1,
    tokenOrigin: 'edited',
    previousTokenText: previousForEdit(state),
  };
}

export function debuggerReducer(state: DebuggerState, event: DebuggerEvent): DebuggerState {
  switch (event.type) {
    case 'tokenEdited': {
      const decoded = decodeToken(event.text);
      // Show the cleaned token (no Bearer, no line breaks) unless it is not a compact token at all.
      const tokenText = decoded.parts.length > 1 ? (decoded.sdJwt?.text ?? decoded.token) : event.text;
      return {
        ...state,
        tokenText,
        ...editorTexts(decoded),
        headerError: undefined,
        payloadError: undefined,
        revision: state.revision + 1,
        tokenOrigin: 'pasted',
        previousTokenText: tokenText === state.tokenText ? state.previousTokenText : state.tokenText,
      };
    }
    case 'headerEdited':
    case 'payloadEdited': {
      // A JWE's editors are read-only (its header is authenticated, its payload is the decrypted plaintext);
      // Monaco still reports a read-only model's setValue as a change, so that echo must not rewrite the token.
      // A JSON-serialized token is shown, not rebuilt: an edit would silently turn it into a compact token.
      const current = decodeToken(state.tokenText);
      if (current.kind === 'jwe' || current.json) return state;
      const isHeader = event.type === 'headerEdited';
      const parsed = parseObject(event.text);
      const textField = isHeader ? 'headerText' : 'payloadText';
      const errorField = isHeader ? 'headerError' : 'payloadError';
      if (!parsed.value) return { ...state, [textField]: event.text, [errorField]: parsed.error };
      const tokenText = replaceSegment(state, isHeader ? 0 : 1, encodeJsonSegment(parsed.value));
      return {
        ...state,
        [textField]: event.text,
        [errorField]: undefined,
        tokenText,
        revision: state.revision + 1,
        tokenOrigin: 'edited',
        previousTokenText: previousForEdit(state),
      };
    }
    case 'tokenSigned':
      if (event.revision !== state.revision) return state;
      return { ...state, tokenText: event.token };
    case 'keyEdited':
      // A token the user is composing carries a stale signature: a new key re-signs it (revision moves on).
      return state.tokenOrigin === 'edited'
        ? { ...state, keyText: event.text, revision: state.revision + 1 }
        : { ...state, keyText: event.text };
    case 'keyGenerated':
      return { ...state, keyText: event.text, revision: state.revision + 1, tokenOrigin: 'edited' };
    case 'algChanged':
      if (decodeToken(state.tokenText).json) return state; // shown, not rebuilt (see headerEdited)
      return withObject(state, 0, { ...currentObject(state, 0), alg: event.alg });
    case 'headerPatched':
      if (decodeToken(state.tokenText).json) return state;
      return withObject(state, 0, { ...currentObject(state, 0), ...event.patch });
    case 'claimsPatched':
      if (decodeToken(state.tokenText).json) return state;
      return withObject(state, 1, { ...currentObject(state, 1), ...event.patch });
    case 'templateChosen': {
      const withHeader = withObject(state, 0, event.header);
      return withObject(withHeader, 1, event.payload);
    }
    case 'secretEncodingChanged':
      return state.tokenOrigin === 'edited'
        ? { ...state, secretEncoding: event.encoding, revision: state.revision + 1 }
        : { ...state, secretEncoding: event.encoding };
    case 'validationChanged':
      return { ...state, validation: { ...state.validation, [event.field]: event.value } };
  }
}
