import { useMutation } from '@tanstack/react-query';
import { Button, Col, Form, Input, Row, Select } from 'antd';
import { createUser, type CreateUserRequest } from '../../../api/admin';
import { ApiError } from '../../../api/errors';
import type { Organisation, Role } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { showFieldErrors } from '../../../components/form-errors';
import { useI18n } from '../../../i18n/i18n-context';
import { organisationOptions } from '../organisation-options';

export const ROLES: Role[] = ['member', 'liaison', 'editor', 'reviewer', 'analyst', 'admin'];
const PROFILE = ['sector', 'party', 'specialCommittee', 'liaisonPoint'] as const;

interface Props {
  organisations: Organisation[];
  organisationId: string;
  onCreated: (organisationId: string) => void;
}

/** 新建用户: POST /admin/users; the API's field messages on the fields (409: username taken). */
export function CreateUserForm({ organisations, organisationId, onCreated }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<CreateUserRequest>();
  const mutation = useMutation({
    mutationFn: (values: CreateUserRequest) =>
      createUser({
        ...values,
        username: values.username.trim().toLowerCase(),
        ...Object.fromEntries(PROFILE.map((field) => [field, values[field]?.trim() || undefined])),
      }),
    onSuccess: (_, values) => {
      form.resetFields();
      onCreated(values.organisationId);
    },
    onError: (error) => {
      showFieldErrors(form, error);
      // 409: the username is taken (the gateway says so in English only).
      if (error instanceof ApiError && error.status === 409) {
        form.setFields([{ name: 'username', errors: [t('users.taken')] }]);
      }
    },
  });
  const required = (field: string) => [
    { required: true, whitespace: true, message: t('form.required', { field }) },
  ];

  return (
    <Form<CreateUserRequest>
      form={form}
      layout="vertical"
      aria-label={t('users.create')}
      initialValues={{ organisationId, role: 'member' }}
      onFinish={(values) => mutation.mutate(values)}
    >
      {mutation.isError &&
        !(mutation.error instanceof ApiError && mutation.error.status === 409) && (
          <ApiErrorAlert error={mutation.error} />
        )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('users.username')}
            name="username"
            extra={t('users.usernameHelp')}
            rules={required(t('users.username'))}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('users.password')}
            name="password"
            extra={t('users.passwordHelp')}
            rules={[
              ...required(t('users.password')),
              { min: 10, message: t('users.passwordHelp') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('users.displayName')}
            name="displayName"
            rules={required(t('users.displayName'))}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('users.role')} name="role" rules={required(t('users.role'))}>
            <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('users.organisation')}
            name="organisationId"
            rules={required(t('users.organisation'))}
          >
            <Select options={organisationOptions(organisations)} />
          </Form.Item>
        </Col>
        {PROFILE.map((field) => (
          <Col xs={24} md={12} key={field}>
            <Form.Item label={t(`users.${field}`)} name={field}>
              <Input />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t('users.createSubmit')}
      </Button>
    </Form>
  );
}
