import type { SubmissionContent } from '@opinion/contracts';
import { diffChars } from 'diff';

/** A run of text both versions share, or one removed from the older or added in the newer. */
export interface TextPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export type FieldChange =
  | {
      field: TextField;
      label: string;
      kind: 'text';
      before: string;
      after: string;
      parts: TextPart[];
    }
  | { field: ListField; label: string; kind: 'list'; removed: string[]; added: string[] };

type TextField =
  | 'title'
  | 'body.text'
  | 'body.situation'
  | 'body.problem'
  | 'body.suggestions'
  | 'sector'
  | 'region'
  | 'urgency';
type ListField = 'coSubmitters' | 'attachments';

const TEXT_FIELDS: Array<[TextField, string, (content: SubmissionContent) => string | undefined]> =
  [
    ['title', '标题', (content) => content.title],
    ['body.text', '正文', (content) => content.body.text],
    ['body.situation', '情况', (content) => content.body.situation],
    ['body.problem', '问题', (content) => content.body.problem],
    ['body.suggestions', '建议', (content) => content.body.suggestions],
    ['sector', '界别', (content) => content.sector],
    ['region', '地区', (content) => content.region],
    ['urgency', '紧急程度', (content) => content.urgency && urgencyText(content.urgency)],
  ];

const URGENCY: Record<NonNullable<SubmissionContent['urgency']>['level'], string> = {
  routine: '一般',
  urgent: '紧急',
  critical: '特急',
};

const urgencyText = ({ level, greenChannel }: NonNullable<SubmissionContent['urgency']>) =>
  greenChannel ? `${URGENCY[level]}（直通车）` : URGENCY[level];

const LIST_FIELDS: Array<[ListField, string, (content: SubmissionContent) => string[]]> = [
  ['coSubmitters', '联名人', (content) => content.coSubmitters.map(({ userId }) => userId)],
  ['attachments', '附件', (content) => (content.attachments ?? []).map(({ name }) => name)],
];

/**
 * Past this many inserted and removed characters the texts are shown as replaced outright: a
 * character diff of two long, unrelated texts costs time and says nothing a reader can use.
 */
export const MAX_EDIT_LENGTH = 2_000;

/** Character runs (Chinese has no spaces to split words at) from the older text to the newer. */
export function textParts(before: string, after: string): TextPart[] {
  const changes = diffChars(before, after, { maxEditLength: MAX_EDIT_LENGTH }) ?? [
    { value: before, removed: true, added: false },
    { value: after, removed: false, added: true },
  ];
  return changes
    .filter(({ value }) => value !== '')
    .map(({ value, added, removed }) => ({
      text: value,
      change: added ? 'added' : removed ? 'removed' : 'same',
    }));
}

/** What changed between two versions of an item's text, field by field; unchanged fields are left out. */
export function revisionChanges(
  before: SubmissionContent,
  after: SubmissionContent,
): FieldChange[] {
  const texts = TEXT_FIELDS.flatMap(([field, label, read]): FieldChange[] => {
    const [old, now] = [read(before) ?? '', read(after) ?? ''];
    if (old === now) return [];
    return [{ field, label, kind: 'text', before: old, after: now, parts: textParts(old, now) }];
  });
  const lists = LIST_FIELDS.flatMap(([field, label, read]): FieldChange[] => {
    const [old, now] = [read(before), read(after)];
    const removed = old.filter((entry) => !now.includes(entry));
    const added = now.filter((entry) => !old.includes(entry));
    if (removed.length === 0 && added.length === 0) return [];
    return [{ field, label, kind: 'list', removed, added }];
  });
  return [...texts, ...lists];
}
