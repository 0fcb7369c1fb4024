// Team roles of a training session (GAME_DESIGN §5): each role changes one part of the
// datacenter, as on a real platform team, while everyone may look at everything.
// A role is a list of command prefixes it may run; read-only commands are free to all.
import { tokenize } from '../../shared/sim/commands/tokenize.ts';
import { isReadOnlyCommand } from '../../shared/sim/level/readOnly.ts';

export const TEAM_ROLES: Readonly<Record<string, readonly string[]>> = {
  /** Machines: buying, VMs, cordoning and repairing hosts. */
  compute: ['host', 'vm'],
  /** Images, containers and the orchestrator. */
  platform: ['docker', 'kubectl', 'edit'],
  /** Networks, volumes and how services are exposed. */
  'network-storage': ['docker network', 'docker volume', 'service', 'kubectl expose', 'kubectl apply'],
  /** First responder: alerts, incidents and the quick fixes of a runbook. */
  'on-call': ['alert', 'alerts', 'incidents', 'host repair', 'docker restart', 'docker start', 'kubectl rollout', 'kubectl scale', 'kubectl delete pod'],
};

export function isTeamRole(name: string): boolean {
  return Object.hasOwn(TEAM_ROLES, name);
}

/** The command's words without docker's global `-H <target>` flag: `docker network create x`. */
export function commandWords(line: string): string[] {
  const t = tokenize(line);
  if (!t.ok) return [];
  const [family = '', ...rest] = t.words;
  if (family !== 'docker') return t.words;
  let i = 0;
  while (i < rest.length && (rest[i] as string).startsWith('-')) i += rest[i] === '-H' || rest[i] === '--host' ? 2 : 1;
  return [family, ...rest.slice(i)];
}

/**
 * Whether a player with `teamRole` ('' = no role: the whole datacenter) may run `line`.
 * Returns the role's allowed prefixes when refused, for the error message.
 */
export function teamRoleAllows(teamRole: string, line: string): { ok: true } | { ok: false; allowed: readonly string[]; family: string } {
  if (teamRole === '' || isReadOnlyCommand(line)) return { ok: true };
  const allowed = TEAM_ROLES[teamRole] ?? [];
  const words = commandWords(line);
  const ok = allowed.some((prefix) => {
    const parts = prefix.split(' ');
    return parts.every((p, i) => words[i] === p);
  });
  return ok ? { ok: true } : { ok: false, allowed, family: words.slice(0, 2).join(' ') };
}
