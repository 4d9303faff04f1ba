import { Button, Col, Form, Grid, Row, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { submitDraft, submitNow } from '../../api/submissions';
import type { SourceType, SubmissionView } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from '../../components/form-errors';
import { newKey } from '../../components/new-key';
import { useI18n } from '../../i18n/i18n-context';
import { useMe } from '../../session/session-context';
import { AutosaveNote } from './AutosaveNote';
import {
  bodyTextOf,
  fromContent,
  isBlank,
  SUBMISSION_FIELD_MAP,
  toRequest,
  type SubmissionFormValues,
} from './form-model';
import { SimilarItemsPanel } from './SimilarItemsPanel';
import { SubmissionFields } from './SubmissionFields';
import { useDraftAutosave, type Draft } from './use-draft-autosave';

interface Props {
  /** The saved draft being continued, or null for a new item. */
  initial: { draft: Draft; view: SubmissionView } | null;
  onDraftCreated: (draft: Draft) => void;
  onSubmitted: (submissionId: string) => void;
}

/**
 * The submit form: saved as a draft as one types, the similar items beside it (below the body
 * on phones), submitted with 提交 — the draft if there is one, else the item directly.
 */
export function SubmissionEditor({ initial, onDraftCreated, onSubmitted }: Props) {
  const { t } = useI18n();
  const me = useMe();
  const [form] = Form.useForm<SubmissionFormValues>();
  const wide = Grid.useBreakpoint().lg ?? true;
  const autosave = useDraftAutosave(initial?.draft ?? null, onDraftCreated);
  const submitKey = useRef(newKey());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const defaultSource: SourceType = me.role === 'liaison' ? 'liaison-point' : 'member';
  const [initialValues] = useState<SubmissionFormValues>(() =>
    initial
      ? fromContent(initial.view.content, initial.view.sourceType ?? defaultSource)
      : {
          sourceType: defaultSource,
          sector: me.profile.sector ?? undefined,
          urgencyLevel: 'routine',
          greenChannel: false,
          coSubmitters: [],
        },
  );

  const title = Form.useWatch('title', form) ?? '';
  const watched = Form.useWatch([], form) ?? initialValues;
  const body = bodyTextOf(watched);

  // A draft the API refused (a field too long, a bad co-submitter id): its messages on the fields.
  useEffect(() => {
    if (autosave.status.kind === 'failed') {
      showFieldErrors(form, autosave.status.error, SUBMISSION_FIELD_MAP);
    }
  }, [autosave.status, form]);

  const request = (values: SubmissionFormValues) => toRequest(values, { withSourceType: true });

  const submit = async (values: SubmissionFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const saved = await autosave.settle();
      if (saved) {
        const draft = await autosave.flush(request(values));
        const { data } = await submitDraft(draft!.id, draft!.etag);
        autosave.stop();
        onSubmitted(data.submissionId);
      } else {
        autosave.stop();
        const { data } = await submitNow(request(values), submitKey.current);
        onSubmitted(data.submissionId);
      }
    } catch (caught) {
      showFieldErrors(form, caught, SUBMISSION_FIELD_MAP);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const similar = <SimilarItemsPanel title={title} body={body} />;
  return (
    <Row gutter={24}>
      <Col xs={24} lg={16}>
        <Form<SubmissionFormValues>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={(_, all) => {
            if (!isBlank(all)) autosave.schedule(request(all));
          }}
          onFinish={submit}
          onFinishFailed={() => setError(null)}
          scrollToFirstError
          aria-label={t('submit.title')}
        >
          {error !== null && <ApiErrorAlert error={error} />}
          <SubmissionFields
            showSourceType
            showText={Boolean(initialValues.text)}
            afterBody={wide ? null : <div style={{ marginBottom: 24 }}>{similar}</div>}
          />
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={busy} size="large">
                {t('submit.submit')}
              </Button>
              <Button
                disabled={busy}
                onClick={() => {
                  const values = form.getFieldsValue(true) as SubmissionFormValues;
                  if (!isBlank(values)) void autosave.flush(request(values)).catch(() => undefined);
                }}
              >
                {t('submit.saveDraft')}
              </Button>
            </Space>
            <AutosaveNote status={autosave.status} />
          </Space>
        </Form>
      </Col>
      {wide && (
        <Col lg={8}>
          <div style={{ position: 'sticky', top: 88 }}>{similar}</div>
        </Col>
      )}
    </Row>
  );
}
