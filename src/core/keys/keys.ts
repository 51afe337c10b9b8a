// The key reader's public face (loaded lazily with the first key typed): read the key box, choose a key, import it.
// parse-key.ts reads (read-secret, read-pem, read-jwk), select-key.ts chooses, import-key.ts imports.

export type {
  ImportedKey,
  ImportMemo,
  KeyDescription,
  KeyFormat,
  KeyInputReading,
  KeyMaterial,
  KeyPurpose,
  KeySide,
  KeyVisibility,
  ParsedKey,
  ParsedKeyInput,
  SecretEncoding,
} from './key-types';
export { createKeyReadCache, parseKeyInput, KEY_IMPORTS_BOUND, KEY_READINGS_BOUND } from './parse-key';
export type { KeyReadCache } from './parse-key';
export { canSign, checkKeyFitsAlg, keyWarnings, selectKeys, selectKeysFor } from './select-key';
export type { KeySelection } from './select-key';
export { secretBytesOf } from './read-secret';
export {
  importKeyMaterial,
  importParsedKey,
  importSigningKey,
  importVerificationKeys,
  minimalJwk,
} from './import-key';
