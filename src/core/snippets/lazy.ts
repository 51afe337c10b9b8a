// core/snippets/lazy: what loads on demand (deriving the public part of a private key for a snippet).
export * from './public-key';
