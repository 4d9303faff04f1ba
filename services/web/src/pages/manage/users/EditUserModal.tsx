import { useMutation } from '@tanstack/react-query';
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { updateUser, type UpdateUserRequest } from '../../../api/admin';
import type { Organisation, User } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { showFieldErrors } from '../../../components/form-errors';
import { useI18n } from '../../../i18n/i18n-context';
import { organisationOptions } from '../organisation-options';
import { ROLES } from './CreateUserForm';

interface Props {
  user: User;
  organisations: Organisation[];
  onClose: (saved: boolean) => void;
}

interface Values extends Omit<UpdateUserRequest, 'password'> {
  password?: string;
}

const PROFILE = ['sector', 'party', 'specialCommittee', 'liaisonPoint'] as const;

/** 编辑用户: PATCH /admin/users/:id with the fields that changed (an emptied profile field: null). */
export function EditUserModal({ user, organisations, onClose }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const initial: Values = {
    displayName: user.displayName,
    role: user.role,
    organisationId: user.organisationId,
    disabled: user.disabled,
    ...Object.fromEntries(PROFILE.map((field) => [field, user.profile[field] ?? ''])),
  };
  const mutation = useMutation({
    mutationFn: (values: Values) => {
      const changed: UpdateUserRequest = {};
      if (values.displayName?.trim() && values.displayName !== user.displayName)
        changed.displayName = values.displayName.trim();
      if (values.role !== user.role) changed.role = values.role;
      if (values.organisationId !== user.organisationId)
        changed.organisationId = values.organisationId;
      if (values.disabled !== user.disabled) changed.disabled = values.disabled;
      if (values.password) changed.password = values.password;
      for (const field of PROFILE) {
        const next = values[field]?.trim() || null;
        if (next !== (user.profile[field] ?? null)) changed[field] = next;
      }
      return Object.keys(changed).length > 0
        ? updateUser(user.userId, changed)
        : Promise.resolve(null);
    },
    onSuccess: () => onClose(true),
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Modal
      open
      title={t('users.editTitle', { name: user.displayName })}
      okText={t('users.save')}
      cancelText={t('item.cancel')}
      okButtonProps={{ loading: mutation.isPending }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      {mutation.isError && <ApiErrorAlert error={mutation.error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('users.role')} name="role">
          <Select options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item label={t('users.organisation')} name="organisationId">
          <Select options={organisationOptions(organisations)} />
        </Form.Item>
        {PROFILE.map((field) => (
          <Form.Item key={field} label={t(`users.${field}`)} name={field}>
            <Input />
          </Form.Item>
        ))}
        <Form.Item
          label={t('users.newPassword')}
          name="password"
          extra={t('users.newPasswordHelp')}
          rules={[{ min: 10, message: t('users.passwordHelp') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="disabled" valuePropName="checked">
          <Checkbox>{t('users.disable')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
