import { Descriptions, Tag, Typography } from 'antd';
import type { SubmissionView } from '../../api/types';
import { formatTime } from '../../components/format';
import { StatusTag } from '../../components/StatusTag';
import { useI18n } from '../../i18n/i18n-context';
import { useMe } from '../../session/session-context';

const BODY_PARTS = [
  ['text', 'form.text'],
  ['situation', 'form.situation'],
  ['problem', 'form.problem'],
  ['suggestions', 'form.suggestions'],
] as const;

/** An item's text (情况 / 问题 / 建议) and its particulars. */
export function ItemContent({ view, compact }: { view: SubmissionView; compact?: boolean }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const content = view.content ?? {};
  // Only administrators can look people up; the caller at least knows their own name.
  const submitter = view.submitterId === me.userId ? me.displayName : view.submitterId;
  const urgency = content.urgency;
  return (
    <>
      {BODY_PARTS.map(([part, label]) => {
        const text = content.body?.[part];
        if (!text) return null;
        return (
          <section key={part} style={{ marginBottom: 16 }}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t(label)}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>
          </section>
        );
      })}
      {!compact && (
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          title={t('item.details')}
          items={[
            {
              key: 'status',
              label: t('mine.status'),
              children: <StatusTag status={view.status} />,
            },
            {
              key: 'revision',
              label: t('item.revisionLabel'),
              children: view.revision || '—',
            },
            {
              key: 'source',
              label: t('form.sourceType'),
              children: view.sourceType ? t(`source.${view.sourceType}`) : '—',
            },
            { key: 'submitter', label: t('item.submitter'), children: submitter ?? '—' },
            {
              key: 'co',
              label: t('form.coSubmitters'),
              children:
                (content.coSubmitters ?? [])
                  .map((person) => person.name ?? person.userId)
                  .join('、') || '—',
            },
            { key: 'sector', label: t('form.sector'), children: content.sector ?? '—' },
            { key: 'region', label: t('form.region'), children: content.region ?? '—' },
            {
              key: 'urgency',
              label: t('form.urgency'),
              children: urgency ? (
                <>
                  {t(`urgency.${urgency.level}`)}
                  {urgency.greenChannel && (
                    <Tag color="red" style={{ marginInlineStart: 8 }}>
                      {t('form.greenChannel')}
                    </Tag>
                  )}
                </>
              ) : (
                t('urgency.routine')
              ),
            },
            {
              key: 'submittedAt',
              label: t('mine.submittedAt'),
              children: formatTime(view.submittedAt, locale),
            },
            {
              key: 'updatedAt',
              label: t('mine.updatedAt'),
              children: formatTime(view.updatedAt, locale),
            },
          ]}
        />
      )}
    </>
  );
}
