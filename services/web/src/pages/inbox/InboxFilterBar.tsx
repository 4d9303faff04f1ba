import { Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { DatePickerProps } from 'antd';
import type { InboxFilters } from '../../api/inbox';
import type { SourceType, SubmissionStatus } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';

type PickerValue = Parameters<NonNullable<DatePickerProps['onChange']>>[0];

export interface FilterFormValues {
  status?: SubmissionStatus;
  label?: string;
  sourceType?: SourceType;
  from?: PickerValue;
  to?: PickerValue;
  q?: string;
  duplicatesOnly?: boolean;
}

const STATUSES: SubmissionStatus[] = [
  'submitted',
  'returned',
  'accepted',
  'not-used',
  'merged',
  'withdrawn',
];
const SOURCES: SourceType[] = [
  'member',
  'sector-group',
  'party',
  'special-committee',
  'liaison-point',
  'info-officer',
  'proposal-conversion',
];

/** Beijing days: from 00:00 of the first day to the end of the last, as ISO instants. */
const dayStart = (value: PickerValue | null) =>
  value ? value.startOf('day').toISOString() : undefined;
const dayEnd = (value: PickerValue | null) =>
  value ? value.endOf('day').toISOString() : undefined;

export const toFilters = (values: FilterFormValues): InboxFilters => ({
  status: values.status,
  label: values.label,
  sourceType: values.sourceType,
  from: dayStart(values.from ?? null),
  to: dayEnd(values.to ?? null),
  q: values.q,
  duplicatesOnly: values.duplicatesOnly,
});

interface Props {
  labels: string[];
  onChange: (values: FilterFormValues) => void;
}

/** 状态, 分类, 来源类型, 开始日期, 结束日期, 关键词, 只看疑似重复; 查询 and 重置. */
export function InboxFilterBar({ labels, onChange }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<FilterFormValues>();
  const any = t('inbox.any');
  return (
    <Form<FilterFormValues>
      form={form}
      layout="vertical"
      aria-label={t('inbox.filters')}
      onValuesChange={(changed, all) => {
        if (!('q' in changed)) onChange(all);
      }}
      onFinish={onChange}
      onReset={() => onChange({})}
    >
      <Row gutter={12}>
        <Col xs={12} md={8} xl={4}>
          <Form.Item label={t('inbox.status')} name="status">
            <Select
              allowClear
              placeholder={any}
              options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item label={t('inbox.label')} name="label">
            <Select
              allowClear
              showSearch
              placeholder={any}
              options={labels.map((l) => ({ value: l, label: l }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item label={t('inbox.sourceType')} name="sourceType">
            <Select
              allowClear
              placeholder={any}
              options={SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item label={t('inbox.startDate')} name="from">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Form.Item label={t('inbox.endDate')} name="to">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8} xl={4}>
          <Form.Item label={t('inbox.q')} name="q">
            <Input allowClear placeholder={t('inbox.qPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 16 }}>
        <Form.Item name="duplicatesOnly" valuePropName="checked" noStyle>
          <Checkbox>{t('inbox.duplicatesOnly')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('inbox.search')}
        </Button>
        <Button htmlType="reset">{t('inbox.reset')}</Button>
      </Space>
    </Form>
  );
}
