import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { rememberWrite } from '../../api/read-your-writes';
import { withdraw } from '../../api/submissions';
import type { SubmissionView } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useI18n } from '../../i18n/i18n-context';

/** 撤回 with an optional reason: POST /api/submissions/:id/withdraw, If-Match the item's ETag. */
export function WithdrawButton({ view, etag }: { view: SubmissionView; etag: string | null }) {
  const id = view.submissionId;
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();
  const mutation = useMutation({
    mutationFn: (reason: string | undefined) => withdraw(id, reason?.trim() || undefined, etag),
    onSuccess: async (answer) => {
      rememberWrite(id, { ...view, status: 'withdrawn' }, answer.etag);
      setOpen(false);
      void message.success(t('item.withdrawn'));
      await queryClient.invalidateQueries({ queryKey: ['submission', id] });
      await queryClient.invalidateQueries({ queryKey: ['timeline', id] });
      await queryClient.invalidateQueries({ queryKey: ['mine'] });
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('item.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('item.withdrawTitle')}
        okText={t('item.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: mutation.isPending }}
        cancelText={t('item.cancel')}
        onOk={() => mutation.mutate(form.getFieldValue('reason'))}
        onCancel={() => setOpen(false)}
      >
        {mutation.isError && <ApiErrorAlert error={mutation.error} />}
        <Form form={form} layout="vertical">
          <Form.Item label={t('item.withdrawReason')} name="reason">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
