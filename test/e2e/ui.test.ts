// UI tests of the product as a user gets it: the packaged VSIX installed into a fresh
// code-server (VS Code 1.139 in the browser), examples/ opened, driven by Chromium through
// playwright-core. Each test saves a screenshot in .e2e-screenshots/ (git-ignored).
//
//   npm test -- e2e        (after bash test/e2e/install.sh and apt-get install chromium)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import type * as CodeServer from './codeServer.mjs';

const REPO_ROOT = join(__dirname, '..', '..');
const SCREENSHOTS = join(REPO_ROOT, '.e2e-screenshots');
const SECRET_FILE = 'legacy-shop-api/src/routes/checkout.ts';
/** 1-based, as the status bar shows it: `new Stripe('sk_live_…')`. */
const SECRET_LINE = 9;
const SECRET_COLUMN = 27;

/** Runs in the page (inside `evaluate`), where the DOM exists; this file is compiled without DOM types. */
declare function getComputedStyle(element: unknown): { color: string };

type Counts = Record<'error' | 'warning' | 'information' | 'hint', number>;
type CountsByFactor = Record<number, Counts>;

interface CliFinding {
  factor: number;
  severity: keyof Counts;
}

function emptyCounts(): Counts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

/** What the CLI (same engine, same files) finds, per factor: what the checklist must show. */
function expectedCounts(workspace: string): CountsByFactor {
  const cli = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'twelve-factor.js'), '.', '--format', 'json'], { cwd: workspace, encoding: 'utf8' });
  assert.ok(cli.status === 0 || cli.status === 1, `the CLI ran: ${cli.stderr}`);
  const counts: CountsByFactor = {};
  for (let factor = 1; factor <= 12; factor++) counts[factor] = emptyCounts();
  for (const finding of JSON.parse(cli.stdout) as CliFinding[]) if (finding.factor >= 1) counts[finding.factor]![finding.severity]++;
  return counts;
}

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The checklist's page: the webview's outer iframe holds the extension's document in #active-frame. */
function checklist(page: Page): FrameLocator {
  return page.locator('iframe.webview.ready').first().contentFrame().locator('iframe#active-frame').contentFrame();
}

async function openChecklist(page: Page): Promise<FrameLocator> {
  const item = page.locator('.activitybar .action-item a[aria-label^="Twelve-Factor"]').first();
  const expanded = await item.getAttribute('aria-expanded');
  if (expanded !== 'true') await item.click();
  const frame = checklist(page);
  await frame.locator('#summary').waitFor({ timeout: 60_000 });
  return frame;
}

async function quickOpen(page: Page, path: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(path);
  const name = path.split('/').pop()!;
  // The list first shows recently opened files; wait for the search result itself.
  const directory = path.split('/').slice(0, -1).join('/');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).filter({ hasText: directory }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
}

async function statusBarText(page: Page): Promise<string> {
  return (await page.locator('.statusbar').innerText()).replace(/\s+/g, ' ');
}

async function readCounts(frame: FrameLocator): Promise<CountsByFactor> {
  return frame.locator('details[data-factor]').evaluateAll((elements) => {
    const result: Record<number, Record<string, number>> = {};
    for (const details of elements) {
      const counts: Record<string, number> = { error: 0, warning: 0, information: 0, hint: 0 };
      for (const severity of Object.keys(counts)) {
        const badge = details.querySelector(`:scope > summary .count.severity-${severity}`);
        counts[severity] = badge ? Number(badge.textContent) : 0;
      }
      result[Number(details.getAttribute('data-factor'))] = counts;
    }
    return result;
  }) as Promise<CountsByFactor>;
}

