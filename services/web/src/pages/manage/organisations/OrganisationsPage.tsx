import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Select, Table } from 'antd';
import { useState } from 'react';
import { createOrganisation, organisations as listOrganisations } from '../../../api/admin';
import type { Organisation, OrganisationLevel } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { showFieldErrors } from '../../../components/form-errors';
import { PageTitle } from '../../../components/PageTitle';
import { useI18n } from '../../../i18n/i18n-context';
import { RenameModal } from './RenameModal';

const LEVELS: OrganisationLevel[] = ['national', 'provincial', 'municipal', 'county'];

interface CreateValues {
  name: string;
  level: OrganisationLevel;
  parentId?: string;
}

/** /manage/organisations: the committees the admin manages (GET), new ones under them, renames. */
export function OrganisationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CreateValues>();
  const [renaming, setRenaming] = useState<Organisation | null>(null);
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: listOrganisations });
  const list = orgs.data ?? [];
  const nameOf = (id: string | null) => list.find((o) => o.organisationId === id)?.name ?? '—';
  const level = Form.useWatch('level', form);
  const parentLevel = level ? LEVELS[LEVELS.indexOf(level) - 1] : undefined;
  // A committee goes under one of the level above it that the admin manages.
  const levels = LEVELS.slice(1).filter((l) =>
    list.some((o) => o.level === LEVELS[LEVELS.indexOf(l) - 1]),
  );

  const create = useMutation({
    mutationFn: (values: CreateValues) =>
      createOrganisation({
        name: values.name.trim(),
        level: values.level,
        parentId: values.parentId ?? null,
      }),
    onSuccess: async () => {
      form.resetFields();
      void message.success(t('orgs.created'));
      await queryClient.invalidateQueries({ queryKey: ['organisations'] });
    },
    onError: (error) => showFieldErrors(form, error),
  });

  return (
    <>
      <PageTitle>{t('orgs.title')}</PageTitle>
      {orgs.isError && <ApiErrorAlert error={orgs.error} onRetry={() => void orgs.refetch()} />}
      <section aria-label={t('orgs.list')} style={{ marginBottom: 24 }}>
        <Table<Organisation>
          rowKey="organisationId"
          loading={orgs.isPending}
          dataSource={list}
          pagination={false}
          locale={{ emptyText: orgs.isPending ? ' ' : <Empty description={t('orgs.empty')} /> }}
          columns={[
            { title: t('orgs.name'), dataIndex: 'name' },
            { title: t('orgs.level'), key: 'level', render: (_, o) => t(`level.${o.level}`) },
            {
              title: t('orgs.parent'),
              key: 'parent',
              responsive: ['sm'],
              render: (_, o) => nameOf(o.parentId),
            },
            {
              title: '',
              key: 'actions',
              render: (_, o) => (
                <Button
                  size="small"
                  onClick={() => setRenaming(o)}
                  aria-label={`${t('orgs.rename')} ${o.name}`}
                >
                  {t('orgs.rename')}
                </Button>
              ),
            },
          ]}
        />
      </section>
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('orgs.create')}</h2>}>
        <Form<CreateValues>
          form={form}
          layout="vertical"
          aria-label={t('orgs.create')}
          onFinish={(values) => create.mutate(values)}
        >
          {create.isError && <ApiErrorAlert error={create.error} />}
          {orgs.data && levels.length === 0 && (
            <Alert type="info" showIcon message={t('orgs.noParent')} style={{ marginBottom: 16 }} />
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('orgs.name')}
                name="name"
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('form.required', { field: t('orgs.name') }),
                  },
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('orgs.level')}
                name="level"
                rules={[
                  { required: true, message: t('form.required', { field: t('orgs.level') }) },
                ]}
              >
                <Select options={levels.map((l) => ({ value: l, label: t(`level.${l}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={t('orgs.parent')}
                name="parentId"
                rules={[
                  { required: true, message: t('form.required', { field: t('orgs.parent') }) },
                ]}
              >
                <Select
                  options={list
                    .filter((o) => !parentLevel || o.level === parentLevel)
                    .map((o) => ({ value: o.organisationId, label: o.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('orgs.createSubmit')}
          </Button>
        </Form>
      </Card>
      {renaming && <RenameModal organisation={renaming} onClose={() => setRenaming(null)} />}
    </>
  );
}
