// core/token: its public entry; app, features and shared import core/token only through this file.
export { decodeToken, encodeJsonSegment, firstProblem, formatJson } from './token';
export type { DecodedToken, JsonObject } from './token';
export { attachDetachedPayload, createTokenDecoder } from './token';
export type { ReencodeRefusal } from './token';
export { toCompact, toFlattenedJson } from './reencode';
