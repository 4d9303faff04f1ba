import { Typography } from 'antd';
import { errorText } from '../../components/error-text';
import { useI18n } from '../../i18n/i18n-context';
import type { AutosaveStatus } from './use-draft-autosave';

/** 草稿已于 … 自动保存, as a live region so a screen reader hears it. */
export function AutosaveNote({ status }: { status: AutosaveStatus }) {
  const { t, locale } = useI18n();
  const text = (() => {
    switch (status.kind) {
      case 'pending':
        return t('submit.unsaved');
      case 'saving':
        return t('submit.saving');
      case 'saved':
        return t('submit.saved', { time: status.at.toLocaleTimeString(locale) });
      case 'failed':
        return t('submit.saveFailed', { message: errorText(status.error, t) });
      default:
        return '';
    }
  })();
  return (
    <Typography.Text
      role="status"
      aria-live="polite"
      data-testid="autosave-status"
      type={status.kind === 'failed' ? 'danger' : 'secondary'}
    >
      {text}
    </Typography.Text>
  );
}
