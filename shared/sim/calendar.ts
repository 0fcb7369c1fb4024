// The game's calendar: tick 0 is Monday 2024-03-04 09:00:00 UTC, for every tool that
// prints wall-clock times (docker inspect, ps, kubectl describe). Date maths is done by
// hand because the simulation may not use Date.

/** Unix seconds of tick 0. */
export const GAME_EPOCH_SECONDS = 19786 * 86400 + 9 * 3600;

/** Year, month (1–12) and day of a count of days since 1970-01-01 (proleptic Gregorian, Howard Hinnant's algorithm). */
export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}
