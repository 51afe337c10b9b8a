// The wording modules' common entry: a problem described by the module that owns its codes, or undefined so
// that the caller can ask the next module (as describe-problem.ts chains describeKeyProblem).
import type { Problem } from '../core/shared';

/**
 * Describes the problems whose codes start with `prefix` with `explain`, in `t`'s language (the current one
 * by default); undefined for codes owned by other modules.
 */
export function describeOwned<P extends Problem, W>(
  prefix: string,
  messages: { get(): W },
  explain: (problem: P, t: W) => string,
): (problem: Problem, t?: W) => string | undefined {
  return (problem, t = messages.get()) =>
    problem.code.startsWith(prefix) ? explain(problem as P, t) : undefined;
}
