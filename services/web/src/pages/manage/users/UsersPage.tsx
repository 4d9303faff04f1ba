import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Empty, Form, Input, Row, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { organisations as listOrganisations, users as listUsers } from '../../../api/admin';
import type { User } from '../../../api/types';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageTitle } from '../../../components/PageTitle';
import { useI18n } from '../../../i18n/i18n-context';
import { useMe } from '../../../session/session-context';
import { organisationOptions } from '../organisation-options';
import { CreateUserForm } from './CreateUserForm';
import { EditUserModal } from './EditUserModal';

/** /manage/users: the users of a committee the admin manages; create one, change one. */
export function UsersPage() {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [organisationId, setOrganisationId] = useState(me.organisationId);
  const [editing, setEditing] = useState<User | null>(null);
  const [search, setSearch] = useState('');
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: listOrganisations });
  const people = useQuery({
    queryKey: ['users', organisationId],
    queryFn: () => listUsers(organisationId),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  const needle = search.trim().toLowerCase();
  const shown = (people.data ?? [])
    .filter(
      (user) =>
        !needle ||
        user.username.includes(needle) ||
        user.displayName.toLowerCase().includes(needle),
    )
    .sort((a, b) => a.username.localeCompare(b.username));

  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      {orgs.isError && <ApiErrorAlert error={orgs.error} />}
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={12} lg={8}>
            <Form.Item label={t('users.showOrganisation')} htmlFor="users-organisation">
              <Select
                id="users-organisation"
                value={organisationId}
                onChange={setOrganisationId}
                loading={orgs.isPending}
                options={organisationOptions(orgs.data ?? [])}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} lg={8}>
            <Form.Item label={t('users.search')} htmlFor="users-search">
              <Input
                id="users-search"
                allowClear
                value={search}
                onChange={(event) => setSearch(event.target.value)}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {people.isError && (
        <ApiErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      )}
      <section aria-label={t('users.list')} style={{ marginBottom: 24 }}>
        <Table<User>
          rowKey="userId"
          loading={people.isPending}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: people.isPending ? ' ' : <Empty description={t('users.empty')} /> }}
          columns={[
            { title: t('users.username'), dataIndex: 'username' },
            { title: t('users.displayName'), dataIndex: 'displayName' },
            { title: t('users.role'), key: 'role', render: (_, user) => t(`role.${user.role}`) },
            {
              title: t('users.state'),
              key: 'state',
              render: (_, user) =>
                user.disabled ? (
                  <Tag>{t('users.disabled')}</Tag>
                ) : (
                  <Tag color="green">{t('users.active')}</Tag>
                ),
            },
            {
              title: '',
              key: 'actions',
              render: (_, user) => (
                <Button
                  size="small"
                  onClick={() => setEditing(user)}
                  aria-label={`${t('users.edit')} ${user.username}`}
                >
                  {t('users.edit')}
                </Button>
              ),
            },
          ]}
        />
      </section>
      <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('users.create')}</h2>}>
        <CreateUserForm
          organisations={orgs.data ?? []}
          organisationId={organisationId}
          onCreated={(created) => {
            void message.success(t('users.created'));
            setOrganisationId(created);
            void refresh();
          }}
        />
      </Card>
      {editing && (
        <EditUserModal
          user={editing}
          organisations={orgs.data ?? []}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('users.saved'));
              void refresh();
            }
          }}
        />
      )}
    </>
  );
}
