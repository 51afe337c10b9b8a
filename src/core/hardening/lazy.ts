// core/hardening, loaded on demand: whether a key handed over in a link is public key material only.
export * from './link-key';
