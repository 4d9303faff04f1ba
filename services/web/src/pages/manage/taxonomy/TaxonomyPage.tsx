import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useState } from 'react';
import { organisations as listOrganisations } from '../../../api/admin';
import { taxonomy } from '../../../api/triage';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { useI18n } from '../../../i18n/i18n-context';
import { useMe } from '../../../session/session-context';
import { organisationOptions } from '../organisation-options';
import { TaxonomyForm } from './TaxonomyForm';

/** /manage/taxonomy: a committee's 分类体系 (GET /triage/taxonomies/:id), defined anew with PUT. */
export function TaxonomyPage() {
  const { t } = useI18n();
  const me = useMe();
  const [orgId, setOrgId] = useState(me.organisationId);
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: listOrganisations });
  const current = useQuery({ queryKey: ['taxonomy', orgId], queryFn: () => taxonomy(orgId) });
  return (
    <>
      <PageTitle>{t('taxonomy.title')}</PageTitle>
      <Form layout="vertical" style={{ maxWidth: 360 }}>
        <Form.Item label={t('taxonomy.organisation')} htmlFor="taxonomy-organisation">
          <Select
            id="taxonomy-organisation"
            value={orgId}
            onChange={setOrgId}
            loading={orgs.isPending}
            options={organisationOptions(orgs.data ?? [])}
          />
        </Form.Item>
      </Form>
      {current.isPending && <Loading rows={6} />}
      {current.isError && (
        <ApiErrorAlert error={current.error} onRetry={() => void current.refetch()} />
      )}
      {current.data && (
        <TaxonomyForm
          key={`${orgId}:${current.data.etag}`}
          orgId={orgId}
          taxonomy={current.data.data}
          etag={current.data.etag}
        />
      )}
    </>
  );
}
