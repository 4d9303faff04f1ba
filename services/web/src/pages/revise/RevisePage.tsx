import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { freshItemQuery, rememberWrite } from '../../api/read-your-writes';
import { revise, submission, timeline } from '../../api/submissions';
import type { SubmissionView } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { showFieldErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/i18n-context';
import { lastReturnComments } from '../item/ItemTimeline';
import {
  fromContent,
  SUBMISSION_FIELD_MAP,
  toRequest,
  type SubmissionFormValues,
} from '../submit/form-model';
import { SubmissionFields } from '../submit/SubmissionFields';
import { ButtonLink } from '../../components/ButtonLink';

/** /items/:id/revise: the returned item's text to change, POST …/revisions with If-Match. */
export function RevisePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const item = useQuery({
    queryKey: ['submission', id],
    queryFn: () => submission(id),
    gcTime: 0,
    ...freshItemQuery,
  });
  const history = useQuery({ queryKey: ['timeline', id], queryFn: () => timeline(id) });

  if (item.isPending) return <Loading rows={10} />;
  if (item.isError) return <ApiErrorAlert error={item.error} onRetry={() => void item.refetch()} />;
  const { data: view, etag } = item.data;
  return (
    <>
      <PageTitle>{t('revise.title')}</PageTitle>
      {view.status !== 'returned' ? (
        <Alert
          type="info"
          showIcon
          message={t('revise.notReturned')}
          action={<Link to={`/items/${id}`}>{t('submit.view')}</Link>}
        />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={t('item.returnComments')}
            description={lastReturnComments(history.data) ?? '—'}
          />
          <ReviseForm view={view} etag={etag} />
        </>
      )}
    </>
  );
}

function ReviseForm({ view, etag }: { view: SubmissionView; etag: string | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SubmissionFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [initialValues] = useState(() => fromContent(view.content, view.sourceType));

  const submit = async (values: SubmissionFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const request = toRequest(values, { withSourceType: false, withNote: true });
      const attachments = view.content?.attachments;
      const answer = await revise(
        view.submissionId,
        { ...request, ...(attachments && { attachments }) },
        etag,
      );
      const content = { ...request };
      delete content.note;
      rememberWrite(
        view.submissionId,
        { ...view, status: 'submitted', revision: view.revision + 1, content },
        answer.etag,
      );
      await queryClient.invalidateQueries({ queryKey: ['submission', view.submissionId] });
      await queryClient.invalidateQueries({ queryKey: ['timeline', view.submissionId] });
      await queryClient.invalidateQueries({ queryKey: ['mine'] });
      navigate(`/items/${view.submissionId}`);
    } catch (caught) {
      showFieldErrors(form, caught, SUBMISSION_FIELD_MAP);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<SubmissionFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      scrollToFirstError
      aria-label={t('revise.title')}
      style={{ maxWidth: 820 }}
    >
      {error !== null && <ApiErrorAlert error={error} />}
      <SubmissionFields showSourceType={false} showText={Boolean(initialValues.text)} />
      <Form.Item label={t('form.note')} name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={busy} size="large">
          {t('revise.submit')}
        </Button>
        <ButtonLink to={`/items/${view.submissionId}`}>{t('item.cancel')}</ButtonLink>
      </Space>
    </Form>
  );
}
