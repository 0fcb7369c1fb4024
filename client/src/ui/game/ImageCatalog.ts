// The images the image palette offers: those the state shows in use (containers,
// deployments, pulls in progress) and those the player has listed with `docker images`
// (read from the transcript, as the state carries no image lists).
import type { ClientStore } from '../../state/ClientStore.ts';
import { parseDockerImages } from './outputParsers.ts';

const byRef = new Intl.Collator('en', { numeric: true }).compare;

export class ImageCatalog {
  private readonly listed = new Set<string>();
  private lastId = 0;

  constructor(private readonly store: ClientStore) {}

  /** Reads outputs added to the transcript since the last call; true when new images were found. */
  update(): boolean {
    let found = false;
    for (const entry of this.store.transcript) {
      if (entry.id <= this.lastId) continue;
      this.lastId = entry.id;
      if (entry.kind !== 'output') continue;
      for (const ref of parseDockerImages(entry.text)) {
        if (!this.listed.has(ref)) {
          this.listed.add(ref);
          found = true;
        }
      }
    }
    return found;
  }

  /** Every known image ref, sorted. */
  refs(): string[] {
    const s = this.store;
    const all = new Set(this.listed);
    for (const c of s.containers.values()) if (c.image) all.add(c.image);
    for (const d of s.deployments.values()) if (d.image) all.add(d.image);
    for (const tr of s.transfers.values()) if (tr.image) all.add(tr.image);
    return [...all].sort(byRef);
  }
}
