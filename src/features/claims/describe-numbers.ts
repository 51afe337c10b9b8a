// Words for a number the token wrote in a way JSON.parse cannot give back (1e400, -0, 12345678901234567890, 1.0).
import type { InexactNumber } from '../../core/shared';

/** One sentence for the claims table: what the token wrote and what a JavaScript reader makes of it. */
export function describeInexactNumber(n: InexactNumber): string {
  switch (n.reason) {
    case 'out-of-range':
      return `Written as ${n.lexeme} in the token: out of range for a JavaScript number, so it is read as ${String(n.parsed)}; other libraries may read it differently or refuse it.`;
    case 'imprecise':
      return `Written as ${n.lexeme} in the token: too precise for a JavaScript number, so it is read as ${String(n.parsed)}.`;
    case 'negative-zero':
      return `Written as ${n.lexeme} in the token: read as 0.`;
    case 'notation':
      return `Written as ${n.lexeme} in the token: the same value as ${String(n.parsed)}.`;
  }
}
