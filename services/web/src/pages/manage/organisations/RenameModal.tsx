import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { renameOrganisation } from '../../../api/admin';
import type { Organisation } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { showFieldErrors } from '../../../components/form-errors';
import { useI18n } from '../../../i18n/i18n-context';

/** 改名: PATCH /admin/organisations/:id. */
export function RenameModal({
  organisation,
  onClose,
}: {
  organisation: Organisation;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const rename = useMutation({
    mutationFn: ({ name }: { name: string }) =>
      renameOrganisation(organisation.organisationId, name.trim()),
    onSuccess: async () => {
      void message.success(t('orgs.renamed'));
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
      onClose();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Modal
      open
      title={t('orgs.renameTitle')}
      okText={t('users.save')}
      cancelText={t('item.cancel')}
      okButtonProps={{ loading: rename.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {rename.isError && <ApiErrorAlert error={rename.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ name: organisation.name }}
        onFinish={(values) => rename.mutate(values)}
      >
        <Form.Item
          label={t('orgs.name')}
          name="name"
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
