// Parsing and printing of sizes and durations the way the real tools accept and show them.

/**
 * A memory or disk size in MiB from docker/kubectl-style text: `512m`, `4g`, `4Gi`,
 * `1.5g`, `2048` (a bare number is MiB, as the game's help says). Null when malformed.
 */
export function parseSizeMiB(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|ki|kib|m|mb|mi|mib|g|gb|gi|gib|t|tb|ti|tib)?$/i.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'm').toLowerCase();
  let mib: number;
  if (unit === 'b') mib = n / (1024 * 1024);
  else if (unit.startsWith('k')) mib = n / 1024;
  else if (unit.startsWith('m')) mib = n;
  else if (unit.startsWith('g')) mib = n * 1024;
  else mib = n * 1024 * 1024;
  const rounded = Math.round(mib);
  if (!Number.isFinite(rounded) || rounded <= 0 || rounded > 1024 * 1024 * 1024) return null;
  return rounded;
}

/** Game seconds from `90s`, `5m`, `2h`, `1h30m`, or a bare number of seconds. Null when malformed. */
export function parseDurationSeconds(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t)) return Number(t);
  const re = /(\d+)(ms|s|m|h|d)/gy;
  let total = 0;
  let consumed = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) !== null) {
    const n = Number(m[1]);
    const unit = m[2];
    total += unit === 'ms' ? n / 1000 : unit === 's' ? n : unit === 'm' ? n * 60 : unit === 'h' ? n * 3600 : n * 86400;
    consumed = re.lastIndex;
  }
  if (consumed !== t.length || consumed === 0) return null;
  return Math.ceil(total);
}

/** `Up 2 minutes`-style human duration, as docker ps prints it. */
export function humanDuration(seconds: number): string {
  if (seconds < 1) return 'Less than a second';
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'About a minute' : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? 'About an hour' : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

/** Sizes as docker prints them (`72.8MB`, `1.2GB`, `0B`), from MiB. */
export function humanSize(mib: number): string {
  if (mib <= 0) return '0B';
  const bytes = mib * 1024 * 1024;
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2).replace(/\.?0+$/, '')}GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1).replace(/\.0$/, '')}MB`;
  return `${(bytes / 1e3).toFixed(1).replace(/\.0$/, '')}kB`;
}

/** `3.5GiB`-style binary sizes for memory columns (docker stats, virsh). */
export function humanMiB(mib: number): string {
  if (mib >= 1024) return `${(mib / 1024).toFixed(2).replace(/\.?0+$/, '')}GiB`;
  return `${Math.round(mib)}MiB`;
}

/** `1h02m03s` game clock. */
export function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}h${String(m).padStart(2, '0')}m${String(s).padStart(2, '0')}s`;
}
