// Copy the token in its other serialization: as flattened JSON, or (a JSON token with one signature) as compact.
import { useMemo } from 'react';
import type { DecodedToken, ReencodeRefusal } from '../../core/token';
import { toCompact, toFlattenedJson } from '../../core/token';
import { CopyButton } from '../../shared/copy-button';
import { serializationMessages } from '../../i18n/en/serialization';
import { useMessages } from '../../i18n/use-messages';

export default function ReencodeButtons({ decoded }: { decoded: DecodedToken }) {
  const flattened = useMemo(() => toFlattenedJson(decoded), [decoded]);
  const compact = useMemo(() => toCompact(decoded), [decoded]);
  const W = useMessages(serializationMessages);
  const why: Record<ReencodeRefusal, string> = {
    'not-decoded': W.whyNotDecoded,
    'several-signatures': W.whySeveralSignatures,
    'several-recipients': W.whySeveralRecipients,
    'unprotected-header': W.whyUnprotectedHeader,
    detached: W.whyDetached,
    'unencoded-with-dot': W.whyUnencodedWithDot,
    already: W.whyAlready,
  };
  return (
    <>
      {(flattened.ok || flattened.reason !== 'already') && (
        <ReencodeCopy result={flattened} why={why} label={W.copyFlattened} testId="copy-as-flattened-json" />
      )}
      {decoded.json && (
        <ReencodeCopy result={compact} why={why} label={W.copyCompact} testId="copy-as-compact" />
      )}
    </>
  );
}

/** One copy button: enabled with the re-encoded text, or disabled with the reason as its tooltip. */
function ReencodeCopy({
  result,
  why,
  label,
  testId,
}: {
  result: ReturnType<typeof toCompact>;
  why: Record<ReencodeRefusal, string>;
  label: string;
  testId: string;
}) {
  return (
    <span title={result.ok ? undefined : why[result.reason]}>
      <CopyButton
        text={() => (result.ok ? result.text : '')}
        label={label}
        testId={testId}
        disabled={!result.ok}
        showLabel
      />
    </span>
  );
}
