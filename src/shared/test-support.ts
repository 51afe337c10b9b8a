// Shared checks for the wording modules' tests (describe-*.test.ts).

import { expect, it } from 'vitest';
import type { Problem } from '../core/shared';

/**
 * Declares the tests every problem-wording module owes: each of `problems` gets words of its own with every
 * detail filled in (no `undefined`, no `[object …]`), and `othersProblem`, a code another module owns, is left
 * to that module (undefined).
 */
export function itWordsEachProblem<P extends Problem>(
  describeProblem: (problem: Problem) => string | undefined,
  problems: readonly P[],
  othersProblem: Problem,
): void {
  it.each(problems.map((p) => [p.code, p] as const))('describes %s', (_code, problem) => {
    const text = describeProblem(problem);
    expect(text?.length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|\[object/);
  });

  it(`leaves ${othersProblem.code} to the module that owns it`, () => {
    expect(describeProblem(othersProblem)).toBeUndefined();
  });
}
