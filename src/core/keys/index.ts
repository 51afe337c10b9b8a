// core/keys: its public entry; app, features and shared import core/keys only through this file, or through
// lazy.ts for the part loaded on demand (import(), or a static import from a lazily loaded chunk).
import type * as KeyReaderModule from './lazy';
export type { KeyDescription, KeyFormat, KeyInputReading, SecretEncoding } from './keys';
export { RSA_MODULUS_LENGTHS, generateKey } from './generate-key';
export type { GeneratedKey } from './generate-key';
export { exportKey } from './key-export';
export type { ExportedKey } from './key-export';

/** The key reader (lazy.ts) as a module: what `import('core/keys/lazy')` resolves to. */
export type KeyReader = typeof KeyReaderModule;
