// The hook between the shell and the in-game screen (client/src/ui/game, with the
// Phaser view from client/src/game): the shell mounts it when a game starts and
// destroys it when the game is left or its debrief arrives. It is loaded on demand so
// Home appears without waiting for Phaser (the fonts are awaited before it mounts, so
// canvas text is drawn in Noto Sans KR).
import type { GameConnection } from '../net/GameConnection.ts';
import type { ClientStore } from '../state/ClientStore.ts';

export interface GameScreenDeps {
  store: ClientStore;
  connection: GameConnection;
  /** The player chose to leave the game (back to Home; the shell leaves the room). */
  onLeave: () => void;
}

export interface GameScreenHandle {
  destroy(): void;
}

export type MountGameScreen = (root: HTMLElement, deps: GameScreenDeps) => GameScreenHandle;

/**
 * The in-game screen (ui/game/GameScreen.ts) with the Phaser world view (game/main.ts)
 * as its map, both loaded on first use.
 */
export async function loadGameScreen(): Promise<MountGameScreen> {
  const [{ mountGameScreen }, { startGame }] = await Promise.all([import('../ui/game/GameScreen.ts'), import('../game/main.ts')]);
  return (root, deps) => mountGameScreen(root, { ...deps, startWorld: (parent, onIntent) => startGame(parent, { store: deps.store, onIntent }) });
}
