import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Result } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { freshItemQuery } from '../../api/read-your-writes';
import { submission } from '../../api/submissions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useI18n } from '../../i18n/i18n-context';
import { SubmissionEditor } from './SubmissionEditor';
import { ButtonLink } from '../../components/ButtonLink';

/**
 * /submit (a new item) and /drafts/:id (a saved draft). When the first autosave of a new item
 * creates its draft, the address becomes /drafts/:id without reloading the form.
 */
export function SubmitPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const navigate = useNavigate();
  const createdHere = useRef<string | null>(null);
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  if (submitted) {
    return (
      <Result
        status="success"
        title={t('submit.done')}
        subTitle={t('submit.doneHint')}
        extra={[
          <ButtonLink key="view" to={`/items/${submitted}`} type="primary">
            {t('submit.view')}
          </ButtonLink>,
          <Button
            key="again"
            onClick={() => {
              createdHere.current = null;
              setSubmitted(null);
              setGeneration((count) => count + 1);
              navigate('/submit');
            }}
          >
            {t('submit.another')}
          </Button>,
        ]}
      />
    );
  }

  if (id && id !== createdHere.current) {
    return <DraftEditor key={id} id={id} onSubmitted={setSubmitted} />;
  }
  return (
    <>
      <PageTitle>{t('submit.title')}</PageTitle>
      <SubmissionEditor
        key={generation}
        initial={null}
        onDraftCreated={(draft) => {
          createdHere.current = draft.id;
          navigate(`/drafts/${draft.id}`, { replace: true });
        }}
        onSubmitted={setSubmitted}
      />
    </>
  );
}

/** A draft saved before: GET /api/submissions/:id, then the form with its content. */
function DraftEditor({ id, onSubmitted }: { id: string; onSubmitted: (id: string) => void }) {
  const { t } = useI18n();
  const draft = useQuery({
    queryKey: ['submission', id],
    queryFn: () => submission(id),
    gcTime: 0,
    ...freshItemQuery,
  });
  if (draft.isPending) return <Loading rows={8} />;
  if (draft.isError)
    return <ApiErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />;
  const { data: view, etag } = draft.data;
  if (view.status !== 'draft') {
    return (
      <Alert
        type="info"
        showIcon
        message={t('submit.notDraft')}
        action={<Link to={`/items/${id}`}>{t('submit.view')}</Link>}
      />
    );
  }
  return (
    <>
      <PageTitle>{t('submit.draftTitle')}</PageTitle>
      <SubmissionEditor
        initial={{ draft: { id, etag }, view }}
        onDraftCreated={() => undefined}
        onSubmitted={onSubmitted}
      />
    </>
  );
}
