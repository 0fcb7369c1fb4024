// Argument parsing shared by the vm subcommands.

/** A vCPU count: a whole number from 1 (null when malformed). */
export function parseVcpus(text: string): number | null {
  if (!/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 ? n : null;
}
