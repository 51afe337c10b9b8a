// core/jwe: its public entry; app, features and shared import core/jwe only through this file, or through
// lazy.ts for the part loaded on demand (import(), or a static import from a lazily loaded chunk).
export type { DecryptionReport, GenerateJweKeyOptions, JweAlg, JweEnc, JwePartName } from './jwe';
export type { JweParts } from './jwe';
