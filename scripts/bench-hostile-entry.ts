// Entry bundled for Node by `npm run bench:hostile` (vite build --ssr): every core entry point user text reaches.
export { decodeToken } from '../src/core/token';
export { parseKeyInput } from '../src/core/keys';
export { adviseToken } from '../src/core/advisor';
export { planDiscovery } from '../src/core/discovery';
export { makeSnippets } from '../src/core/snippets';
export { readPemBlocks } from '../src/core/der';
export { decodeBase64 } from '../src/core/base64url';
