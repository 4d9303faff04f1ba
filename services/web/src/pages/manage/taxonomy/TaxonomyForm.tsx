import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { defineTaxonomy } from '../../../api/triage';
import type { Taxonomy } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { showFieldErrors } from '../../../components/form-errors';
import { useI18n } from '../../../i18n/i18n-context';

interface Values {
  labels: string[];
  mapping: Array<{ modelLabel?: string; label?: string }>;
}

interface Props {
  orgId: string;
  taxonomy: Taxonomy;
  etag: string | null;
}

/** 分类 (2–50 labels) and 模型分类对照 (model label → label); PUT with If-Match. */
export function TaxonomyForm({ orgId, taxonomy, etag }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const labels = Form.useWatch('labels', form) ?? taxonomy.labels;
  const save = useMutation({
    mutationFn: (values: Values) =>
      defineTaxonomy(
        orgId,
        {
          labels: values.labels.map((label) => label.trim()).filter(Boolean),
          mapping: (values.mapping ?? [])
            .filter((entry) => entry.modelLabel?.trim() && entry.label)
            .map((entry) => ({ modelLabel: entry.modelLabel!.trim(), label: entry.label! })),
        },
        etag,
      ),
    onSuccess: async () => {
      void message.success(t('taxonomy.saved'));
      await queryClient.invalidateQueries({ queryKey: ['taxonomy', orgId] });
    },
    onError: (error) => showFieldErrors(form, error),
  });

  return (
    <Card>
      <Typography.Paragraph type="secondary">
        {taxonomy.isDefault
          ? t('taxonomy.default')
          : t('taxonomy.version', { n: taxonomy.version })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label={t('taxonomy.title')}
        initialValues={{ labels: taxonomy.labels, mapping: taxonomy.mapping }}
        onFinish={(values) => save.mutate(values)}
      >
        {save.isError && <ApiErrorAlert error={save.error} />}
        <Form.Item
          label={t('taxonomy.labels')}
          name="labels"
          extra={t('taxonomy.labelsHelp')}
          rules={[
            { required: true, type: 'array', min: 2, max: 50, message: t('taxonomy.labelsHelp') },
          ]}
        >
          <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，', '、']} />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('taxonomy.mapping')}
        </Typography.Title>
        <Alert
          type="info"
          showIcon
          message={t('taxonomy.mappingHelp')}
          style={{ marginBottom: 16 }}
        />
        <Form.List name="mapping">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={12} align="bottom">
                  <Col xs={24} sm={10}>
                    <Form.Item
                      label={`${t('taxonomy.modelLabel')} ${index + 1}`}
                      name={[field.name, 'modelLabel']}
                      rules={[{ required: true, whitespace: true }]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={18} sm={10}>
                    <Form.Item
                      label={`${t('taxonomy.label')} ${index + 1}`}
                      name={[field.name, 'label']}
                      rules={[{ required: true }]}
                    >
                      <Select options={labels.map((label) => ({ value: label, label }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={6} sm={4}>
                    <Form.Item>
                      <Button
                        onClick={() => remove(field.name)}
                        aria-label={`${t('taxonomy.remove')} ${index + 1}`}
                      >
                        {t('taxonomy.remove')}
                      </Button>
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Space wrap>
                <Button onClick={() => add({})}>{t('taxonomy.addMapping')}</Button>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('taxonomy.save')}
                </Button>
              </Space>
            </>
          )}
        </Form.List>
      </Form>
    </Card>
  );
}
