// Concept (secrets): a deployment that keeps its password as a plain env value gets it
// baked into ci-bot's next image. The leak is that value; it stays open while the
// deployment still points at the leaky tag (even mid-rollout) or any pod still runs
// with the old value, and resolves once the pods read a new value from a Secret.
import { describe, expect, it } from 'vitest';
import { sandbox } from '../../helpers/sim.ts';
import { inject, ok, waitUntil } from './helpers.ts';

const MANIFEST = [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  replicas: 2',
  '  selector:', '    matchLabels:', '      app: web', '  template:', '    metadata:', '      labels:', '        app: web',
  '    spec:', '      containers:', '      - name: web', '        image: shop/web:1.0', '        env:',
  '        - name: DB_PASSWORD', '          value: hunter2',
].join('\\n');

describe('secret-leak of a plain env value', () => {
  it('leaks the deployment\'s own value and resolves only after rotation through a Secret', () => {
    const { world, sh } = sandbox(5);
    ok(sh, `kubectl apply -f '${MANIFEST}'`);
    sh.wait(30);
    const inc = inject(sh, 'secret-leak deployment/web');
    sh.wait(1);
    // The rollout of the leaky tag has only begun: not resolved on its first tick.
    expect(inc.state).toBe('open');
    ok(sh, 'docker pull shop/web:1.2');
    expect(ok(sh, 'docker history --no-trunc shop/web:1.2')).toContain('echo "DB_PASSWORD=hunter2" > /app/.env');
    ok(sh, 'kubectl rollout undo deployment/web');
    sh.wait(60);
    expect(inc.state).toBe('open');
    ok(sh, 'kubectl create secret generic db --from-literal=password=n3w-pa55');
    const rotated = MANIFEST.replace('          value: hunter2', '          valueFrom:\\n            secretKeyRef:\\n              name: db\\n              key: password');
    ok(sh, `kubectl apply -f '${rotated}'`);
    waitUntil(sh, () => inc.state === 'resolved', 120);
    expect([...world.containers.values()].filter((c) => c.state === 'running' && c.labels.app === 'web').map((c) => c.env.DB_PASSWORD)).toEqual(['n3w-pa55', 'n3w-pa55']);
  });
});
