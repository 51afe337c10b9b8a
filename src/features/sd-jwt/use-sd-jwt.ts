// Reads a pasted SD-JWT (disclosures, §7.1 problems, key binding) with core/sd-jwt, loaded only when one appears.
import { useEffect, useState } from 'react';
import { parseEvaluationTime, splitList } from '../../core/claims';
import type { DecodedToken, JsonObject } from '../../core/token';
import type { KeyBindingReport, SdJwtReading, SdJwtVcInfo } from '../../core/sd-jwt';
import type { ValidationInputs } from '../../state/debugger-reducer';
import { useNow } from '../../state/use-now';

export interface SdJwtView {
  text: string;
  reading: SdJwtReading;
  keyBinding: KeyBindingReport;
  vc: SdJwtVcInfo;
}

export interface SdJwtState {
  /** The latest reading; it may belong to an earlier text while `busy`. */
  view?: SdJwtView;
  busy: boolean;
}

const loadCore = () => import('../../core/sd-jwt');

export function useSdJwt(decoded: DecodedToken, validation: ValidationInputs): SdJwtState {
  const text = decoded.sdJwt?.text;
  const view = decoded.payload?.view;
  const claims: JsonObject | undefined = view?.type === 'claims' ? view.claims : undefined;
  const header = decoded.header?.value;
  const evaluation = parseEvaluationTime(validation.evaluationTime);
  const fixed = evaluation.ok ? evaluation.seconds : undefined;
  // The KB-JWT's iat is judged at the same moment as the claims; a live clock only matters while one is shown.
  const liveNow = useNow(fixed === undefined && text !== undefined);
  const now = fixed ?? liveNow;
  const tolerance = Number(validation.clockTolerance);
  const clockTolerance = Number.isFinite(tolerance) && tolerance > 0 ? tolerance : 0;
  const { audience, nonce } = validation;
  const [result, setResult] = useState<{ key: unknown[]; view: SdJwtView } | undefined>();

  useEffect(() => {
    if (text === undefined || !claims) return;
    let stale = false;
    void loadCore().then(async (core) => {
      const reading = await core.readSdJwt(text, claims);
      const keyBinding = await core.checkKeyBinding(reading, claims, {
        now,
        clockTolerance,
        audience: splitList(audience),
        nonce: nonce.trim(),
      });
      const vc = core.readSdJwtVc(header, claims);
      if (!stale)
        setResult({ key: [text, clockTolerance, audience, nonce], view: { text, reading, keyBinding, vc } });
    });
    return () => {
      stale = true;
    };
  }, [text, claims, header, now, clockTolerance, audience, nonce]);

  if (text === undefined) return { busy: false };
  // A tick of the live clock re-checks iat quietly: only a new text or option marks the verdict busy.
  const key = [text, clockTolerance, audience, nonce];
  const busy = !result || result.key.some((k, i) => k !== key[i]);
  return { view: result?.view.text === text ? result.view : undefined, busy };
}
