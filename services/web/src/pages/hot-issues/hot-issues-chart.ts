import type { ChartOption } from '../../components/EChart';
import type { HotIssue } from '../../api/types';

/** Reports per week of each issue, one line each, the weeks along the bottom. */
export function hotIssuesChart(
  weeks: string[],
  issues: HotIssue[],
  nameOf: (clusterId: string) => string,
  weekLabel: (isoDate: string) => string,
): ChartOption {
  const short = (name: string) => (name.length > 14 ? `${name.slice(0, 14)}…` : name);
  return {
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 32, right: 16, top: 16, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: weeks.map(weekLabel), boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: issues.map((issue) => ({
      name: short(nameOf(issue.clusterId)),
      type: 'line',
      data: issue.weekly,
    })),
  };
}
