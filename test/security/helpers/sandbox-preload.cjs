// Preloaded with `node --require` into the CLI and the language server under test. It makes
// every network API throw, and makes loading or running anything from the workspace under
// test throw, recording each attempt (one JSON line) in $TF_SANDBOX_LOG. The security tests
// assert the log stays empty while the tools still give their normal answers.
// CommonJS on purpose: it must load before the bundles, with no build step.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const logPath = process.env.TF_SANDBOX_LOG;
const workspace = process.env.TF_SANDBOX_WORKSPACE ? path.resolve(process.env.TF_SANDBOX_WORKSPACE) : undefined;

function record(kind, detail) {
  if (logPath) fs.appendFileSync(logPath, `${JSON.stringify({ kind, detail: String(detail), pid: process.pid })}\n`);
}

function blocked(kind, name) {
  return function blockedCall(...args) {
    const target = args.length > 0 && typeof args[0] !== 'function' ? safeDescribe(args[0]) : '';
    record(kind, `${name}(${target})`);
    throw new Error(`twelve-factor sandbox: ${name} is not allowed (${target})`);
  };
}

function safeDescribe(value) {
  try {
    return typeof value === 'string' ? value : JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}

// --- Network ---------------------------------------------------------------------------------
const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) net[name] = blocked('network', `net.${name}`);
net.Socket.prototype.connect = blocked('network', 'net.Socket.connect');
const tls = require('node:tls');
tls.connect = blocked('network', 'tls.connect');
for (const moduleName of ['http', 'https', 'http2']) {
  const mod = require(`node:${moduleName}`);
  for (const name of ['request', 'get', 'connect', 'createServer']) if (typeof mod[name] === 'function') mod[name] = blocked('network', `${moduleName}.${name}`);
}
const dns = require('node:dns');
for (const name of Object.keys(dns)) if (typeof dns[name] === 'function' && /^(lookup|resolve)/.test(name)) dns[name] = blocked('network', `dns.${name}`);
for (const name of Object.keys(dns.promises)) if (typeof dns.promises[name] === 'function' && /^(lookup|resolve)/.test(name)) dns.promises[name] = blocked('network', `dns.promises.${name}`);
const dgram = require('node:dgram');
dgram.createSocket = blocked('network', 'dgram.createSocket');
globalThis.fetch = blocked('network', 'fetch');
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = blocked('network', 'WebSocket');

// --- Workspace code --------------------------------------------------------------------------
// Nothing under the workspace is ever loaded as a module (require, import of a config file…).
if (workspace) {
  const inside = (file) => typeof file === 'string' && (file === workspace || file.startsWith(workspace + path.sep));
  const originalLoad = Module._load;
  Module._load = function guardedLoad(request, parent, isMain) {
    let resolved;
    try {
      resolved = Module._resolveFilename(request, parent, isMain);
    } catch {
      resolved = request;
    }
    if (inside(resolved) || inside(request)) {
      record('workspace-code', `require(${request})`);
      throw new Error(`twelve-factor sandbox: loading workspace code is not allowed (${request})`);
    }
    return originalLoad.apply(this, arguments);
  };
  // …and no program is started from it, nor any program at all: analysis never spawns.
  const childProcess = require('node:child_process');
  for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) childProcess[name] = blocked('process', `child_process.${name}`);
  // The server's own memory tuning evaluates the one word `gc` (see server/src/lsp/memory.ts);
  // any other code string evaluated through vm would be code from somewhere else.
  const vm = require('node:vm');
  for (const name of ['runInThisContext', 'runInNewContext', 'runInContext', 'compileFunction']) {
    const original = vm[name];
    const refuse = blocked('eval', `vm.${name}`);
    vm[name] = function guardedVm(code, ...rest) {
      if (name === 'runInNewContext' && code === 'gc') return original.call(this, code, ...rest);
      return refuse(code, ...rest);
    };
  }
}
