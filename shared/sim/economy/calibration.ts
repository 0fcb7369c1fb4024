// Calibration of money: what the variable parts of the bill stand for. Game values that
// keep the real ratios (hardware and space dominate, power follows load, Windows is
// licensed per VM, egress is paid per GiB); each comment says what it stands for.

/**
 * Extra power of one busy core for an hour, cents: a core at full load draws ~8–10 W
 * more than idle, ×1.5 for cooling (PUE), at ~$0.15/kWh ≈ 0.2 ¢; the game charges 1 ¢ so
 * that a fleet running hot shows on the bill next to its ~$1/h per host.
 */
export const POWER_CENTS_PER_BUSY_CORE_HOUR = 1;

/** Bytes a served request sends out (an HTML page or a JSON answer, compressed): ~8 KiB. */
export const RESPONSE_KIB = 8;

/** Default delivery time of bought hardware, ticks (a spare from the local depot: minutes, not weeks). */
export const DEFAULT_DELIVERY_TICKS = 600;

/** Default price of egress per GiB, cents (cloud list prices are $0.05–0.09 per GB). */
export const DEFAULT_EGRESS_CENTS_PER_GIB = 5;
