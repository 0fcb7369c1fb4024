// Secret objects: created or replaced as a whole (a change bumps the version), and shown
// by size only. Their values reach pods through env `secretKeyRef`, which the kubelet
// reads at each container start (kubeletContainer.ts resolveEnv): a pod started before a
// change keeps the old value until its container restarts.
import type { World } from '../../model.ts';
import type { Secret } from '../model.ts';
import { utf8Bytes } from './base64.ts';

/** Creates or replaces a secret's data; a change bumps its version. Returns what happened. */
export function putSecret(world: World, name: string, data: Record<string, string>): 'created' | 'configured' | 'unchanged' {
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(data).sort()) sorted[k] = data[k] as string;
  const old = world.k8s.secrets.get(name);
  if (!old) {
    world.k8s.secrets.set(name, { name, data: sorted, version: 1, createdTick: world.tick });
    return 'created';
  }
  const same = Object.keys(sorted).length === Object.keys(old.data).length && Object.keys(sorted).every((k) => old.data[k] === sorted[k]);
  if (same) return 'unchanged';
  old.data = sorted;
  old.version++;
  return 'configured';
}

/** `password:  6 bytes` lines of `kubectl describe secret`: sizes only, never the values. */
export function secretSizes(secret: Secret): { key: string; bytes: number }[] {
  return Object.keys(secret.data)
    .sort()
    .map((key) => ({ key, bytes: utf8Bytes(secret.data[key] as string).length }));
}
