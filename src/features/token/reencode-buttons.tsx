// Copy the token in its other serialization: as flattened JSON, or (a JSON token with one signature) as compact.
// All of this component's wording is in REENCODE_WORDS, to move into a catalogue as one piece.
import { useMemo } from 'react';
import type { DecodedToken, ReencodeRefusal } from '../../core/token/token';
import { toCompact, toFlattenedJson } from '../../core/token/reencode';
import { CopyButton } from '../../shared/copy-button';

export const REENCODE_WORDS = {
  flattened: 'Copy as flattened JSON',
  compact: 'Copy as compact',
  why: {
    'not-decoded': 'Nothing decoded to re-encode.',
    'several-signatures': 'The compact and flattened forms carry one signature; this token has several.',
    'several-recipients': 'The compact and flattened forms carry one recipient; this token has several.',
    'unprotected-header': 'The compact form has no unprotected header: it would be lost.',
    detached: 'The payload is detached.',
    'unencoded-with-dot': 'An unencoded payload ("b64": false) with a "." cannot be compact (RFC 7797 §5.2).',
    already: 'The token is already in this form.',
  } satisfies Record<ReencodeRefusal, string>,
};

export default function ReencodeButtons({ decoded }: { decoded: DecodedToken }) {
  const flattened = useMemo(() => toFlattenedJson(decoded), [decoded]);
  const compact = useMemo(() => toCompact(decoded), [decoded]);
  const W = REENCODE_WORDS;
  return (
    <>
      {(flattened.ok || flattened.reason !== 'already') && (
        <span title={flattened.ok ? undefined : W.why[flattened.reason]}>
          <CopyButton
            text={() => (flattened.ok ? flattened.text : '')}
            label={W.flattened}
            testId="copy-as-flattened-json"
            disabled={!flattened.ok}
          />
        </span>
      )}
      {decoded.json && (
        <span title={compact.ok ? undefined : W.why[compact.reason]}>
          <CopyButton
            text={() => (compact.ok ? compact.text : '')}
            label={W.compact}
            testId="copy-as-compact"
            disabled={!compact.ok}
          />
        </span>
      )}
    </>
  );
}
