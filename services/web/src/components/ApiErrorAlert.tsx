import { Alert, Button } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';

interface Props {
  error: unknown;
  onRetry?: () => void;
}

/** An error state: the API's message (in the language asked for), with a retry when it helps. */
export function ApiErrorAlert({ error, onRetry }: Props) {
  const { t } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      message={errorText(error, t)}
      style={{ marginBottom: 16 }}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('error.retry')}
          </Button>
        )
      }
    />
  );
}