describe('Twelve-Factor Guide in VS Code in the browser (the VSIX in code-server, driven by Chromium)', { timeout: 600_000 }, () => {
  let codeServer: typeof CodeServer;
  let dataDir: string;
  let workspaceParent: string;
  let workspace: string;
  let server: CodeServer.RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  /** A test that leaves a screenshot of the window: `<shot>.png`, or `<shot>-FAILED.png`. */
  function uiTest(name: string, shot: string, body: () => Promise<void>): void {
    it(name, async () => {
      try {
        await body();
        await screenshot(page, shot);
      } catch (error) {
        await screenshot(page, `${shot}-FAILED`).catch(() => undefined);
        throw error;
      }
    });
  }

  before(async () => {
    codeServer = await import('./codeServer.mjs');
    const missing = codeServer.missingPrerequisites({ needChromium: true });
    assert.deepEqual(missing, [], `missing prerequisites:\n${missing.join('\n')}`);
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), 'tf-ui-data-'));
    // Outside the repository, whose .gitignore must not apply to the example apps.
    workspaceParent = mkdtempSync(join(tmpdir(), 'tf-ui-'));
    workspace = join(workspaceParent, 'examples');
    cpSync(join(REPO_ROOT, 'examples'), workspace, { recursive: true });

    const vsix = join(dataDir, 'twelve-factor-guide.vsix');
    const vsce = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', vsix], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(vsce.status, 0, `vsce package failed:\n${vsce.stdout}\n${vsce.stderr}`);
    codeServer.writeUserSettings(dataDir, { 'workbench.colorTheme': 'Default Light Modern', 'editor.lightbulb.enabled': 'on', 'editor.hover.delay': 100 });
    codeServer.installVsix(dataDir, vsix);
    server = await codeServer.startCodeServer({ dataDir, folder: workspace });

    browser = await chromium.launch({
      executablePath: codeServer.CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await page.goto(server.url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The extension activates (workspaceContains:**/package.json) and scans: the status item shows the count.
    await until('the finding count in the status bar', async () => (/12-Factor: [1-9]/.test(await statusBarText(page)) ? true : undefined)).catch(async (error: Error) => {
      await screenshot(page, 'startup-FAILED');
      throw new Error(`${error.message}\nstatus bar: ${await statusBarText(page)}\ncode-server log:\n${server?.log()}`);
    });
  });

  after(async () => {
    await browser?.close();
    server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (workspaceParent) rmSync(workspaceParent, { recursive: true, force: true });
  });

  uiTest('the checklist shows, factor by factor, the counts of the diagnostics', 'checklist-counts', async () => {
    const expected = expectedCounts(workspace);
    const frame = await openChecklist(page);
    await until('checklist counts equal to the diagnostics', async () => {
      const shown = await readCounts(frame);
      return JSON.stringify(shown) === JSON.stringify(expected) ? shown : undefined;
    }).catch(async (error: Error) => assert.deepEqual(await readCounts(frame), expected, error.message));
    const withFindings = Object.values(expected).filter((counts) => counts.error + counts.warning + counts.information + counts.hint > 0).length;
    assert.match(await frame.locator('#summary').innerText(), new RegExp(`of 12 factors clean · ${withFindings} with findings`));
    assert.equal(await frame.locator('#summary').getAttribute('aria-live'), 'polite');
  });

  uiTest('a click on a finding in the checklist opens the file at its range', 'checklist-reveal', async () => {
    const frame = checklist(page);
    await frame.locator('details[data-factor="3"] > summary').click();
    const finding = frame.locator('details[data-factor="3"] button.finding', { hasText: `checkout.ts:${SECRET_LINE}` });
    await finding.waitFor();
    await finding.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'checkout.ts' }).waitFor();
    // The range is selected: the status bar shows its end and the selection's length.
    await until(`the finding's range selected on line ${SECRET_LINE}`, async () => (new RegExp(`Ln ${SECRET_LINE}, Col \\d+ \\(\\d+ selected\\)`).test(await statusBarText(page)) ? true : undefined), 15_000);
  });

  uiTest('ticking a checklist box (by keyboard) writes .twelve-factor.yml', 'checklist-attested', async () => {
    const frame = checklist(page);
    const summary = frame.locator('details[data-factor="1"] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const box = frame.locator('input[data-check="codebase/one-repo-per-app"]');
    await box.waitFor();
    await box.focus();
    await page.keyboard.press('Space');
    const configFile = join(workspace, '.twelve-factor.yml');
    const text = await until('.twelve-factor.yml with the attestation', async () => {
      const content = existsSync(configFile) ? readFileSync(configFile, 'utf8') : '';
      return /^ {2}codebase\/one-repo-per-app: true$/m.test(content) ? content : undefined;
    }, 15_000);
    assert.match(text, /^checklist:$/m);
    // The view re-rendered from the file, and the box is still ticked.
    await until('the box ticked after the refresh', async () => ((await frame.locator('input[data-check="codebase/one-repo-per-app"]').isChecked()) ? true : undefined), 10_000);
  });

  uiTest('squiggles the hardcoded secret and lists it in Problems', 'secret-squiggle-and-problems', async () => {
    await quickOpen(page, SECRET_FILE);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const filter = page.locator('.markers-panel-container .monaco-inputbox input, .viewpane-filter input').first();
    await filter.waitFor();
    await filter.fill('sk_live');
    // docker-compose.yml has the same key; this row is the one in checkout.ts.
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: `[Ln ${SECRET_LINE}, Col ${SECRET_COLUMN}]` }).filter({ hasText: 'Hardcoded Stripe live secret key' }).first();
    await row.waitFor({ timeout: 30_000 });
    const rowText = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(rowText, /config\/hardcoded-secret/);
    assert.match(rowText, new RegExp(`\\[Ln ${SECRET_LINE}, Col ${SECRET_COLUMN}\\]`));
    // The full key is never shown: only a masked prefix.
    assert.doesNotMatch(rowText, /sk_live_51Hq8ZtLkR3mW9vXp2NcY7bTd/);
    await filter.fill('');
  });

  uiTest('the lightbulb quick fix replaces the secret with process.env', 'quick-fix-applied', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    // Go to line:column through Quick Open (the browser keeps Ctrl+G for itself).
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(`:${SECRET_LINE}:${SECRET_COLUMN + 4}`);
    await page.keyboard.press('Enter');
    await until('the cursor inside the secret', async () => ((await statusBarText(page)).includes(`Ln ${SECRET_LINE}, Col ${SECRET_COLUMN + 4}`) ? true : undefined), 10_000);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'from the environment instead of the hardcoded value' }).first();
    await fix.waitFor({ timeout: 30_000 });
    await screenshot(page, 'quick-fix-menu');
    await fix.click();
    const line = page.locator('.monaco-editor .view-line', { hasText: 'new Stripe(' }).first();
    const text = await until('the fixed line', async () => {
      const content = (await line.innerText()).replace(/\u00a0/g, ' ');
      return content.includes('process.env.') && !content.includes('sk_live') ? content : undefined;
    }, 15_000);
    assert.match(text, /new Stripe\(process\.env\.[A-Z_]+/);
  });

  uiTest('follows the colour theme: the checklist in a dark theme', 'checklist-dark', async () => {
    const frame = checklist(page);
    const lightText = await frame.locator('body').evaluate((body) => getComputedStyle(body).color);
    // As a user switches: Preferences: Color Theme (Ctrl+K Ctrl+T).
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    await page.locator('.quick-input-widget input').fill('Dark Modern');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Dark Modern' }).first().waitFor();
    await page.keyboard.press('Enter');
    await until('the dark theme in the webview', async () => {
      const color = await checklist(page).locator('body').evaluate((body) => getComputedStyle(body).color);
      return color !== lightText ? color : undefined;
    }, 30_000);
    // A file with several findings, and factor III open, for the product screenshot.
    await page.keyboard.press('Escape');
    await quickOpen(page, 'legacy-shop-api/src/config.ts');
    await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+J'); // hide the panel: more room for the editor
    // Factor III open with its findings, factor I closed again.
    const frame2 = checklist(page);
    await frame2.locator('details[data-factor="1"] > summary').click();
    assert.equal(await frame2.locator('details[data-factor="3"]').getAttribute('open'), '');
    await page.waitForTimeout(1500);
  });

  uiTest('"Apply all safe fixes" in the checklist fixes every file, and the counts go down', 'checklist-fix-all', async () => {
    const findingCount = async () => Number(/12-Factor: (\d+)/.exec(await statusBarText(page))?.[1] ?? Number.NaN);
    const before = await findingCount();
    await checklist(page).locator('button', { hasText: 'Apply all safe fixes' }).click();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /applied \d+ safe fix/ }).first();
    await toast.waitFor({ timeout: 60_000 });
    const applied = Number(/applied (\d+) safe fix/.exec(await toast.innerText())?.[1]);
    assert.ok(applied > 0, `fixes applied: ${applied}`);
    const after = await until('fewer findings after the fixes', async () => {
      const count = await findingCount();
      return count < before ? count : undefined;
    });
    assert.ok(after < before, `${before} → ${after}`);
  });
});
