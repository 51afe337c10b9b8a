// core/shared, loaded on demand: the registry of claim and header meanings (after the first render).
export * from './registry';
