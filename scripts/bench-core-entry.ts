// Entry bundled for Node by `npm run bench` (vite build --ssr): the core's decode + verify, and bare jose, side by side.
export { decodeToken } from '../src/core/token/token';
export { createKeyReadCache, parseKeyInput } from '../src/core/keys/keys';
export { verifyDecodedToken } from '../src/core/jws/verify';
export { compactVerify, decodeJwt, decodeProtectedHeader, importSPKI } from 'jose';
