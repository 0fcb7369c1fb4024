// @vitest-environment happy-dom
// The inspector, rendered from a FakeConnection-fed store: a host's status, bars, facts
// and containers; a container's "why" (OOM-killed) and actions; a history chart that
// grows one reading per game tick; logs fetched by running the logs command, shown in
// the inspector and the console; the Korean labels after a runtime switch.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../../../../client/src/i18n/index.ts';
import { fakeEntity } from '../../../../client/src/net/fakeEntities.ts';
import { buttonByText, mount, smallDatacenter, transcriptText } from './mountHelpers.ts';

beforeEach(() => setLanguage('en'));
afterEach(() => {
  setLanguage('en');
  document.body.replaceChildren();
});

const inspector = (root: HTMLElement) => root.querySelector('.game-inspector') as HTMLElement;

describe('inspector', () => {
  it('says what to do when nothing is selected', async () => {
    const { root } = await mount();
    expect(inspector(root).textContent).toContain('Select a host, VM, container');
  });

  it('shows a host selected from the datacenter list: status, bars, facts and its containers', async () => {
    const { root, fake } = await mount();
    smallDatacenter(fake);
    (root.querySelector('.explorer-item[data-ref="host:host-1"]') as HTMLButtonElement).click();
    const panel = inspector(root);
    expect(panel.querySelector('h2')?.textContent).toBe('Host host-1');
    expect(panel.textContent).toContain('up');
    expect(panel.querySelector('.insp-bars')?.textContent).toContain('CPU');
    expect(panel.querySelector('.insp-bars')?.textContent).toContain('30 %');
    expect(panel.querySelector('.insp-facts')?.textContent).toContain('cs-4');
    expect([...panel.querySelectorAll('.insp-list button')].map((b) => b.textContent)).toEqual(['web', 'hog']);
    expect(document.activeElement).toBe(panel.querySelector('h2'));
  });

  it("explains why a container was killed and offers the actions of its state", async () => {
    const { root, fake, intent } = await mount();
    smallDatacenter(fake);
    intent({ kind: 'select', entity: { type: 'container', id: 'hog' } });
    const panel = inspector(root);
    expect(panel.querySelector('h2')?.textContent).toBe('Container hog');
    expect(panel.querySelector('.insp-why')?.textContent).toContain('OOM killer');
    const actions = [...panel.querySelectorAll('.insp-actions button')].map((b) => b.querySelector('code')?.textContent);
    expect(actions).toContain('docker -H host-1 start hog');
    expect(actions).toContain('docker -H host-1 rm hog');
    expect(actions).not.toContain('docker -H host-1 stop hog');
  });

  it('keeps a short history of readings, one per game tick, drawn as a chart', async () => {
    const { root, fake, intent } = await mount();
    smallDatacenter(fake);
    intent({ kind: 'select', entity: { type: 'host', id: 'host-1' } });
    const points = () => (inspector(root).querySelector('.spark-cpu polyline')?.getAttribute('points') ?? '').split(' ').filter(Boolean).length;
    expect(points()).toBe(1);
    for (let tick = 1; tick <= 5; tick++) {
      fake.patch((p) => {
        p.root({ tick });
        p.set('hosts', 'host-1', fakeEntity('hosts', { id: 'host-1', rack: 'rack-1', role: 'container-host', cpuPermille: 300 + tick * 100 }));
      });
    }
    expect(points()).toBe(6);
    const chart = inspector(root).querySelector('.spark-cpu') as SVGElement;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toMatch(/now 80 %, lowest 30 %, highest 80 %/);
  });

  it('fetches logs by running the logs command: the output shows here and in the console', async () => {
    const { root, fake, intent } = await mount({ fake: { respond: () => ({ ok: true, output: 'gunicorn: listening on 172.17.0.2:8000' }) } });
    smallDatacenter(fake);
    intent({ kind: 'select', entity: { type: 'container', id: '1' } });
    buttonByText(inspector(root), 'Show logs').click();
    expect(fake.sent.map((s) => s.line)).toEqual(['docker -H host-1 logs --tail 50 web']);
    await vi.waitFor(() => expect(inspector(root).querySelector('.insp-logs')?.textContent).toBe('gunicorn: listening on 172.17.0.2:8000'));
    expect(transcriptText(root)).toContain('gunicorn: listening on 172.17.0.2:8000');
  });

  it('shows a service against its SLO with the reason it fails', async () => {
    const { root, fake, intent } = await mount();
    fake.patch((p) => p.set('services', 'shop-web', fakeEntity('services', { name: 'shop-web', availabilityMilli: 90000, targetMilli: 99000, budgetPermille: 0, cause: 'no-backends' })));
    intent({ kind: 'select', entity: { type: 'service', id: 'shop-web' } });
    const panel = inspector(root);
    expect(panel.textContent).toContain('90 %');
    expect(panel.querySelector('.insp-why')?.textContent).toContain('No healthy backend');
  });

  it('re-labels in Korean at runtime', async () => {
    const { root, fake, intent } = await mount();
    smallDatacenter(fake);
    intent({ kind: 'select', entity: { type: 'host', id: 'host-1' } });
    setLanguage('ko');
    expect(inspector(root).querySelector('h2')?.textContent).toBe('호스트 host-1');
    expect(inspector(root).textContent).toContain('작업');
  });

  it('says so when the selected thing disappears', async () => {
    const { root, fake, intent } = await mount();
    smallDatacenter(fake);
    intent({ kind: 'select', entity: { type: 'container', id: '1' } });
    fake.patch((p) => p.set('containers', '0', fakeEntity('containers')));
    expect(inspector(root).textContent).toContain('no longer exists');
  });
});
