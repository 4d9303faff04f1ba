import { discloseSimilarItems, type SimilarItemAccess } from './similar-items';

const district = 'demo-district';
const item = (itemId: string, kind: 'duplicate' | 'same-issue' = 'same-issue') => ({
  itemId,
  similarity: 0.8,
  kind,
});
const access = (
  entries: Array<[string, Partial<SimilarItemAccess>]>,
): Map<string, SimilarItemAccess> =>
  new Map(
    entries.map(([id, known]) => [
      id,
      {
        visible: false,
        organisationId: district,
        title: `标题${id}`,
        status: 'submitted',
        ...known,
      },
    ]),
  );

describe('discloseSimilarItems', () => {
  it('shows the items the caller may see, with title and status, in triage’s order', () => {
    const disclosed = discloseSimilarItems(
      [item('a', 'duplicate'), item('b')],
      access([
        ['a', { visible: true }],
        ['b', { visible: true, status: 'merged' }],
      ]),
      district,
      10,
    );
    expect(disclosed).toEqual({
      items: [
        { ...item('a', 'duplicate'), title: '标题a', status: 'submitted' },
        { ...item('b'), title: '标题b', status: 'merged' },
      ],
      hiddenCount: 0,
    });
  });

  it('only counts the caller’s committee’s items they may not see, and never shows their title', () => {
    const disclosed = discloseSimilarItems(
      [item('mine'), item('colleague'), item('other-committee'), item('unknown')],
      access([
        ['mine', { visible: true }],
        ['colleague', {}],
        ['other-committee', { organisationId: 'demo-city' }],
      ]),
      district,
      10,
    );
    expect(disclosed.items.map((shown) => shown.itemId)).toEqual(['mine']);
    expect(disclosed.hiddenCount).toBe(1);
    expect(JSON.stringify(disclosed)).not.toContain('标题colleague');
  });

  it('shows at most `limit` items', () => {
    const disclosed = discloseSimilarItems(
      [item('a'), item('b'), item('c')],
      access([
        ['a', { visible: true }],
        ['b', { visible: true }],
        ['c', { visible: true }],
      ]),
      district,
      2,
    );
    expect(disclosed.items.map((shown) => shown.itemId)).toEqual(['a', 'b']);
  });
});
