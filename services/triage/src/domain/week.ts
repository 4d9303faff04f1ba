const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
// Weeks run Monday to Sunday in China Standard Time (UTC+8), as work reports count them.
const FIRST_MONDAY = Date.UTC(1970, 0, 5) - 8 * 60 * 60 * 1000;

/** Number of the calendar week (Monday 00:00 Beijing time) an instant falls in. */
export const weekOf = (at: Date): number => Math.floor((at.getTime() - FIRST_MONDAY) / WEEK_MS);

/** The Monday that starts week `week`, as an ISO instant. */
export const weekStart = (week: number): string =>
  new Date(FIRST_MONDAY + week * WEEK_MS).toISOString();
