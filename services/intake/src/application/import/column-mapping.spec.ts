import { importFieldOf, mapColumns, parsePerson, toSubmitRequest } from './column-mapping';

describe('column mapping', () => {
  it('knows the Chinese headers liaison points use, marked or not, and English keys', () => {
    expect(importFieldOf('标题')).toBe('title');
    expect(importFieldOf(' 标题* ')).toBe('title');
    expect(importFieldOf('标题（必填）')).toBe('title');
    expect(importFieldOf('提交人')).toBe('submitter');
    expect(importFieldOf('直通车')).toBe('greenChannel');
    expect(importFieldOf('Source_Type')).toBe('sourceType');
    expect(importFieldOf('序号')).toBeUndefined();
  });

  it('drops empty cells and unknown columns', () => {
    expect(mapColumns({ 序号: 1, 标题: ' 关于…的建议 ', 地区: '', 界别: null })).toEqual({
      title: '关于…的建议',
    });
  });

  it('reads people as 张三(m-1), 张三（m-1） or m-1', () => {
    expect(parsePerson('张三(m-1)')).toEqual({ userId: 'm-1', name: '张三' });
    expect(parsePerson('李四（m-2）')).toEqual({ userId: 'm-2', name: '李四' });
    expect(parsePerson(' m-3 ')).toEqual({ userId: 'm-3' });
  });

  it('builds a submit request: body parts, people, labels for source and urgency', () => {
    const { request, submitter } = toSubmitRequest(
      {
        title: '关于加装电梯的建议',
        situation: '老旧小区多',
        suggestions: '加快审批',
        submitter: '王五(m-5)',
        coSubmitters: '张三(m-1)、李四(m-2)',
        sourceType: '特邀信息员',
        region: '城关区',
        urgency: '紧急',
        greenChannel: '是',
      },
      'liaison-1',
    );
    expect(submitter).toBe('m-5');
    expect(request).toEqual({
      title: '关于加装电梯的建议',
      body: { situation: '老旧小区多', suggestions: '加快审批' },
      coSubmitters: [
        { userId: 'm-5', name: '王五' },
        { userId: 'm-1', name: '张三' },
        { userId: 'm-2', name: '李四' },
      ],
      sourceType: 'info-officer',
      region: '城关区',
      urgency: { level: 'urgent', greenChannel: true },
    });
  });

  it('defaults to the liaison point as source and the importer as submitter', () => {
    const { request, submitter } = toSubmitRequest(
      { title: 't', text: 'b', submitter: 'liaison-1' },
      'liaison-1',
    );
    expect(submitter).toBeUndefined();
    expect(request).toMatchObject({ sourceType: 'liaison-point', coSubmitters: [] });
    expect(request).not.toHaveProperty('urgency');
  });

  it('passes unknown labels through for the schema to refuse', () => {
    const { request } = toSubmitRequest({ title: 't', urgency: '很急', greenChannel: '也许' }, 'x');
    expect(request.urgency).toEqual({ level: '很急', greenChannel: '也许' });
  });
});
