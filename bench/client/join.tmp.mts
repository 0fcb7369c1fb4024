import { chromium } from 'playwright-core';
import { serveStatic } from './staticServer.ts';
import { startRealServer } from './realServer.ts';
const s = await serveStatic('/work/main/dist/bench-client');
const server = await startRealServer(s.url);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.log('pageerror', e.stack));
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
await page.goto(`${s.url}/index.html`);
await page.waitForSelector('body[data-ready]');
for (const sc of process.argv.slice(2)) {
  console.log(sc, await page.evaluate(([e, sc]) => (window as any).nines.join(e, sc), [server.endpoint, sc]));
  await page.screenshot({ path: `/tmp/shots/join-${sc}.png` });
}
await browser.close(); await server.stop(); await s.close();
