import { importKey } from './import-key';
import { validateRow, type RowContext } from './row-validation';

const sheet: RowContext = { format: 'xlsx', importerId: 'liaison-1', locale: 'zh-CN' };
const cells = {
  序号: '1',
  标题: '关于第1号小区加装电梯的建议',
  情况: '老旧小区无电梯',
  建议: '财政补贴',
  紧急程度: '',
  直通车: '',
};
const hasHan = expect.stringMatching(/[\u4e00-\u9fff]/);

describe('row validation', () => {
  it('accepts a complete row as a submit request with a content key', () => {
    const result = validateRow({ row: 2, cells }, sheet);
    expect(result).toMatchObject({
      valid: true,
      row: 2,
      request: { title: cells.标题, sourceType: 'liaison-point' },
      idempotencyKey: expect.stringMatching(/^import:[0-9a-f]{64}$/),
    });
  });

  it('reports each bad field with its column, in Chinese by default', () => {
    const result = validateRow(
      { row: 7, cells: { ...cells, 标题: '', 紧急程度: '很急', 直通车: '也许' } },
      sheet,
    );
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems).toEqual([
      { row: 7, field: 'title', column: '标题', message: hasHan },
      { row: 7, field: 'urgency.level', column: '紧急程度', message: hasHan },
      { row: 7, field: 'urgency.greenChannel', column: '直通车', message: hasHan },
    ]);
  });

  it('names the 报送人 column for a submitter without an id, in English when asked', () => {
    const result = validateRow(
      { row: 3, cells: { ...cells, 报送人: '张三' } },
      { ...sheet, locale: 'en' },
    );
    expect(result).toEqual({
      valid: false,
      row: 3,
      problems: [
        {
          row: 3,
          field: 'coSubmitters.0.userId',
          column: '报送人',
          message: 'Not a valid user id',
        },
      ],
    });
  });

  it('takes JSONL lines as submit requests; unknown keys and bad lines are problems', () => {
    const jsonl: RowContext = { ...sheet, format: 'jsonl' };
    const line = { title: 't', body: { text: 'b' }, sourceType: 'member' };
    expect(validateRow({ row: 1, cells: line }, jsonl)).toMatchObject({ valid: true });
    expect(validateRow({ row: 2, cells: { ...line, $where: '1' } }, jsonl)).toMatchObject({
      valid: false,
      problems: [{ row: 2, field: '$where', message: hasHan }],
    });
    expect(validateRow({ row: 3, unreadable: 'line.malformed' }, jsonl)).toMatchObject({
      valid: false,
      problems: [{ row: 3, field: '', message: hasHan }],
    });
  });

  it('keys rows by normalised title, body and submitter only', () => {
    const request = {
      title: '关于 A 的建议',
      body: { text: '正文' },
      sourceType: 'member' as const,
      coSubmitters: [],
    };
    const key = importKey(request, 'm-1');
    expect(importKey({ ...request, title: '关于Ａ的建议', region: '东区' }, 'm-1')).toBe(key);
    expect(importKey(request, 'm-2')).not.toBe(key);
    expect(importKey({ ...request, body: { situation: '正文' } }, 'm-1')).not.toBe(key);
  });
});
