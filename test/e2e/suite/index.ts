// The extension-host test entry (`extensionTestsPath`), in the shape both runners expect:
// test/e2e/runInVsCodeServer.mjs (VS Code server + Chromium, runnable here) and
// test/e2e/runWithTestElectron.mjs (@vscode/test-electron, on machines that can download VS Code).
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  // First: the rest of the suite then runs against the restarted server, which proves recovery further.
  mocha.addFile(path.join(__dirname, 'recovery.e2e.js'));
  mocha.addFile(path.join(__dirname, 'extension.e2e.js'));
  mocha.addFile(path.join(__dirname, 'webviewSecurity.e2e.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed.`)) : resolve()));
  });
}
