// jwe-recipient: one item per recipient of a JSON-serialized JWE, saying which one the key decrypted for.
import type { DecryptionReport, JweParts } from '../../core/jwe';
import { describeProblem } from '../../shared/describe-problem';
import { describeJweProblem } from '../../shared/describe-jwe';
import { serializationMessages } from '../../i18n/en/serialization';
import { useMessages } from '../../i18n/use-messages';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function JweRecipients({
  json,
  report,
}: {
  json: NonNullable<JweParts['json']>;
  report: DecryptionReport;
}) {
  const W = useMessages(serializationMessages);
  return (
    <div className="jwe-recipients">
      <h3>
        {W.recipientsHeading({
          count: json.recipients.length,
          serialization: json.serialization === 'general' ? W.general : W.flattened,
        })}
      </h3>
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
              ? W.recipientDecrypted
              : state === 'no-key'
                ? W.recipientNoKey
                : state === 'untried'
                  ? W.recipientUntried
                  : (problem ?? (state === 'unsupported' ? W.recipientUnsupported : W.recipientFailed));
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
              <strong>{W.recipientTitle({ n: recipient.index + 1 })}</strong>
              {alg ? ` · ${alg}` : ''}
              {kid ? ` · ${W.kid({ kid })}` : ''}: {text}
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
