// SD-JWT VC (draft-ietf-oauth-sd-jwt-vc): recognise the media types and read vct and the status list reference.

import type { JsonObject } from '../token/token';

export type SdJwtTyp = 'dc+sd-jwt' | 'vc+sd-jwt' | 'sd-jwt' | 'example+sd-jwt' | 'other' | 'absent';

export interface SdJwtVcInfo {
  typ: SdJwtTyp;
  /** The header's `typ` as given. */
  typText?: string;
  /** The credential type (`vct`), when present. */
  vct?: string;
  vctIntegrity?: string;
  /** A Token Status List reference (`status.status_list`), shown and never fetched. */
  statusList?: { uri?: string; idx?: number };
  /** Any other `status` mechanism, by its member names. */
  otherStatus?: string[];
}

const KNOWN: SdJwtTyp[] = ['dc+sd-jwt', 'vc+sd-jwt', 'sd-jwt', 'example+sd-jwt'];

/** Reads what an issuer JWT says about being an SD-JWT VC; pure and sync. */
export function readSdJwtVc(header: JsonObject | undefined, payload: JsonObject): SdJwtVcInfo {
  const rawTyp = header?.typ;
  const typText = typeof rawTyp === 'string' ? rawTyp : undefined;
  // RFC 8725 §3.11 / RFC 7515 §4.1.9: `application/` may be omitted and the comparison is case-insensitive.
  const normal = typText?.toLowerCase().replace(/^application\//, '');
  const typ: SdJwtTyp = normal === undefined ? 'absent' : (KNOWN.find((k) => k === normal) ?? 'other');
  const info: SdJwtVcInfo = { typ, typText };
  if (typeof payload.vct === 'string') info.vct = payload.vct;
  if (typeof payload['vct#integrity'] === 'string') info.vctIntegrity = payload['vct#integrity'];
  const status = payload.status;
  if (typeof status === 'object' && status !== null && !Array.isArray(status)) {
    const s = status as JsonObject;
    const list = s.status_list;
    if (typeof list === 'object' && list !== null) {
      const l = list as JsonObject;
      info.statusList = {
        uri: typeof l.uri === 'string' ? l.uri : undefined,
        idx: typeof l.idx === 'number' ? l.idx : undefined,
      };
    }
    const others = Object.keys(s).filter((k) => k !== 'status_list');
    if (others.length > 0) info.otherStatus = others;
  }
  return info;
}
