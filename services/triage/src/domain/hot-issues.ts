export interface WeeklyCount {
  clusterId: string;
  week: number;
  count: number;
}

export interface HotIssue {
  clusterId: string;
  /** Reports in the cluster (of the organisation asked about), all time. */
  size: number;
  /** Reports per week, oldest first, ending with the current week. */
  weekly: number[];
  thisWeek: number;
  lastWeek: number;
  /** thisWeek − lastWeek. */
  growth: number;
}

/**
 * Hot issues (热点) from per-week report counts in the window and each cluster's size: clusters
 * with more than one report, hottest first (this week, then size, then id for a stable order).
 */
export function rankHotIssues(
  counts: readonly WeeklyCount[],
  sizes: ReadonlyMap<string, number>,
  currentWeek: number,
  weeks: number,
  limit: number,
): HotIssue[] {
  const firstWeek = currentWeek - weeks + 1;
  const weekly = new Map<string, number[]>();
  for (const { clusterId, week, count } of counts) {
    if (week < firstWeek || week > currentWeek) continue;
    const series = weekly.get(clusterId) ?? new Array<number>(weeks).fill(0);
    series[week - firstWeek] += count;
    weekly.set(clusterId, series);
  }
  return [...weekly]
    .map(([clusterId, series]) => {
      const thisWeek = series[weeks - 1];
      const lastWeek = weeks > 1 ? series[weeks - 2] : 0;
      const size = sizes.get(clusterId) ?? 0;
      return { clusterId, size, weekly: series, thisWeek, lastWeek, growth: thisWeek - lastWeek };
    })
    .filter((issue) => issue.size > 1)
    .sort(
      (a, b) =>
        b.thisWeek - a.thisWeek || b.size - a.size || a.clusterId.localeCompare(b.clusterId),
    )
    .slice(0, limit);
}
