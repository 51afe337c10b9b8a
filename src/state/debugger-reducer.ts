// The one reducer: events from each pane → the text every pane shows. Pure; derived text never echoes back.

import { decodeToken, encodeJsonSegment, formatJson } from '../core/token';
import type { DecodedToken } from '../core/token';

import type { SecretEncoding } from '../core/keys';

export type { SecretEncoding };

export interface ValidationInputs {
  audience: string;
  issuer: string;
  subject: string;
  clockTolerance: string;
  evaluationTime: string;
}

export interface DebuggerState {
  tokenText: string;
  headerText: string;
  payloadText: string;
  /** Set while the header / payload editor holds text that is not a JSON object. */
  headerError?: string;
  payloadError?: string;
  keyText: string;
  secretEncoding: SecretEncoding;
  validation: ValidationInputs;
  /** Bumped on every edit that changes the token; async results for an older revision are dropped. */
  revision: number;
  /** Which pane the token last came from: an edit of the claims re-signs, a paste does not. */
  tokenOrigin: 'pasted' | 'edited';
}

export type DebuggerEvent =
  | { type: 'tokenEdited'; text: string }
  | { type: 'headerEdited'; text: string }
  | { type: 'payloadEdited'; text: string }
  | { type: 'tokenSigned'; revision: number; token: string }
  | { type: 'keyEdited'; text: string }
  | { type: 'secretEncodingChanged'; encoding: SecretEncoding }
  | { type: 'validationChanged'; field: keyof ValidationInputs; value: string };

export const initialState: DebuggerState = {
  tokenText: '',
  headerText: '',
  payloadText: '',
  keyText: '',
  secretEncoding: 'utf8',
  validation: { audience: '', issuer: '', subject: '', clockTolerance: '0', evaluationTime: '' },
  revision: 0,
  tokenOrigin: 'pasted',
};

/** The text each editor shows for a decoded token. */
export function editorTexts(decoded: DecodedToken): { headerText: string; payloadText: string } {
  const header = decoded.header;
  const headerText = header?.value ? formatJson(header.value, header.text) : (header?.text ?? '');
  const view = decoded.payload?.view;
  let payloadText = '';
  if (view?.type === 'claims') payloadText = formatJson(view.claims, view.text);
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

export function debuggerReducer(state: DebuggerState, event: DebuggerEvent): DebuggerState {
  switch (event.type) {
    case 'tokenEdited': {
      const decoded = decodeToken(event.text);
      // Show the cleaned token (no Bearer, no line breaks) unless it is not a compact token at all.
      const tokenText = decoded.parts.length > 1 ? decoded.token : event.text;
      return {
        ...state,
        tokenText,
        ...editorTexts(decoded),
        headerError: undefined,
        payloadError: undefined,
        revision: state.revision + 1,
        tokenOrigin: 'pasted',
      };
    }
    case 'headerEdited':
    case 'payloadEdited': {
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
      };
    }
    case 'tokenSigned':
      if (event.revision !== state.revision) return state;
      return { ...state, tokenText: event.token };
    case 'keyEdited':
      return { ...state, keyText: event.text };
    case 'secretEncodingChanged':
      return { ...state, secretEncoding: event.encoding };
    case 'validationChanged':
      return { ...state, validation: { ...state.validation, [event.field]: event.value } };
  }
}
