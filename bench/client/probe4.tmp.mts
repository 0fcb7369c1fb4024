import { chromium } from 'playwright-core';
import { serveStatic } from './staticServer.ts';
const s = await serveStatic('/work/main/dist/bench-client');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.log('pageerror', e.stack));
await page.goto(`${s.url}/index.html`);
await page.waitForSelector('body[data-ready]');
const n = Number(process.argv[2] ?? 2000);
await page.evaluate(() => (window as any).nines.fake(0));
console.log('empty', await page.evaluate(() => (window as any).nines.fps(3000)));
await page.evaluate((o) => (window as any).nines.fake(o), n);
for (let i = 0; i < 2; i++) {
console.log('blend on', await page.evaluate(() => (window as any).nines.fps(3000)));
await page.evaluate(() => { (globalThis as any).__renderer.blendModes[0].enabled = false; });
console.log('blend off', await page.evaluate(() => (window as any).nines.fps(3000)));
await page.evaluate(() => { (globalThis as any).__renderer.blendModes[0].enabled = true; });
}
await page.screenshot({ path: '/tmp/shots/blendoff.png' });
await browser.close();
await s.close();
