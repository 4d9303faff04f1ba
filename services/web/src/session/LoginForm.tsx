import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { showFieldErrors } from '../components/form-errors';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { useI18n } from '../i18n/i18n-context';
import { useSession } from './session-context';
import type { Me } from '../api/types';

interface Props {
  onSignedIn: (me: Me) => void;
  /** A note above the fields (the modal's "what you typed is kept"). */
  notice?: string;
  /** The username to start with (the modal: the one whose session expired). */
  username?: string;
}

/** 用户名, 密码, 登录: the sign-in page's form and the sign-in modal's. */
export function LoginForm({ onSignedIn, notice, username }: Props) {
  const { t } = useI18n();
  const { login } = useSession();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login(values.username.trim(), values.password));
    } catch (caught) {
      // The gateway words a refused sign-in in English only; the reader's language here.
      const refused = caught instanceof ApiError && caught.status === 401;
      setError(refused ? new ApiError(401, t('login.invalid'), caught.code, [], null) : caught);
      showFieldErrors(form, caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ username: username ?? '' }}
      requiredMark={false}
      aria-label={t('login.title')}
    >
      {notice && <Alert type="info" showIcon message={notice} style={{ marginBottom: 16 }} />}
      {error !== null && <ApiErrorAlert error={error} />}
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('login.required', { field: t('login.username') }),
          },
        ]}
      >
        <Input autoComplete="username" autoFocus={!username} />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
      >
        <Input.Password autoComplete="current-password" autoFocus={Boolean(username)} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
