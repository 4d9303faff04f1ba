import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI as users run it, one process a case (about a second each): an integration spec, though
// these commands need no server.
const CLI = join(__dirname, '../../../../bin/opinion.js');
const dir = mkdtempSync(join(tmpdir(), 'opinion-cli-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const REPORT = {
  title: '关于青松小区停车难的建议',
  body: '青松小区车位不足，晚上车辆占满消防通道，建议开放学校操场夜间停车。',
};

describe('opinion dedupe', () => {
  it('prints one line per item in order, pointing a copy at the original', () => {
    const input = file('items.jsonl', [
      JSON.stringify({ id: 'a', ...REPORT }),
      JSON.stringify({
        id: 'b',
        title: '城南小学课后服务',
        body: '课后服务时间太短，家长无法按时接孩子。',
      }),
      JSON.stringify({ id: 'c', ...REPORT, title: '關於青松小區停車難的建議' }),
    ]);
    const { code, stdout } = run('dedupe', '--input', input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.duplicateOf, l.clusterId])).toEqual([
      ['a', null, 'a'],
      ['b', null, 'b'],
      ['c', 'a', 'a'],
    ]);
    expect(lines[2].similarity).toBeGreaterThan(0.8);
  });

  it('names the malformed line and exits with 1', () => {
    const input = file('bad.jsonl', [JSON.stringify({ id: 'a', ...REPORT }), '{"id": "b", "body"']);
    const { code, stderr } = run('dedupe', '--input', input);
    expect(code).toBe(1);
    expect(stderr).toMatch(/bad\.jsonl:2: malformed JSON/);
  });

  it('names a line that lacks a body', () => {
    const { code, stderr } = run('dedupe', '--input', file('nobody.jsonl', ['{"id":"x"}']));
    expect(code).toBe(1);
    expect(stderr).toMatch(/nobody\.jsonl:1: body/);
  });

  it('exits with 2 and usage when --input is missing or the file does not exist', () => {
    const missingFlag = run('dedupe');
    expect(missingFlag.code).toBe(2);
    expect(missingFlag.stderr).toMatch(/--input/);
    const missingFile = run('dedupe', '--input', join(dir, 'absent.jsonl'));
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toMatch(/Usage: opinion dedupe/);
    expect(missingFile.stdout).toBe('');
  });
});

describe('opinion train and classify', () => {
  it('trains on segmented rows and classifies raw items with top three labels', () => {
    const rows = [
      ['道路 积水 维修', '交通'],
      ['公交 站点 线路', '交通'],
      ['学校 招生 学位', '教育'],
      ['老师 作业 课后', '教育'],
      ['医院 挂号 看病', '卫生'],
      ['医生 药品 医保', '卫生'],
    ].map(([tokens, label]) => JSON.stringify({ tokens, label }));
    const model = join(dir, 'tiny.model.gz');
    expect(run('train', '--input', file('train.jsonl', rows), '--out', model).code).toBe(0);
    const items = file('classify.jsonl', [
      JSON.stringify({ id: 7, title: '学校学位', body: '招生学位不够' }),
    ]);
    const { code, stdout } = run('classify', '--model', model, '--input', items);
    expect(code).toBe(0);
    const [line] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(line).toMatchObject({ id: 7, label: '教育' });
    expect(line.top).toHaveLength(3);
    expect(line.confidence).toBe(line.top[0].score);
  });

  it('rejects a training row without a label, naming the line', () => {
    const { code, stderr } = run(
      'train',
      '--input',
      file('nolabel.jsonl', ['{"tokens":"道路"}']),
      '--out',
      join(dir, 'x.gz'),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/nolabel\.jsonl:1/);
  });

  it('exits with 2 when --out is missing', () => {
    expect(run('train', '--input', file('t.jsonl', ['{"tokens":"a","label":"b"}'])).code).toBe(2);
  });
});
