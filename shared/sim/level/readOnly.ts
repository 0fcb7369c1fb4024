// Which command lines only look: listings, inspections, logs, help. The debrief leaves
// them out of "commands that changed the world" so the timeline shows the decisions.
import { tokenize } from '../commands/tokenize.ts';

/** Families whose every command only reads (or is about the game, not the datacenter). */
const READ_ONLY_FAMILIES = new Set(['help', 'explain', 'status', 'objectives', 'hint', 'alerts', 'incidents']);

/** `family sub` pairs that only read; a family missing here changes things unless listed above. */
const READ_ONLY_SUBCOMMANDS: Record<string, ReadonlySet<string>> = {
  docker: new Set(['ps', 'logs', 'inspect', 'stats', 'top', 'images', 'history', 'image', 'container', 'info', 'version']),
  host: new Set(['list', 'ls', 'inspect', 'dmesg']),
  vm: new Set(['list', 'ls', 'inspect']),
  kubectl: new Set(['get', 'describe', 'logs', 'top', 'explain', 'version', 'api-resources', 'cluster-info']),
  service: new Set(['list', 'ls', 'inspect']),
  alert: new Set(['list', 'ls']),
};

/** `docker network ls`, `kubectl rollout status`: read-only third words. */
const READ_ONLY_NESTED: Record<string, ReadonlySet<string>> = {
  'docker network': new Set(['ls', 'list', 'inspect']),
  'docker volume': new Set(['ls', 'list', 'inspect']),
  'kubectl rollout': new Set(['status', 'history']),
};

/** The words after the family, without docker's `-H <target>` global flag. */
function subcommandWords(family: string, rest: string[]): string[] {
  if (family !== 'docker') return rest;
  let i = 0;
  while (i < rest.length && (rest[i] as string).startsWith('-')) i += rest[i] === '-H' || rest[i] === '--host' ? 2 : 1;
  return rest.slice(i);
}

/** True when the line only reads the world (or asks for help); false when it may change it. */
export function isReadOnlyCommand(line: string): boolean {
  const t = tokenize(line);
  if (!t.ok) return true;
  const [family = '', ...rest] = t.words;
  if (READ_ONLY_FAMILIES.has(family)) return true;
  if (rest.includes('--help') || rest.includes('-h')) return true;
  const words = subcommandWords(family, rest);
  const sub = words[0] ?? '';
  if (sub === '') return true;
  // `docker exec web ps` looks; `docker exec web kill 1` acts.
  if (family === 'docker' && sub === 'exec') return !words.includes('kill');
  const nested = READ_ONLY_NESTED[`${family} ${sub}`];
  if (nested) return nested.has(words[1] ?? 'ls');
  return READ_ONLY_SUBCOMMANDS[family]?.has(sub) ?? false;
}
