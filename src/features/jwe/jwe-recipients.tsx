// jwe-recipient: one item per recipient of a JSON-serialized JWE, saying which one the key decrypted for.
// All of this component's wording is in RECIPIENT_WORDS, to move into a catalogue as one piece.
import type { DecryptionReport, JweParts } from '../../core/jwe/jwe';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from './describe-jwe';

export const RECIPIENT_WORDS = {
  heading: (count: number, serialization: string) =>
    `Recipients (${count}, ${serialization} JSON serialization)`,
  title: (index: number) => `Recipient ${index + 1}`,
  decrypted: 'the key decrypted the token for this recipient.',
  untried: 'not tried.',
  noKey: 'no key yet.',
  unsupported: 'this browser cannot decrypt for this recipient.',
  failed: 'the key does not open it.',
};

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function JweRecipients({
  json,
  report,
}: {
  json: NonNullable<JweParts['json']>;
  report: DecryptionReport;
}) {
  const W = RECIPIENT_WORDS;
  return (
    <div className="jwe-recipients">
      <h3>{W.heading(json.recipients.length, json.serialization)}</h3>
      <ol>
        {json.recipients.map((recipient) => {
          const row = report.recipients?.find((r) => r.index === recipient.index);
          const state = row?.state ?? (report.state === 'no-key' ? 'no-key' : 'untried');
          const alg = str(recipient.joseHeader.alg);
          const kid = str(recipient.joseHeader.kid);
          const problem = row?.problem
            ? (describeJweProblem(row.problem) ?? describeProblem(row.problem))
            : undefined;
          const text =
            state === 'decrypted'
              ? W.decrypted
              : state === 'no-key'
                ? W.noKey
                : state === 'untried'
                  ? W.untried
                  : (problem ?? (state === 'unsupported' ? W.unsupported : W.failed));
          return (
            <li
              key={recipient.index}
              data-testid="jwe-recipient"
              data-index={recipient.index}
              data-alg={alg}
              data-kid={kid}
              data-state={state}
              className={`status state-${state}`}
            >
              <strong>{W.title(recipient.index)}</strong>
              {alg ? ` · ${alg}` : ''}
              {kid ? ` · kid ${kid}` : ''}: {text}
              {recipient.header && (
                <div className="muted">
                  <code>{JSON.stringify(recipient.header)}</code>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
