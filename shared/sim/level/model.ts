// A level's progress (data only): objectives checked every tick, hints taken, the end
// of the level, its score and stars.

export interface ObjectiveState {
  id: string;
  /** Currently satisfied. */
  met: boolean;
  /** Broken for good (an "always" objective that was violated). */
  failed: boolean;
  /** Short progress text for the HUD (`99.2% / 99.0%`). */
  progress: string;
}

export interface LevelState {
  /** Scenario defines objectives: the run is a level that can be won or lost. */
  isLevel: boolean;
  durationTicks: number;
  objectives: ObjectiveState[];
  hintsTaken: string[];
  ended: boolean;
  endedTick: number;
  won: boolean;
  score: number;
  stars: number;
}

export function emptyLevel(): LevelState {
  return { isLevel: false, durationTicks: 0, objectives: [], hintsTaken: [], ended: false, endedTick: -1, won: false, score: 0, stars: 0 };
}
