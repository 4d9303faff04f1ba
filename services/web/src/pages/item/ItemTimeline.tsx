import { Empty, Tag, Timeline, Typography } from 'antd';
import type { Timeline as TimelineData, TimelineEntry } from '../../api/types';
import { formatTime, percent } from '../../components/format';
import { useI18n } from '../../i18n/i18n-context';

const COLOURS: Record<string, string> = {
  'opinion.screening.returned': 'orange',
  'opinion.screening.accepted': 'green',
  'opinion.screening.not-used': 'red',
  'opinion.submission.withdrawn': 'gray',
};

function Remarks({ entry }: { entry: TimelineEntry }) {
  const { t } = useI18n();
  const { summary } = entry;
  const lines = [
    summary.revision && entry.type !== 'opinion.submission.submitted'
      ? t('item.revision', { n: summary.revision })
      : null,
    summary.comments,
    summary.reason,
    summary.label &&
      `${t('triage.label')}：${summary.previousLabel ? `${summary.previousLabel} → ` : ''}${summary.label}${
        summary.confidence !== undefined ? `（${percent(summary.confidence)}）` : ''
      }`,
  ].filter(Boolean);
  return (
    <>
      {lines.map((line) => (
        <Typography.Paragraph
          key={line}
          type="secondary"
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
        >
          {line}
        </Typography.Paragraph>
      ))}
    </>
  );
}

/** 办理进程: GET /api/submissions/:id/timeline, with the API's zh-CN labels and tags. */
export function ItemTimeline({ timeline }: { timeline: TimelineData }) {
  const { t, locale } = useI18n();
  if (timeline.entries.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('item.timelineEmpty')} />;
  }
  return (
    <Timeline
      items={timeline.entries.map((entry) => ({
        key: entry.eventId,
        color: COLOURS[entry.type] ?? 'blue',
        children: (
          <>
            <Typography.Text strong>{entry.label}</Typography.Text>
            {entry.tags.map((tag) => (
              <Tag key={tag} color="volcano" style={{ marginInlineStart: 6 }}>
                {tag}
              </Tag>
            ))}
            <div>
              <Typography.Text type="secondary">
                {formatTime(entry.occurredAt, locale)}
              </Typography.Text>
            </div>
            <Remarks entry={entry} />
          </>
        ),
      }))}
    />
  );
}

/** The comments of the last return (退回意见), for the submitter revising. */
export const lastReturnComments = (timeline: TimelineData | undefined): string | undefined =>
  timeline?.entries
    .filter((entry) => entry.type === 'opinion.screening.returned')
    .map((entry) => entry.summary.comments ?? entry.summary.reason)
    .filter(Boolean)
    .at(-1);
