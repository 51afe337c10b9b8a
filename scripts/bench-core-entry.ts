// Entry bundled for Node by `npm run bench` (vite build --ssr): the core's decode + verify, and bare jose, side by side.
export { decodeToken } from '../src/core/token';
export { parseKeyInput } from '../src/core/keys';
export { verifyDecodedToken } from '../src/core/verify';
export { compactVerify, decodeJwt, decodeProtectedHeader, importSPKI } from 'jose';
