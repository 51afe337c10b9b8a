// core/hardening: its public entry; app, features and shared import core/hardening only through this file, or through
// lazy.ts for the part loaded on demand (import(), or a static import from a lazily loaded chunk).
export type { KeySource } from './findings';
