// Reads a pasted SD-JWT with core/sd-jwt (loaded with the SD-JWT panel, only when one appears).
import { useEffect, useState } from 'react';
import type { DecodedToken } from '../../core/token';
import type { SdJwtInspection, SdJwtReading } from '../../core/sd-jwt';
import type { ValidationInputs } from '../../shared/debugger-state';

export type SdJwtView = SdJwtInspection;

export interface SdJwtState {
  view?: SdJwtView;
  busy: boolean;
}

export function useSdJwt(
  decoded: DecodedToken,
  validation: ValidationInputs,
  onReading?: (reading: SdJwtReading | undefined) => void,
): SdJwtState {
  const text = decoded.sdJwt?.text;
  const [result, setResult] = useState<{ for: unknown[]; view: SdJwtView }>();
  // A new text, or none: the page judges the issuer payload as it stands until the new reading arrives.
  useEffect(() => () => onReading?.(undefined), [text, onReading]);
  useEffect(() => {
    const view = decoded.payload?.view;
    if (text === undefined || view?.type !== 'claims') return;
    let stale = false;
    void import('../../core/sd-jwt')
      .then((core) => core.inspectSdJwtWith(text, decoded.header?.value, view.claims, validation))
      .then((v) => {
        if (stale) return;
        setResult({ for: [decoded, validation], view: v });
        onReading?.(v.reading);
      });
    return () => {
      stale = true;
    };
  }, [text, decoded, validation, onReading]);
  if (text === undefined) return { busy: false };
  return {
    view: result?.view.text === text ? result.view : undefined,
    busy: result?.for[0] !== decoded || result.for[1] !== validation,
  };
}
