import { rankHotIssues } from './hot-issues';
import { weekOf, weekStart } from './week';

describe('rankHotIssues', () => {
  it('counts per week in the window, hottest first, leaving single reports out', () => {
    const counts = [
      { clusterId: 'a', week: 10, count: 1 },
      { clusterId: 'a', week: 11, count: 1 },
      { clusterId: 'b', week: 12, count: 3 },
      { clusterId: 'c', week: 12, count: 1 },
      { clusterId: 'a', week: 8, count: 5 },
    ];
    const sizes = new Map([
      ['a', 7],
      ['b', 3],
      ['c', 1],
    ]);
    expect(rankHotIssues(counts, sizes, 12, 3, 10)).toEqual([
      { clusterId: 'b', size: 3, weekly: [0, 0, 3], thisWeek: 3, lastWeek: 0, growth: 3 },
      { clusterId: 'a', size: 7, weekly: [1, 1, 0], thisWeek: 0, lastWeek: 1, growth: -1 },
    ]);
  });
});

describe('weeks', () => {
  it('start on Monday 00:00 Beijing time', () => {
    const sunday = new Date('2026-11-22T15:59:59Z'); // Sunday 23:59:59 in Beijing
    const monday = new Date('2026-11-22T16:00:00Z');
    expect(weekOf(monday)).toBe(weekOf(sunday) + 1);
    expect(weekStart(weekOf(monday))).toBe('2026-11-22T16:00:00.000Z');
  });
});
