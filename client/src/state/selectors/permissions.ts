// What the current seat may do, for showing or hiding controls (docs/protocol.md,
// "Roles"). The server decides for real and refuses anything else with a reason; this
// only keeps the screen honest: facilitator controls for facilitators, nothing that
// changes the world for spectators, and time controls for a solo player.
import type { ClientStore } from '../ClientStore.ts';

export const SPEEDS = [1, 2, 4, 8] as const;

export interface Permissions {
  role: 'player' | 'facilitator' | 'spectator' | null;
  /** Watching only: help, explain and who. */
  readOnly: boolean;
  /** May run commands that change the world (docker run, vm create, alert ack…). */
  canCommand: boolean;
  /** pause, resume, speed. */
  canControlTime: boolean;
  canEnd: boolean;
  /** The facilitator's incident menu (inject). */
  canInject: boolean;
  canAnnotate: boolean;
  /** Show the facilitator panel at all. */
  facilitatorControls: boolean;
}

const NOTHING: Permissions = { role: null, readOnly: true, canCommand: false, canControlTime: false, canEnd: false, canInject: false, canAnnotate: false, facilitatorControls: false };

export function selectPermissions(store: ClientStore): Permissions {
  const me = store.me;
  if (!me) return NOTHING;
  const role = me.role;
  const over = store.root.phase === 'ended' || store.game.ended;
  if (role === 'spectator' || over) return { ...NOTHING, role };
  const facilitator = role === 'facilitator';
  const soloPlayer = role === 'player' && me.mode === 'solo';
  return {
    role,
    readOnly: false,
    canCommand: true,
    canControlTime: facilitator || soloPlayer,
    canEnd: facilitator || soloPlayer,
    canInject: facilitator,
    canAnnotate: facilitator,
    facilitatorControls: facilitator,
  };
}
