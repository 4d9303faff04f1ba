import type { SubmissionContent } from '@opinion/contracts';
import { MAX_EDIT_LENGTH, revisionChanges, textParts } from './revision-changes';

const before: SubmissionContent = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '服务不足', suggestions: '增设日间照料中心' },
  coSubmitters: [{ userId: 'm-2' }],
};

describe('revision changes (修改对比)', () => {
  it('shows what a revision changed in each text field, character by character', () => {
    const after = { ...before, title: '关于加强社区居家养老服务的建议' };
    expect(revisionChanges(before, after)).toEqual([
      {
        field: 'title',
        label: '标题',
        kind: 'text',
        before: before.title,
        after: after.title,
        parts: [
          { text: '关于加强社区', change: 'same' },
          { text: '居家', change: 'added' },
          { text: '养老服务的建议', change: 'same' },
        ],
      },
    ]);
  });

  it('leaves unchanged fields out, and finds nothing between equal versions', () => {
    expect(revisionChanges(before, structuredClone(before))).toEqual([]);
  });

  it('shows a field added or cleared as all added or all removed', () => {
    const after: SubmissionContent = {
      ...before,
      body: { situation: '老龄人口增加', problem: '服务不足' },
      region: '城关镇',
      urgency: { level: 'urgent', greenChannel: true },
    };
    expect(revisionChanges(before, after)).toEqual([
      expect.objectContaining({
        field: 'body.suggestions',
        label: '建议',
        parts: [{ text: '增设日间照料中心', change: 'removed' }],
      }),
      expect.objectContaining({ field: 'region', parts: [{ text: '城关镇', change: 'added' }] }),
      expect.objectContaining({ field: 'urgency', after: '紧急（直通车）' }),
    ]);
  });

  it('lists co-submitters and attachments added and removed', () => {
    const after: SubmissionContent = {
      ...before,
      coSubmitters: [{ userId: 'm-3' }],
      attachments: [
        { name: '调研报告.pdf', size: 1024, mediaType: 'application/pdf', sha256: 'a'.repeat(64) },
      ],
    };
    expect(revisionChanges(before, after)).toEqual([
      { field: 'coSubmitters', label: '联名人', kind: 'list', removed: ['m-2'], added: ['m-3'] },
      { field: 'attachments', label: '附件', kind: 'list', removed: [], added: ['调研报告.pdf'] },
    ]);
  });

  it('shows two long, unrelated texts as one replaced by the other, without diffing them', () => {
    const old = '甲'.repeat(MAX_EDIT_LENGTH);
    const now = '乙'.repeat(MAX_EDIT_LENGTH);
    expect(textParts(old, now)).toEqual([
      { text: old, change: 'removed' },
      { text: now, change: 'added' },
    ]);
  });
});
