import { isHeldBack, splitHeldBack } from './held-back';

describe('held-back slice', () => {
  const rows = Array.from({ length: 1_000 }, (_, n) => ({ itemId: `item-${n}`, label: 'x' }));

  it('holds back about one correction in five, the same ones every time', () => {
    const { training, heldBack } = splitHeldBack(rows);
    expect(training.length + heldBack.length).toBe(1_000);
    expect(heldBack.length).toBeGreaterThan(150);
    expect(heldBack.length).toBeLessThan(250);
    expect(splitHeldBack(rows).heldBack).toEqual(heldBack);
    expect(heldBack.every((row) => isHeldBack(row.itemId))).toBe(true);
  });
});
