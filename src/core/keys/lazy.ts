// core/keys, loaded on demand: the key reader (PEM, DER, X.509, JWK, JWKS, selection, jose's import). Eager code
// reaches it only with `import()`; index.ts carries its types and the small modules the first render may use.
export * from './keys';
