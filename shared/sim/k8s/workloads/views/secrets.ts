// `kubectl get|describe secrets`: type and key count, and per key its size in bytes —
// never the value (anyone allowed to read the Secret object can still decode it).
import type { World } from '../../../model.ts';
import type { Secret } from '../../model.ts';
import { secretSizes } from '../secrets.ts';
import { ageOf } from './format.ts';

/** A row of `kubectl get secrets` (NAME TYPE DATA AGE). */
export function secretRow(world: World, s: Secret): string[] {
  return [s.name, 'Opaque', String(Object.keys(s.data).length), ageOf(world, s.createdTick)];
}

/** `kubectl describe secret <name>`. */
export function describeSecret(s: Secret): string {
  const sizes = secretSizes(s);
  const width = Math.max(0, ...sizes.map((x) => x.key.length + 1)) + 2;
  return [
    'Name:         ' + s.name,
    'Namespace:    default',
    'Labels:       <none>',
    'Annotations:  <none>',
    '',
    'Type:  Opaque',
    '',
    'Data',
    '====',
    ...sizes.map((x) => `${`${x.key}:`.padEnd(width)}${x.bytes} bytes`),
  ].join('\n');
}
