import { eventually } from '@opinion/testing';
import ExcelJS from 'exceljs';
import { startIntakeTestApp, type IntakeTestApp } from './testing/intake-test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const liaison = { 'x-user-id': 'l-1', 'x-user-role': 'liaison', 'x-org-id': 'org-county' };

interface ImportView {
  importId: string;
  status: string;
  progress: { total: number; processed: number };
  counts: { imported: number; duplicates: number; failed: number };
  report: { total: number; rows: Array<{ row: number; field: string; column?: string }> };
}

const HEADERS = ['序号', '标题', '情况', '问题', '建议', '报送人', '联名人', '紧急程度', '直通车'];

/** Data row i (0-based) sits on sheet row i + 2; ten of them are broken in different ways. */
const BROKEN: Record<number, { cells: Partial<Record<string, string>>; field: string }> = {
  4: { cells: { 标题: '' }, field: 'title' },
  99: { cells: { 标题: '' }, field: 'title' },
  150: { cells: { 标题: '关于'.repeat(101) }, field: 'title' },
  333: { cells: { 标题: '长'.repeat(201) }, field: 'title' },
  400: { cells: { 紧急程度: '十万火急' }, field: 'urgency.level' },
  512: { cells: { 紧急程度: 'asap' }, field: 'urgency.level' },
  600: { cells: { 直通车: '也许' }, field: 'urgency.greenChannel' },
  777: { cells: { 情况: '', 问题: '', 建议: '' }, field: 'body' },
  850: { cells: { 报送人: '没有账号的人' }, field: 'coSubmitters.0.userId' },
  998: { cells: { 联名人: 'm-2、m-2' }, field: 'coSubmitters' },
};

function item(index: number): Record<string, string> {
  const n = index + 1;
  return {
    序号: String(n),
    标题: `关于第${n}号小区加装电梯的建议`,
    情况: `第${n}号小区建于上世纪九十年代，六层无电梯，老年住户占四成。`,
    问题: '加装电梯意见难统一，审批流程长。',
    建议: '简化审批，财政按户补贴，社区牵头协商。',
    报送人: n % 3 === 0 ? `张${n}(m-${n})` : '',
    联名人: n % 5 === 0 ? '李四(m-2)、王五(m-3)' : '',
    紧急程度: n % 7 === 0 ? '紧急' : '一般',
    直通车: n % 50 === 0 ? '是' : '否',
    ...BROKEN[index]?.cells,
  };
}

