import { chromium } from 'playwright-core';
import { serveStatic } from './staticServer.ts';
const s = await serveStatic('/work/main/dist/bench-client');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => { if (!m.text().includes('Failed to load')) console.log('console', m.type(), m.text()); });
page.on('pageerror', (e) => console.log('pageerror', e.stack));
const lang = process.argv[3] ?? 'en';
await page.goto(`${s.url}/index.html?lang=${lang}`);
await page.waitForSelector('body[data-ready]');
const objects = Number(process.argv[2] ?? 2000);
console.log(await page.evaluate((o) => (window as any).nines.fake(o), objects));
await page.screenshot({ path: `/tmp/shots/${lang}-far.png` });
for (const [name, z] of [['glyphs', 1.8], ['labels', 2], ['names', 2.2]] as const) {
  await page.evaluate((z) => (window as any).nines.zoom(z), z);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  await page.evaluate(() => (window as any).nines.settle());
  console.log(name, (await page.evaluate(() => (window as any).nines.stats())).tier);
  await page.screenshot({ path: `/tmp/shots/${lang}-${name}.png` });
}
await browser.close();
await s.close();
