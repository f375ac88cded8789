// The language server as the extension starts it (dist/server/main.js): loads the server bundle
// (dist/server/server.js, 4 MB with TypeScript) through V8's code cache, kept in the folder the
// client names in TWELVE_FACTOR_CODE_CACHE_DIR (the extension's global storage), so every start
// after the first skips most of compiling it (bundleLoader.ts). Without that variable — the LSP
// tests, other editors starting server.js's sibling — it loads the bundle as Node would.
import { join } from 'node:path';
import { loadBundle } from './bundleLoader';
import { CODE_CACHE_DIR_VARIABLE } from './lsp/protocol';
import { tuneMemoryForScanning } from './lsp/memory';

// V8 accepts a code cache only under the flags it was made with. The server sets its memory
// flags as it starts (server.ts); set them before compiling, so the cache written at exit is
// made, and checked at the next start, under the same flags.
tuneMemoryForScanning();
const cacheDirectory = process.env[CODE_CACHE_DIR_VARIABLE];
loadBundle(join(__dirname, 'server.js'), { cachePath: cacheDirectory ? join(cacheDirectory, 'server.js.v8-cache') : undefined, saveCache: true });