async function sheet(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet('社情民意');
  worksheet.addRow(HEADERS);
  for (let index = 0; index < rows; index += 1) {
    const cells = item(index);
    worksheet.addRow(HEADERS.map((header) => cells[header]));
  }
  workbook.addWorksheet('填表说明').addRow(['标题必填，紧急程度：一般/紧急/特急']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('bulk import over HTTP, with the worker, on the real servers', () => {
  let intake: IntakeTestApp;
  let base: string;

  beforeAll(async () => {
    intake = await startIntakeTestApp('intake-import', { INTAKE_IMPORT_LIMIT: '1mb' });
    base = intake.url;
  });
  afterAll(() => intake?.close());

  const upload = (content: Buffer | string, contentType: string, query = '', who = liaison) =>
    fetch(`${base}/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...who },
      body: content,
    });
  const read = (location: string, who: Record<string, string> = liaison) =>
    fetch(`${base}${location}`, { headers: who });
  const finished = (location: string) =>
    eventually(async () => {
      const view = (await (await read(location)).json()) as ImportView;
      if (view.status !== 'done') throw new Error(`import ${view.status}`);
      return view;
    }, 300_000);
  const submissionCommits = () =>
    intake.connection.collection('event_commits').countDocuments({ category: 'submission' });

  it('imports 1,000 rows once, reports the 10 bad ones by row and field, and again imports none', async () => {
    const file = await sheet(1_000);
    const started = Date.now();
    const accepted = await upload(file, XLSX);
    expect(accepted.status).toBe(202);
    const location = accepted.headers.get('location')!;
    expect(location).toMatch(/^\/imports\/[0-9a-f-]{36}$/);

    const first = await finished(location);
    process.stdout.write(`1,000-row XLSX imported in ${Date.now() - started} ms\n`);
    expect(first.progress).toEqual({ total: 1_000, processed: 1_000 });
    expect(first.counts).toEqual({ imported: 990, duplicates: 0, failed: 10 });
    const expected = Object.entries(BROKEN).map(([index, { field }]) => ({
      row: Number(index) + 2,
      field,
    }));
    expect(first.report.total).toBe(10);
    expect(first.report.rows).toEqual(
      expected.map((problem) =>
        expect.objectContaining({ ...problem, message: expect.any(String) }),
      ),
    );
    expect(first.report.rows[0]).toMatchObject({
      column: '标题',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    expect(await submissionCommits()).toBe(990);

    const page = (await (await read(`${location}?offset=8&limit=5`)).json()) as ImportView;
    expect(page.report.rows.map((problem) => problem.row)).toEqual([852, 1000]);

    const again = await finished((await upload(file, XLSX)).headers.get('location')!);
    expect(again.counts).toEqual({ imported: 0, duplicates: 990, failed: 10 });
    expect(await submissionCommits()).toBe(990);
  }, 600_000);

  it('imports CSV (quoted lines, other columns) and JSONL, recognising rows imported before', async () => {
    const csv = [
      '\ufeff标题,正文,地区,来源类型,备注',
      `${item(0).标题},"${item(0).情况}",城关区,信息联系点,`,
      '关于夜市噪音扰民的建议,"夜市营业到凌晨。\n建议限时经营。",城关区,信息联系点,居民来电',
      ',没有标题,,,',
    ].join('\r\n');
    const fromCsv = await finished((await upload(csv, 'text/csv')).headers.get('location')!);
    expect(fromCsv.counts).toEqual({ imported: 2, duplicates: 0, failed: 1 });
    expect(fromCsv.report.rows).toEqual([
      expect.objectContaining({ row: 4, field: 'title', column: '标题' }),
    ]);

    const jsonl = [
      JSON.stringify({
        title: '关于夜市噪音扰民的建议',
        body: { text: '夜市营业到凌晨。\n建议限时经营。' },
        region: '城关区',
      }),
      JSON.stringify({
        title: '关于增设公交站台的建议',
        body: { suggestions: '在东门增设站台' },
        sourceType: 'member',
      }),
      '',
      '{"title": ',
    ].join('\n');
    const accepted = await upload(
      jsonl,
      'application/octet-stream',
      '?filename=%E7%AC%AC%E4%B8%89%E6%89%B9.jsonl',
    );
    expect(accepted.status).toBe(202);
    const fromJsonl = await finished(accepted.headers.get('location')!);
    expect(fromJsonl.counts).toEqual({ imported: 1, duplicates: 1, failed: 1 });
    expect(fromJsonl.report.rows).toEqual([expect.objectContaining({ row: 4, field: '' })]);
  }, 120_000);

  it('lets only liaison points and staff import, and only the importer and their staff read it', async () => {
    const member = { ...liaison, 'x-user-id': 'm-1', 'x-user-role': 'member' };
    expect((await upload('标题\n关于…的建议', 'text/csv', '', member)).status).toBe(403);
    expect((await upload('hello', 'text/plain')).status).toBe(415);
    expect((await upload(Buffer.alloc(2 * 1024 * 1024), 'text/csv')).status).toBe(413);
    expect((await upload('', 'text/csv')).status).toBe(400);

    const location = (await upload('标题,正文\n关于…的建议,正文', 'text/csv')).headers.get(
      'location',
    )!;
    await finished(location);
    const editor = { ...liaison, 'x-user-id': 'e-1', 'x-user-role': 'editor' };
    expect((await read(location, editor)).status).toBe(200);
    expect((await read(location, { ...editor, 'x-org-id': 'org-city' })).status).toBe(404);
    expect((await read(location, { ...liaison, 'x-user-id': 'l-2' })).status).toBe(404);
    expect((await fetch(`${base}${location}`)).status).toBe(401);
  });
});
