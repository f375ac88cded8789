// The checklist webview's page, as the real provider builds it inside VS Code's extension
// host: a strict CSP (no 'unsafe-inline'/'unsafe-eval', nothing remote), every script carrying
// the CSP nonce, every resource loaded from the extension's media folder and nowhere else,
// and webview options limited to that folder. The provider is driven with a recording
// WebviewView, so the HTML and options it sets can be read back.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { describe, it } from 'mocha';
import { ChecklistViewProvider } from '../../../client/src/checklist/checklistViewProvider';

const EXTENSION_ID = 'twelve-factor-guide.twelve-factor-guide';
/** What VS Code's own asWebviewUri produces looks like this origin; a fake one keeps the check exact. */
const WEBVIEW_ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';

interface RecordedView {
  view: vscode.WebviewView;
  webview: { html: string; options: vscode.WebviewOptions };
}

function recordingView(): RecordedView {
  const noop: vscode.Disposable = { dispose: () => undefined };
  const webview = {
    html: '',
    options: {} as vscode.WebviewOptions,
    cspSource: WEBVIEW_ORIGIN,
    asWebviewUri: (uri: vscode.Uri) => vscode.Uri.parse(`${WEBVIEW_ORIGIN}${uri.path}`),
    onDidReceiveMessage: () => noop,
    postMessage: async () => true,
  };
  const view = { webview, visible: false, onDidChangeVisibility: () => noop, onDidDispose: () => noop, viewType: 'test', show: () => undefined } as unknown as vscode.WebviewView;
  return { view, webview };
}

function resolveHtml(extensionUri: vscode.Uri): RecordedView['webview'] {
  const provider = new ChecklistViewProvider(extensionUri, {
    scanWorkspace: async () => undefined,
    fixAllInFolder: async () => undefined,
    showRuleDocs: async () => undefined,
    isOurs: () => false,
  });
  try {
    const recorded = recordingView();
    provider.resolveWebviewView(recorded.view);
    return recorded.webview;
  } finally {
    provider.dispose();
  }
}

describe('checklist webview security', () => {
  it('has a strict CSP, nonce-bearing scripts only, and loads nothing from outside its media folder', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const mediaRoot = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'media', 'checklist');
    const { html, options } = resolveHtml(extension.extensionUri);

    // Options: scripts yes (the page's own), command links no, local resources: the media folder only.
    assert.equal(options.enableScripts, true);
    assert.equal(options.enableCommandUris, false);
    assert.deepEqual((options.localResourceRoots ?? []).map((uri) => uri.toString()), [mediaRoot.toString()]);

    const cspMatch = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    assert.ok(cspMatch, 'a CSP meta tag');
    const csp = cspMatch[1]!;
    const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name!, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|\bhttps?:(?!\/\/file\+)|\bdata:|\bblob:/, `CSP: ${csp}`);
    const scriptSources = directives.get('script-src') ?? [];
    assert.equal(scriptSources.length, 1, `script-src allows only the nonce: ${scriptSources.join(' ')}`);
    const nonce = /^'nonce-([A-Za-z0-9+/=]{16,})'$/.exec(scriptSources[0]!)?.[1];
    assert.ok(nonce, `a nonce of at least 16 characters: ${scriptSources[0]}`);

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0, 'the page has its script');
    for (const [, attributes, body] of scripts) {
      // Compared as text: a base64 nonce holds '+' and '/', which a regular expression would read as syntax.
      assert.ok(` ${attributes!}`.includes(` nonce="${nonce}"`), `script carries the nonce: <script${attributes}>`);
      assert.equal(body!.trim(), '', 'no inline script body');
    }
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=|javascript:/i, 'no inline styles, event handlers or javascript: URLs');

    // Every resource the page names lives in the media folder (and exists there).
    const resources = [...html.matchAll(/\b(?:src|href)="([^"]+)"/gi)].map((match) => match[1]!);
    assert.ok(resources.length >= 2);
    // The provider writes Uri.toString() (percent-encoded): compare in that form.
    const prefix = `${vscode.Uri.parse(`${WEBVIEW_ORIGIN}${mediaRoot.path}`).toString()}/`;
    for (const resource of resources) {
      assert.ok(resource.startsWith(prefix), `${resource} is under the media folder`);
      const file = vscode.Uri.joinPath(mediaRoot, decodeURIComponent(resource.slice(prefix.length)));
      assert.ok(existsSync(file.fsPath), `${file.fsPath} exists`);
      if (file.path.endsWith('.css')) {
        // Stylesheets may pull fonts: those must be relative (same folder), never remote.
        for (const [, url] of readFileSync(file.fsPath, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)/g)) assert.doesNotMatch(url!, /^(https?:|\/\/|data:)/, `${file.path}: url(${url})`);
      }
    }

    // A fresh nonce per page.
    const again = resolveHtml(extension.extensionUri).html;
    assert.notEqual(/'nonce-([^']+)'/.exec(again)?.[1], nonce);
  });
});
