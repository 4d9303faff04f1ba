import { DuplicateDetector } from './duplicate-detector';
import { LshIndex } from './lsh-index';
import { MinHasher, containmentFromJaccard, estimatedJaccard } from './minhash';
import { shingleHashes } from './shingles';

// Invented short reports, written for these tests.
const PARKING = {
  title: '关于解决青松小区停车难问题的建议',
  body:
    '青松小区建成于二〇〇五年，共有住户八百余户，但只有地面车位一百二十个。' +
    '每天晚上车辆占满消防通道，救护车和消防车无法进入，存在很大的安全隐患。' +
    '居民多次向物业反映，物业表示无能为力。建议街道协调附近学校操场夜间向居民开放停车，' +
    '同时规划建设立体停车库，并加强对占用消防通道行为的巡查和处罚。',
};
const SCHOOL = {
  title: '建议延长城南小学课后服务时间',
  body:
    '城南小学课后服务只到下午五点，而大多数家长六点以后才能下班，孩子放学后无人看管。' +
    '建议学校把课后服务延长到六点半，并提供作业辅导和体育活动，费用由财政适当补贴。',
};

describe('MinHash', () => {
  const hasher = new MinHasher(128, 1);

  it('gives identical signatures for identical sets', () => {
    const set = shingleHashes('青松小区停车难', 3);
    expect(estimatedJaccard(hasher.signature(set), hasher.signature(set), 0, 128)).toBe(1);
  });

  it('estimates a low similarity for unrelated texts', () => {
    const a = hasher.signature(shingleHashes(PARKING.body, 3));
    const b = hasher.signature(shingleHashes(SCHOOL.body, 3));
    expect(estimatedJaccard(a, b, 0, 128)).toBeLessThan(0.1);
  });

  it('derives containment from Jaccard and set sizes', () => {
    // A ⊂ B, |A| = 50, |B| = 100 → J = 0.5, containment 1.
    expect(containmentFromJaccard(0.5, 50, 100)).toBeCloseTo(1);
    expect(containmentFromJaccard(0, 50, 100)).toBe(0);
  });
});

describe('LshIndex', () => {
  const hasher = new MinHasher(32, 3);
  const signature = (text: string) => hasher.signature(shingleHashes(text, 3));

  it('finds an identical item and ignores an unrelated one', () => {
    const index = new LshIndex({ signatureSize: 32, bands: 8 });
    index.add(signature(PARKING.body), 10);
    index.add(signature(SCHOOL.body), 10);
    const matches = index.query(signature(PARKING.body), 10);
    expect(matches.map((m) => m.ordinal)).toEqual([0]);
    expect(matches[0].jaccard).toBe(1);
  });

  it('survives serialisation with the same answers', () => {
    const index = new LshIndex({ signatureSize: 32, bands: 8 });
    for (let i = 0; i < 1500; i++) index.add(signature(`${SCHOOL.body}${i}号`), 100);
    index.add(signature(PARKING.body), 100);
    const restored = LshIndex.deserialize(index.serialize());
    expect(restored.count).toBe(1501);
    expect(restored.query(signature(PARKING.body), 100)).toEqual(
      index.query(signature(PARKING.body), 100),
    );
  });

  it('rejects a shape whose bands do not divide the signature', () => {
    expect(() => new LshIndex({ signatureSize: 30, bands: 8 })).toThrow();
  });
});

describe('DuplicateDetector', () => {
  const detect = (...items: { title?: string; body: string }[]) => {
    const detector = new DuplicateDetector();
    return items.map((item) => detector.add(item));
  };

  it('finds a traditional-character copy with a pinyin gloss and a source line', () => {
    const copy = {
      title: '關於解決青松小區停車難問題的建議',
      body: `來源：社區微信群\n${PARKING.body.replace('青松', '青(qīng)松')}\n聯繫人：李女士`,
    };
    const [, check] = detect(PARKING, copy);
    expect(check.duplicateOf).toBe(0);
    expect(check.similarity).toBeGreaterThan(0.8);
  });

  it('finds an excerpt of about 70% with swapped sentences and a synonym', () => {
    const sentences = PARKING.body.split('。');
    const excerpt = [sentences[1], sentences[0], sentences[2]].join('。').replace('建议', '提议');
    const [, check] = detect(PARKING, { title: PARKING.title, body: excerpt });
    expect(check.duplicateOf).toBe(0);
  });

  it('does not call an unrelated report a duplicate', () => {
    const [, check] = detect(PARKING, SCHOOL);
    expect(check.duplicateOf).toBeNull();
  });

  it('does not call a different report on the same issue a duplicate', () => {
    const sameIssue = {
      title: '青松小区停车太难了',
      body:
        '我住在青松小区，晚上回家经常找不到地方停车，只能把车停在小区外面的马路上，' +
        '第二天早上常常收到罚单。希望有关部门想办法增加车位，比如利用小区旁边的空地。',
    };
    const [, check] = detect(PARKING, sameIssue);
    expect(check.duplicateOf).toBeNull();
  });

  it('points a copy of a copy at the earliest most similar item', () => {
    const [, second, third] = detect(PARKING, PARKING, PARKING);
    expect(second.duplicateOf).toBe(0);
    expect(third.duplicateOf).toBe(0);
    expect(third.repeats.map((r) => r.ordinal)).toEqual([0, 1]);
  });
});
