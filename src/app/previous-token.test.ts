import { describe, expect, it } from 'vitest';
import { debuggerReducer, initialState } from './debugger-reducer';
import type { DebuggerEvent, DebuggerState } from './debugger-reducer';

const reduce = (events: DebuggerEvent[], state: DebuggerState = initialState) =>
  events.reduce(debuggerReducer, state);
const A = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln';
const B = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJiIn0.c2ln';

describe('previousTokenText (compare with the token before the last edit)', () => {
  it('is the token before the last paste', () => {
    const state = reduce([
      { type: 'tokenEdited', text: A },
      { type: 'tokenEdited', text: B },
    ]);
    expect(state.tokenText).toBe(B);
    expect(state.previousTokenText).toBe(A);
  });

  it('is unchanged by a paste of the same token', () => {
    const state = reduce([
      { type: 'tokenEdited', text: A },
      { type: 'tokenEdited', text: B },
      { type: 'tokenEdited', text: B },
    ]);
    expect(state.previousTokenText).toBe(A);
  });

  it('keeps the token a run of editor edits started from', () => {
    const state = reduce([
      { type: 'tokenEdited', text: A },
      { type: 'payloadEdited', text: '{"sub":"ab"}' },
      { type: 'payloadEdited', text: '{"sub":"abc"}' },
      { type: 'headerPatched', patch: { kid: 'k' } },
    ]);
    expect(state.tokenText).not.toBe(A);
    expect(state.previousTokenText).toBe(A);
  });

  it('is not touched by a signature arriving for the current edit', () => {
    const edited = reduce([
      { type: 'tokenEdited', text: A },
      { type: 'payloadEdited', text: '{"sub":"x"}' },
    ]);
    const signed = debuggerReducer(edited, { type: 'tokenSigned', revision: edited.revision, token: B });
    expect(signed.previousTokenText).toBe(A);
  });
});
