import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Select } from 'antd';
import { correctClassification, taxonomy } from '../../api/triage';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from '../../components/form-errors';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  itemId: string;
  orgId: string;
  current: string | null;
  etag: string | null;
}

/** 更正分类 (editors): a label of the taxonomy in force, POST with If-Match the triage's ETag. */
export function ClassificationForm({ itemId, orgId, current, etag }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ label: string }>();
  const labels = useQuery({ queryKey: ['taxonomy', orgId], queryFn: () => taxonomy(orgId) });
  const mutation = useMutation({
    mutationFn: (label: string) => correctClassification(itemId, label, etag),
    onSuccess: async () => {
      void message.success(t('triage.correctedOk'));
      await queryClient.invalidateQueries({ queryKey: ['assessment', itemId] });
      await queryClient.invalidateQueries({ queryKey: ['timeline', itemId] });
    },
    onError: (error) => showFieldErrors(form, error),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ label: current ?? undefined }}
      onFinish={({ label }) => mutation.mutate(label)}
      aria-label={t('triage.correct')}
    >
      {mutation.isError && <ApiErrorAlert error={mutation.error} />}
      {labels.isError && <ApiErrorAlert error={labels.error} />}
      <Form.Item
        label={t('triage.newLabel')}
        name="label"
        rules={[{ required: true, message: t('form.required', { field: t('triage.newLabel') }) }]}
      >
        <Select
          loading={labels.isPending}
          showSearch
          options={(labels.data?.data.labels ?? []).map((label) => ({ value: label, label }))}
        />
      </Form.Item>
      <Button htmlType="submit" type="primary" loading={mutation.isPending}>
        {t('triage.correct')}
      </Button>
    </Form>
  );
}
