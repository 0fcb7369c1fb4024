// Names the deployment controller derives: the pod-template-hash that tells replica sets
// apart (the same template always gives the same hash, which is how `rollout undo` finds
// the old replica set again) and the random 5-character pod suffix.
import type { World } from '../../model.ts';
import { nextU32 } from '../../rng.ts';
import type { PodTemplate } from '../model.ts';

/** Kubernetes' "safe" alphabet: no vowels (no accidental words) and no look-alike 0/1/3. */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with object keys sorted, so equal templates always serialise alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** 32-bit FNV-1a over the string's UTF-16 code units. */
function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The pod-template-hash label: like the controller, the decimal digits of an FNV-1a
 * hash of the template, each mapped into the safe alphabet (so up to 10 characters
 * drawn from 4-9, b, c, d, f, as in `web-66b6c48dd5`).
 */
export function templateHash(template: PodTemplate): string {
  const digits = String(fnv32a(canonicalJson(template)));
  let out = '';
  for (let i = 0; i < digits.length; i++) out += SAFE[digits.charCodeAt(i) % SAFE.length];
  return out;
}

/** The 5 random characters a replica set appends to its name for each pod it creates. */
export function podSuffix(world: World): string {
  let out = '';
  // The high bits of each draw pick the letter: xorshift's low bits are the weaker ones.
  for (let i = 0; i < 5; i++) out += SAFE[Math.floor((nextU32(world) * SAFE.length) / 4294967296)];
  return out;
}
