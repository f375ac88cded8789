// Commands only the client implements (the shared ones are in server/src/lsp/protocol.ts).
// A module of its own, without `vscode`, so the manifest test can check they are contributed.
export const ClientOnlyCommands = {
  showChecklist: 'twelveFactor.showChecklist',
  fixAllInWorkspace: 'twelveFactor.fixAllInWorkspace',
} as const;
