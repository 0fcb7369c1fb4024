// The client in a real browser against the real server (issue 5 §4): deep links, the
// console, GUI actions that show their command line, Korean, a team session in two
// browser contexts, and the first campaign level played to a win. Screenshots are saved
// in test-artifacts/browser/. Runs where Debian's Chromium is installed (.ci/run does it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildClient, hasChromium, launchBrowser, openPage, screenshot, startServer, type RunningServer } from './harness.ts';

interface PageStore {
  containers: Map<number, { name: string; state: number }>;
  players: Map<string, { name: string }>;
  log: { line: string; actor: string }[];
  root: { code: string; phase: string };
}

/** Reads the page's client store (exposed as `__nines` for tests and debugging). */
function storeValue<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const s = globalThis.__nines.store; return (${fn})(s); })()`) as Promise<T>;
}

async function waitForStore(page: Page, fn: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(`(() => { const s = globalThis.__nines?.store; return Boolean(s && (${fn})(s)); })()`, undefined, { timeout });
}

async function typeCommand(page: Page, name: 'Command' | '명령', line: string): Promise<void> {
  const input = page.getByRole('textbox', { name, exact: true });
  await input.fill(line);
  await input.press('Enter');
}

const containerNamed = (name: string): string => `(s) => [...s.containers.values()].some((c) => c.name === ${JSON.stringify(name)})`;
const containerRunning = (name: string): string => `(s) => [...s.containers.values()].some((c) => c.name === ${JSON.stringify(name)} && c.state === 2)`;

describe.skipIf(!hasChromium)('the client in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    buildClient();
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a sandbox by deep link, runs console commands, and shows the containers', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page, errors } = await openPage(context, `${server.base}/?scenario=sandbox&seed=1&lang=en`);
    await page.getByRole('textbox', { name: 'Command', exact: true }).waitFor({ timeout: 30_000 });
    await typeCommand(page, 'Command', 'docker -H host-1 run -d --name web -l app=shop-web nginx:1.25');
    await waitForStore(page, containerNamed('web'));
    await waitForStore(page, containerRunning('web'), 60_000);
    await typeCommand(page, 'Command', 'docker -H host-1 ps');
    await expect.poll(() => page.getByRole('log').first().innerText(), { timeout: 20_000 }).toMatch(/nginx:1\.25[\s\S]*web/);
    // On screen: the host's inspector lists the container, running.
    await page.getByRole('button', { name: /host-1/ }).first().click();
    await page.locator('.game-inspector').getByText('web', { exact: true }).first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'sandbox-en');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the command line a GUI action builds, and runs it', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page, errors } = await openPage(context, `${server.base}/?scenario=sandbox&seed=2&lang=en`);
    await page.getByRole('textbox', { name: 'Command', exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /host-2/ }).first().click();
    const cordon = page.getByRole('button', { name: /host cordon host-2/ });
    await cordon.click();
    await expect.poll(() => page.getByRole('log').first().innerText(), { timeout: 20_000 }).toContain('$ host cordon host-2');
    await expect.poll(() => storeValue<boolean>(page, `(s) => s.hosts.get('host-2')?.cordoned === true`), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'gui-action');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('plays in Korean with a Korean-capable font and no missing glyphs', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'ko-KR' });
    const { page, errors } = await openPage(context, `${server.base}/?scenario=sandbox&seed=1&lang=ko`);
    const input = page.getByRole('textbox', { name: '명령', exact: true });
    await input.waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await typeCommand(page, '명령', 'explain container');
    await expect.poll(() => page.getByRole('log').first().innerText(), { timeout: 20_000 }).toMatch(/[가-힣]{2,}/);
    // The self-hosted font covers the Hangul the page shows (no tofu boxes).
    const text = await page.evaluate(() => document.body.innerText);
    const hangul = [...new Set(text.match(/[가-힣]/g) ?? [])].join('');
    expect(hangul.length).toBeGreaterThan(20);
    expect(await page.evaluate((sample) => document.fonts.check(`16px "Noto Sans KR"`, sample), hangul)).toBe(true);
    await screenshot(page, 'sandbox-ko');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('lets two browsers in one team session see each other’s actions', async () => {
    const hostCtx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page: host, errors: hostErrors } = await openPage(hostCtx, `${server.base}/?lang=en`);
    await host.getByRole('button', { name: 'Host a session' }).click();
    await host.getByLabel('Your nickname').fill('Facil');
    await host.getByRole('button', { name: 'Create the session' }).click();
    await waitForStore(host, `(s) => /^[2-9A-HJKMNP-Z]{6}$/.test(s.root.code)`);
    const code = await storeValue<string>(host, '(s) => s.root.code');
    // The lobby shows the code to share; the facilitator starts the clock when ready.
    await host.getByText(code).first().waitFor();
    await host.getByRole('button', { name: 'Start the game' }).click();

    const playerCtx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page: player, errors: playerErrors } = await openPage(playerCtx, `${server.base}/?join=${code}&lang=en`);
    expect(await player.getByLabel('Session code').inputValue()).toBe(code);
    await player.getByLabel('Nickname').fill('Rin');
    await player.getByRole('button', { name: 'Join', exact: true }).click();
    await player.getByRole('textbox', { name: 'Command', exact: true }).waitFor({ timeout: 30_000 });
    await typeCommand(player, 'Command', 'host cordon host-2');
    await waitForStore(host, `(s) => s.log.some((e) => e.line === 'host cordon host-2' && e.actor === 'Rin')`);
    await waitForStore(host, `(s) => s.hosts.get('host-2')?.cordoned === true`);
    await host.getByText('host cordon host-2').first().waitFor({ timeout: 20_000 });
    await screenshot(host, 'team-facilitator');
    await screenshot(player, 'team-player');
    expect([...hostErrors, ...playerErrors]).toEqual([]);
    await hostCtx.close();
    await playerCtx.close();
  }, 180_000);

  it('plays the first campaign level to a win', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const { page, errors } = await openPage(context, `${server.base}/?scenario=level-01-bare-metal&seed=1&lang=en`);
    // A deep link starts the level at once (the briefing is shown when starting from Home).
    const input = page.getByRole('textbox', { name: 'Command', exact: true });
    await input.waitFor({ timeout: 30_000 });
    // Stop the clock while typing (the browser tests run game seconds 20× faster).
    await typeCommand(page, 'Command', 'pause');
    await waitForStore(page, `(s) => s.root.phase === 'paused'`);
    for (const line of [
      'docker -H host-2 run -d --name analytics shop/analytics:1.0',
      'docker run -d --name web-1 -l app=shop-web shop/web:1.0',
      'docker run -d --name web-2 -l app=shop-web shop/web:1.0',
    ]) {
      await typeCommand(page, 'Command', line);
    }
    await waitForStore(page, `(s) => [...s.containers.values()].length >= 3`);
    await typeCommand(page, 'Command', 'speed 8');
    await typeCommand(page, 'Command', 'resume');
    await waitForStore(page, `(s) => [...s.containers.values()].filter((c) => c.state === 2).length >= 3`, 60_000);
    // 20 game minutes at 8× with 50 ms game seconds: ~8 s of wall time.
    await waitForStore(page, '(s) => s.debrief !== null && s.debrief !== undefined', 120_000);
    expect(await storeValue<boolean>(page, '(s) => s.debrief.won')).toBe(true);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(page, 'level-01-debrief');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
