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
        <span title={flattened.ok ? undefined : why[flattened.reason]}>
          <CopyButton
            text={() => (flattened.ok ? flattened.text : '')}
            label={W.copyFlattened}
            testId="copy-as-flattened-json"
            disabled={!flattened.ok}
            showLabel
          />
        </span>
      )}
      {decoded.json && (
        <span title={compact.ok ? undefined : why[compact.reason]}>
          <CopyButton
            text={() => (compact.ok ? compact.text : '')}
            label={W.copyCompact}
            testId="copy-as-compact"
            disabled={!compact.ok}
            showLabel
          />
        </span>
      )}
    </>
  );
}
