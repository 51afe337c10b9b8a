// Compare: a second token beside the first, their differences by JSON Pointer, signatures, keys and claims.
import './compare-panel.css';
import { useMemo, useState } from 'react';
import type { ClaimVerdict } from '../../core/claims';
import type { SecretEncoding } from '../../core/keys';
import { firstProblem, formatJson, type DecodedToken } from '../../core/token';
import type { SignatureReport } from '../../core/jws';
import type { ValidationInputs } from '../../shared/debugger-state';
import { LazyDiffEditor } from '../../shared/code-editor/lazy-diff-editor';
import { describeProblem } from '../../shared/describe-problem';
import { describeClaimProblem, describeDifference } from './describe-comparison';
import { compareWordingMessages } from '../../i18n/en/compare-wording';
import { useMessages } from '../../i18n/use-messages';
import { useComparison } from './use-comparison';
import { compareMessages } from '../../i18n/en/compare';

const PART_KEYS = { header: 'partHeader', payload: 'partPayload', signature: 'partSignature' } as const;

export interface ComparePanelProps {
  /** The token in token-input, decoded. */
  first: DecodedToken;
  /** The token before the last paste or run of edits (empty when there is none). */
  previousTokenText: string;
  keyText: string;
  encoding: SecretEncoding;
  validation: ValidationInputs;
  now: number;
  /** signature-status's report on the first token. */
  firstReport: SignatureReport;
  firstBusy: boolean;
  theme: 'light' | 'dark';
  /** Puts a token in token-input (swap). */
  onTokenReplaced: (text: string) => void;
  /** signature-status's words for a report (the signature feature's wording, handed in by the app). */
  describeSignature: (report: SignatureReport, tokenKind: string | undefined) => string;
}

/** What the diff editor shows for one part: the pretty JSON, else the decoded text, else the segment. */
function partText(decoded: DecodedToken, part: 'header' | 'payload'): string {
  if (part === 'header') {
    const h = decoded.header;
    return h?.value ? formatJson(h.value) : (h?.text ?? decoded.parts[0] ?? '');
  }
  const view = decoded.payload?.view;
  if (view?.type === 'claims') return formatJson(view.claims);
  if (view?.type === 'text') return view.text;
  if (view?.type === 'binary') return view.hex;
  return decoded.parts[decoded.kind === 'jwe' ? 3 : 1] ?? '';
}

function Verdict({
  which,
  report,
  busy,
  kind,
  describeSignature,
}: {
  which: 'first' | 'second';
  report?: SignatureReport;
  busy: boolean;
  kind?: string;
  describeSignature: ComparePanelProps['describeSignature'];
}) {
  const t = useMessages(compareMessages);
  return (
    <li
      data-testid="compare-verification"
      data-token={which}
      data-state={report?.state}
      data-busy={busy ? 'true' : undefined}
    >
      {which === 'first' ? t.firstToken : t.secondToken}
      {busy || !report ? t.checking : describeSignature(report, kind)}
    </li>
  );
}

/** The claim problems only one of the two tokens has, each item marked with which. */
function ProblemsOnlyIn({ which, problems }: { which: 'first' | 'second'; problems: ClaimVerdict[] }) {
  const t = useMessages(compareMessages);
  return problems.map((v) => (
    <li key={`${v.name}${v.status}`} data-token={which} data-claim={v.name} data-status={v.status}>
      {which === 'first' ? t.firstOnly : t.secondOnly}
      {describeClaimProblem(v)}
    </li>
  ));
}

/** The two tokens' header or payload side by side. */
function PartDiff({
  part,
  texts: [original, modified],
  ariaLabel,
  theme,
}: {
  part: 'header' | 'payload';
  texts: readonly [string, string];
  ariaLabel: string;
  theme: 'light' | 'dark';
}) {
  return (
    <div
      className={part === 'payload' ? 'diff-box payload' : 'diff-box'}
      data-testid={`compare-${part}-diff`}
    >
      <LazyDiffEditor
        name={`compare-${part}`}
        original={original}
        modified={modified}
        ariaLabel={ariaLabel}
        theme={theme}
      />
    </div>
  );
}

