// Library verdicts: how PyJWT, jsonwebtoken and jose would judge this token with this key and these options.

import { judgeWithJose } from './jose';
import { judgeWithJsonwebtoken } from './jsonwebtoken';
import { judgeWithPyjwt } from './pyjwt';
import type { LibraryCase, LibraryVerdict } from './types';

export type * from './types';
export { JOSE_VERSION } from './jose';
export { JSONWEBTOKEN_VERSION } from './jsonwebtoken';
export { PYJWT_VERSION } from './pyjwt';
export { judgeWithJose, judgeWithJsonwebtoken, judgeWithPyjwt };

/** Each modelled library's verdict, in a fixed order (PyJWT, jsonwebtoken, jose). */
export function judgeWithLibraries(c: LibraryCase): LibraryVerdict[] {
  return [judgeWithPyjwt(c), judgeWithJsonwebtoken(c), judgeWithJose(c)];
}
export { libraryKeyOf, signatureOutcomeOf } from './from-page';
