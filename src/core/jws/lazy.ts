// core/jws, loaded on demand: signing. Eager code reaches it only with `import()`; index.ts carries its types.
export * from './sign';
