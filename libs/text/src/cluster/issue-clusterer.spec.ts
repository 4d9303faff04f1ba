import { hotIssues } from './hot-issues';
import { IssueClusterer } from './issue-clusterer';

// Invented reports: three on one issue written differently, one on another issue.
const BRIDGE_1 = {
  title: '河西镇石板桥年久失修存在安全隐患',
  body: '河西镇石板桥桥面开裂，护栏松动，每天有很多学生经过，希望尽快维修石板桥。',
};
const BRIDGE_2 = {
  title: '河西镇石板桥护栏松动桥面开裂',
  body: '石板桥桥面开裂已经半年，护栏松动，学生上学经过很危险，请镇政府尽快维修。',
};
const BRIDGE_3 = {
  title: '请维修河西镇石板桥',
  body: '河西镇石板桥桥面开裂，护栏松动，存在安全隐患，希望有关部门维修石板桥。',
};
const CANTEEN = {
  title: '城南中学食堂饭菜价格偏高',
  body: '城南中学食堂一份午餐要十五元，分量少，家长负担重，建议教育局核查食堂成本。',
};

describe('IssueClusterer', () => {
  it('groups reports of one issue under the first report and keeps other issues apart', () => {
    const clusterer = new IssueClusterer();
    const clusters = [BRIDGE_1, CANTEEN, BRIDGE_2, BRIDGE_3].map((item) => clusterer.assign(item));
    expect(clusters).toEqual([0, 1, 0, 0]);
  });

  it('puts a duplicate in the cluster of the item it repeats', () => {
    const clusterer = new IssueClusterer();
    clusterer.assign(CANTEEN);
    clusterer.assign(BRIDGE_1);
    expect(clusterer.assign({ title: 'x', body: 'y' }, 1)).toBe(1);
  });

  it('never changes an assigned cluster as more items arrive', () => {
    const clusterer = new IssueClusterer();
    const first = [CANTEEN, BRIDGE_2].map((item) => clusterer.assign(item));
    for (const item of [BRIDGE_1, BRIDGE_3, CANTEEN, BRIDGE_2]) clusterer.assign(item);
    expect([clusterer.clusterOfItem(0), clusterer.clusterOfItem(1)]).toEqual(first);
  });

  it('assigns the same clusters when the same arrivals are replayed', () => {
    const run = () => {
      const clusterer = new IssueClusterer();
      return [BRIDGE_1, CANTEEN, BRIDGE_2, BRIDGE_3].map((item) => clusterer.assign(item));
    };
    expect(run()).toEqual(run());
  });
});

describe('IssueClusterer queries that add nothing', () => {
  it('previews the cluster assign then gives, leaving the count unchanged', () => {
    const clusterer = new IssueClusterer();
    clusterer.assign(BRIDGE_1);
    clusterer.assign(CANTEEN);
    expect([clusterer.preview(BRIDGE_2), clusterer.preview(CANTEEN, 0)]).toEqual([0, 0]);
    expect(clusterer.count).toBe(2);
    expect(clusterer.assign(BRIDGE_2)).toBe(0);
    expect(clusterer.preview({ title: '新问题', body: '城北公园路灯不亮' })).toBe(3);
  });

  it('lists earlier items on the same topic, most similar first', () => {
    const clusterer = new IssueClusterer();
    for (const item of [CANTEEN, BRIDGE_1, BRIDGE_2]) clusterer.assign(item);
    const nearest = clusterer.nearest(BRIDGE_3, 5);
    expect(nearest.map((match) => match.ordinal).sort()).toEqual([1, 2]);
    expect(nearest[0].similarity).toBeGreaterThanOrEqual(nearest[1].similarity);
    expect(clusterer.nearest(BRIDGE_3, 1)).toHaveLength(1);
    expect(clusterer.count).toBe(3);
  });
});

describe('hotIssues', () => {
  const day = (d: number) => new Date(Date.UTC(2026, 10, d));

  it('counts size, this week and last week, hottest first, singletons left out', () => {
    const members = [
      { clusterId: 'a', submittedAt: day(2) },
      { clusterId: 'a', submittedAt: day(10) },
      { clusterId: 'b', submittedAt: day(18) },
      { clusterId: 'b', submittedAt: day(19) },
      { clusterId: 'b', submittedAt: day(20) },
      { clusterId: 'c', submittedAt: day(20) },
      { clusterId: 'b', submittedAt: day(25) },
    ];
    expect(hotIssues(members, day(21))).toEqual([
      { clusterId: 'b', size: 3, thisWeek: 3, lastWeek: 0, growth: 3 },
      { clusterId: 'a', size: 2, thisWeek: 0, lastWeek: 1, growth: -1 },
    ]);
  });
});
