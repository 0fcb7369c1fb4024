// ImageLocality (score): prefers nodes that already hold the pod's image, so the pod
// starts without a pull. The bonus grows with the image's size and with how widely
// the image is spread (an image on one node of fifty should not pull every replica
// there): size × (nodes with it / all nodes), clamped between 23 MB and 1000 MB and
// scaled to 0–100. A node without the image scores 0.
import type { ScorePlugin } from '../framework.ts';
import type { ImagePresence, PodInfo, Snapshot } from '../snapshot.ts';

/** kube-scheduler's thresholds (23 MB and 1000 MB per container), in MiB. */
export const IMAGE_MIN_MIB = 22;
export const IMAGE_MAX_MIB = 954;

function presence(s: Snapshot, key: string): ImagePresence {
  const cached = s.images.get(key);
  if (cached) return cached;
  const has = new Uint8Array(s.size);
  let count = 0;
  for (let i = 0; i < s.size; i++) {
    const store = s.stores[i];
    if (store && store.tags[key] !== undefined) {
      has[i] = 1;
      count++;
    }
  }
  const made = { has, count };
  s.images.set(key, made);
  return made;
}

/** The score of a node holding an image of `sizeMiB` present on `withImage` of `total` nodes. */
export function imageScore(sizeMiB: number, withImage: number, total: number): number {
  const spread = total > 0 ? Math.floor((sizeMiB * withImage) / total) : 0;
  const clamped = Math.min(IMAGE_MAX_MIB, Math.max(IMAGE_MIN_MIB, spread));
  return Math.floor((100 * (clamped - IMAGE_MIN_MIB)) / (IMAGE_MAX_MIB - IMAGE_MIN_MIB));
}

function locality(s: Snapshot, p: PodInfo, i: number): number {
  const img = p.image;
  if (!img || img.has[i] === 0) return 0;
  return imageScore(p.imageSizeMiB, img.count, s.size);
}

export const imageLocality: ScorePlugin = {
  name: 'ImageLocality',
  weight: 1,
  preScore: (s, p) => {
    p.image = presence(s, p.imageKey);
    return p.image.count > 0;
  },
  score: locality,
  scoreNodes: (s, p, nodes, n, out) => {
    const img = p.image;
    // The same bonus for every node that holds the image.
    const bonus = img ? imageScore(p.imageSizeMiB, img.count, s.size) : 0;
    for (let j = 0; j < n; j++) out[j] = img && img.has[nodes[j] as number] === 1 ? bonus : 0;
  },
};
