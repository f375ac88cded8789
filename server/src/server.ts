// The language server's entry point (bundled to dist/server/server.js). The transport
// (--stdio, --node-ipc, --socket=) comes from the command line, as vscode-languageclient
// and the LSP tests pass it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { TwelveFactorLanguageServer } from './lsp/languageServer';
import { tuneMemoryForScanning } from './lsp/memory';

tuneMemoryForScanning();

const connection = createConnection(ProposedFeatures.all);

// Whatever slips past the handlers' own guards is logged, not fatal: an editor session
// must not lose its linter over one bad file.
process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

new TwelveFactorLanguageServer(connection).listen();
