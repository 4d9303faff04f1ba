import { Tag } from 'antd';
import type { SubmissionStatus } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

const COLOURS: Record<SubmissionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'warning',
  accepted: 'success',
  'not-used': 'error',
  merged: 'purple',
  withdrawn: 'default',
};

/** 已报送, 退回修改, 已采用 …: an item's status in words. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const known = status in COLOURS ? (status as SubmissionStatus) : null;
  return (
    <Tag color={known ? COLOURS[known] : 'default'}>{known ? t(`status.${known}`) : status}</Tag>
  );
}
