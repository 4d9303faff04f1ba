import type { HotIssuesQuery } from '@opinion/contracts';
import { rankHotIssues } from '../../domain/hot-issues';
import { weekOf, weekStart } from '../../domain/week';
import type { AssessmentsReadModel } from '../ports';

/** GET /triage/hot-issues: an organisation's clusters by reports per week (热点问题). */
export class HotIssuesHandler {
  constructor(
    private readonly assessments: AssessmentsReadModel,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute({ orgId, weeks, limit }: HotIssuesQuery) {
    const currentWeek = weekOf(this.clock());
    const firstWeek = currentWeek - weeks + 1;
    const counts = await this.assessments.weeklyCounts(orgId, firstWeek);
    const clusterIds = [...new Set(counts.map((count) => count.clusterId))];
    const sizes = await this.assessments.clusterSizes(orgId, clusterIds);
    return {
      orgId,
      weeks: Array.from({ length: weeks }, (_, i) => weekStart(firstWeek + i)),
      issues: rankHotIssues(counts, sizes, currentWeek, weeks, limit),
    };
  }
}
