// Entry bundled for Node by `npm run bench:hostile` (vite build --ssr): every core entry point user text reaches.
export { decodeToken } from '../src/core/token/token';
export { parseKeyInput } from '../src/core/keys/keys';
export { adviseToken } from '../src/core/advisor/advisor';
export { planDiscovery } from '../src/core/discovery/discovery';
export { makeSnippets } from '../src/core/snippets/snippets';
export { readPemBlocks } from '../src/core/keys/der';
export { decodeBase64 } from '../src/core/shared/base64url';
