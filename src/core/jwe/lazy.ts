// core/jwe, loaded on demand: decrypt, encrypt and describe encrypted tokens. Eager code reaches it only with
// `import()`; index.ts carries its types.
export * from './jwe';
