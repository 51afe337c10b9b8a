// Split, clean and decode pasted JWS / JWE tokens part by part (sync, never throws): the token area's public API.

export type {
  Cleanup,
  DecodedHeader,
  DecodedPayload,
  DecodedToken,
  JsonObject,
  PayloadView,
  TokenKind,
} from './types';
export { firstProblem } from './types';
export { cleanTokenInput } from './clean';
export { decodeHeaderSegment, decodePayloadSegment } from './segments';
export { decodeToken } from './decode';
export { createTokenDecoder, type TokenDecoder } from './memo';
export { encodeJsonSegment, formatJson } from './format';