export function ComparePanel(props: ComparePanelProps) {
  useMessages(compareWordingMessages); // the difference rows' words follow the language
  const { first, previousTokenText, theme, onTokenReplaced } = props;
  const t = useMessages(compareMessages);
  const [secondText, setSecondText] = useState('');
  const { second, comparison, secondReport, busy } = useComparison(
    first,
    secondText,
    props.keyText,
    props.encoding,
    props.validation,
    props.now,
  );
  const secondProblem = second && firstProblem(second);
  // Memoised: the panel renders every second (the live clock), and a large payload is costly to print.
  const texts = useMemo(
    () =>
      second && {
        header: [partText(first, 'header'), partText(second, 'header')] as const,
        payload: [partText(first, 'payload'), partText(second, 'payload')] as const,
      },
    [first, second],
  );
  const swap = () => {
    const firstText = first.token;
    onTokenReplaced(secondText);
    setSecondText(firstText);
  };

  return (
    <section className="panel compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <h2 id="compare-title">{t.heading}</h2>
      <textarea
        data-testid="compare-input"
        aria-label={t.secondLabel}
        spellCheck={false}
        autoComplete="off"
        placeholder={t.placeholder}
        value={secondText}
        onChange={(e) => setSecondText(e.target.value)}
      />
      <div className="compare-actions">
        <button
          type="button"
          className="small"
          data-testid="compare-swap"
          disabled={secondText.trim() === ''}
          onClick={swap}
        >
          {t.swap}
        </button>
        <button
          type="button"
          className="small"
          data-testid="compare-previous"
          disabled={previousTokenText === '' || previousTokenText === secondText}
          title={t.previousTitle}
          onClick={() => setSecondText(previousTokenText)}
        >
          {t.previous}
        </button>
      </div>
      {second === undefined ? (
        <p className="muted">{t.nothing}</p>
      ) : (
        <>
          {secondProblem && (
            <p role="status">
              {t.secondProblem({
                part:
                  secondProblem.part in PART_KEYS
                    ? t[PART_KEYS[secondProblem.part as keyof typeof PART_KEYS]]
                    : secondProblem.part,
                problem: describeProblem(secondProblem.problem),
              })}
            </p>
          )}
          {comparison && (
            <>
              <p data-testid="compare-summary">
                {comparison.differences.length === 0
                  ? t.same
                  : `${t.differences(comparison.differences.length)}${
                      comparison.signatureDiffers ? t.signaturesDiffer : t.signaturesSame
                    }`}
              </p>
              <ul className="diff-rows" aria-label={t.differencesLabel}>
                {comparison.differences.map((d) => (
                  <li
                    key={`${d.part}${d.path}`}
                    data-testid="diff-row"
                    data-part={d.part}
                    data-path={d.path}
                    data-change={d.change}
                  >
                    <span className="diff-part">{t[PART_KEYS[d.part]]}</span>
                    {describeDifference(d)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{t.keyInBox}</h3>
          <ul className="compare-verdicts">
            <Verdict
              which="first"
              report={props.firstReport}
              busy={props.firstBusy}
              kind={first.kind}
              describeSignature={props.describeSignature}
            />
            <Verdict
              which="second"
              report={secondReport}
              busy={busy}
              kind={second.kind}
              describeSignature={props.describeSignature}
            />
          </ul>
          {comparison &&
            (comparison.problemsOnlyInFirst.length > 0 || comparison.problemsOnlyInSecond.length > 0) && (
              <>
                <h3>{t.claimProblems}</h3>
                <ul className="compare-verdicts" data-testid="compare-claim-problems">
                  <ProblemsOnlyIn which="first" problems={comparison.problemsOnlyInFirst} />
                  <ProblemsOnlyIn which="second" problems={comparison.problemsOnlyInSecond} />
                </ul>
              </>
            )}
          {comparison && texts && (
            <>
              <h3>{t.sideBySide}</h3>
              <PartDiff part="header" texts={texts.header} ariaLabel={t.headerDiff} theme={theme} />
              <PartDiff part="payload" texts={texts.payload} ariaLabel={t.payloadDiff} theme={theme} />
            </>
          )}
        </>
      )}
    </section>
  );
}
