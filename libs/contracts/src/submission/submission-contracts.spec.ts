import { EventRegistry } from '../event-registry';
import { SUBMISSION_EVENTS } from './events';
import { registerScreeningEvents, registerSubmissionEvents } from './register';
import { proposalConversionRequestSchema, submitRequestSchema } from './requests';
import { parseLocalised, preferredLocale } from './validation-messages';

const validSubmit = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '情况', problem: '问题', suggestions: '建议' },
  sourceType: 'member',
};

describe('submission request schemas', () => {
  it('accepts a complete item and defaults the co-submitters', () => {
    const parsed = parseLocalised(submitRequestSchema, validSubmit, 'zh-CN');
    expect(parsed).toEqual({ success: true, data: { ...validSubmit, coSubmitters: [] } });
  });

  it('reports field errors in Chinese or English', () => {
    const input = { ...validSubmit, title: '', body: {}, attachments: [{ sha256: 'x' }] };
    const zh = parseLocalised(submitRequestSchema, input, 'zh-CN');
    const en = parseLocalised(submitRequestSchema, input, 'en');
    expect(zh.success || en.success).toBe(false);
    if (zh.success || en.success) return;
    expect(zh.errors.map((error) => error.field)).toEqual(
      expect.arrayContaining(['title', 'body', 'attachments.0.name', 'attachments.0.sha256']),
    );
    expect(zh.errors.find((error) => error.field === 'body')?.message).toBe(
      '请填写正文，或情况、问题、建议',
    );
    expect(en.errors.find((error) => error.field === 'attachments.0.sha256')?.message).toBe(
      'Must be a SHA-256 digest in 64 hex digits',
    );
    expect(zh.errors.find((error) => error.field === 'title')?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('rejects operator objects and keys starting with $ anywhere', () => {
    const parsed = parseLocalised(
      submitRequestSchema,
      { ...validSubmit, title: { $gt: '' }, $where: '1', body: { text: 'x', $ne: 1 } },
      'en',
    );
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title' }),
        { field: '$where', message: 'Unknown field' },
        { field: 'body.$ne', message: 'Unknown field' },
      ]),
    );
  });

  it('refuses proposal conversion as a direct source type and repeated people', () => {
    expect(
      submitRequestSchema.safeParse({ ...validSubmit, sourceType: 'proposal-conversion' }).success,
    ).toBe(false);
    expect(
      submitRequestSchema.safeParse({
        ...validSubmit,
        coSubmitters: [{ userId: 'u-2' }, { userId: 'u-2' }],
      }).success,
    ).toBe(false);
    const proposers = [{ userId: 'm-1', name: '张三' }, { userId: 'm-1' }];
    expect(
      proposalConversionRequestSchema.safeParse({
        proposal: { number: '2026-001', title: '关于……的提案', body: '正文', proposers },
      }).success,
    ).toBe(false);
  });
});

describe('preferredLocale', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['zh;q=0.5, en;q=0.8', 'en'],
    ['fr', 'zh-CN'],
  ])('reads %s as %s', (header, locale) => {
    expect(preferredLocale(header)).toBe(locale);
  });
});

describe('registerSubmissionEvents', () => {
  it('registers every type at version 1 beside the screening events', () => {
    const registry = registerScreeningEvents(registerSubmissionEvents(new EventRegistry()));
    for (const type of Object.values(SUBMISSION_EVENTS)) {
      expect(registry.latestVersion(type)).toBe(1);
    }
    expect(registry.has('opinion.screening.returned')).toBe(true);
  });
});
