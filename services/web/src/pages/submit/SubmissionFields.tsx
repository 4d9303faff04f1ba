import { Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import type { SourceType } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import type { SubmissionFormValues } from './form-model';

const SOURCE_TYPES: SourceType[] = [
  'member',
  'sector-group',
  'party',
  'special-committee',
  'liaison-point',
  'info-officer',
];
const URGENCY = ['routine', 'urgent', 'critical'] as const;

interface Props {
  /** Revisions keep the source type the item was submitted with. */
  showSourceType: boolean;
  /** 正文 as one text, for items that have it. */
  showText: boolean;
  /** Shown right after the body (the similar items, on phones). */
  afterBody?: ReactNode;
}

/** 标题, 情况, 问题, 建议, 联名人, 来源类型, 界别, 地区, 紧急程度, 直通车. */
export function SubmissionFields({ showSourceType, showText, afterBody }: Props) {
  const { t } = useI18n();
  const bodyRule = ({ getFieldsValue }: { getFieldsValue: () => SubmissionFormValues }) => ({
    validator: async () => {
      const values = getFieldsValue();
      const parts = [values.text, values.situation, values.problem, values.suggestions];
      if (!parts.some((part) => part?.trim())) throw new Error(t('form.bodyRequired'));
    },
  });
  const textArea = (rows: number) => (
    <Input.TextArea autoSize={{ minRows: rows, maxRows: 16 }} maxLength={10000} />
  );

  return (
    <>
      <Form.Item
        label={t('form.title')}
        name="title"
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('form.required', { field: t('form.title') }),
          },
        ]}
      >
        <Input placeholder={t('form.titlePlaceholder')} maxLength={200} showCount />
      </Form.Item>
      {showText && (
        <Form.Item label={t('form.text')} name="text">
          {textArea(4)}
        </Form.Item>
      )}
      <Form.Item
        label={t('form.situation')}
        name="situation"
        extra={t('form.bodyHelp')}
        dependencies={['problem', 'suggestions', 'text']}
        rules={[bodyRule]}
      >
        {textArea(3)}
      </Form.Item>
      <Form.Item label={t('form.problem')} name="problem">
        {textArea(3)}
      </Form.Item>
      <Form.Item label={t('form.suggestions')} name="suggestions">
        {textArea(3)}
      </Form.Item>
      {afterBody}
      <Form.Item
        label={t('form.coSubmitters')}
        name="coSubmitters"
        extra={t('form.coSubmittersHelp')}
      >
        <Select
          mode="tags"
          open={false}
          tokenSeparators={[',', '，', '、', ' ']}
          suffixIcon={null}
        />
      </Form.Item>
      <Row gutter={16}>
        {showSourceType && (
          <Col xs={24} md={8}>
            <Form.Item label={t('form.sourceType')} name="sourceType">
              <Select
                options={SOURCE_TYPES.map((type) => ({ value: type, label: t(`source.${type}`) }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Form.Item label={t('form.sector')} name="sector">
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('form.region')} name="region">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('form.urgency')} name="urgencyLevel">
        <Radio.Group {...{ role: 'radiogroup' }} aria-label={t('form.urgency')}>
          {URGENCY.map((level) => (
            <Radio key={level} value={level}>
              {t(`urgency.${level}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="greenChannel" valuePropName="checked">
        <Checkbox>{t('form.greenChannel')}</Checkbox>
      </Form.Item>
    </>
  );
}
