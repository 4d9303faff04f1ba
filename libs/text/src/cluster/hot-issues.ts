export interface ClusterMember {
  clusterId: string;
  submittedAt: Date;
}

export interface HotIssue {
  clusterId: string;
  size: number;
  /** Reports in the seven days up to `asOf`. */
  thisWeek: number;
  /** Reports in the seven days before that. */
  lastWeek: number;
  /** thisWeek − lastWeek. */
  growth: number;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Cluster sizes and weekly growth as of a moment; hottest first (this week, then size). */
export function hotIssues(members: Iterable<ClusterMember>, asOf: Date, limit = 20): HotIssue[] {
  const issues = new Map<string, HotIssue>();
  const end = asOf.getTime();
  for (const { clusterId, submittedAt } of members) {
    const at = submittedAt.getTime();
    if (at > end) continue;
    let issue = issues.get(clusterId);
    if (!issue) {
      issue = { clusterId, size: 0, thisWeek: 0, lastWeek: 0, growth: 0 };
      issues.set(clusterId, issue);
    }
    issue.size++;
    if (at > end - WEEK_MS) issue.thisWeek++;
    else if (at > end - 2 * WEEK_MS) issue.lastWeek++;
  }
  return [...issues.values()]
    .map((issue) => ({ ...issue, growth: issue.thisWeek - issue.lastWeek }))
    .filter((issue) => issue.size > 1)
    .sort(
      (a, b) =>
        b.thisWeek - a.thisWeek || b.size - a.size || a.clusterId.localeCompare(b.clusterId),
    )
    .slice(0, limit);
}
