// Entry bundled for Node by `npm run bench:hostile` (vite build --ssr): every core entry point user text reaches.
export { decodeToken } from '../src/core/token/token';
export { parseKeyInput } from '../src/core/keys/keys';
export { adviseToken } from '../src/core/advisor/advisor';
export { discoverKeys, planDiscovery } from '../src/core/discovery/discovery';
export { formatJsonKeepingNumbers } from '../src/core/shared/json-numbers';
export { findInexactNumbers } from '../src/core/shared/number-reasons';
export { formatJson } from '../src/core/token/token';
export { makeSnippets } from '../src/core/snippets/snippets';
export { readPemBlocks } from '../src/core/keys/der';
export { decodeBase64 } from '../src/core/shared/base64url';
