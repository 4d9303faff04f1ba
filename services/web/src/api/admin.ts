import { apiGet, apiRequest, queryString } from './client';
import type { Organisation, OrganisationLevel, Profile, Role, User } from './types';

export const organisations = () => apiGet<Organisation[]>('/admin/organisations');

export const createOrganisation = (request: {
  name: string;
  level: OrganisationLevel;
  parentId: string | null;
}) =>
  apiRequest<{ organisationId: string; version: number }>('/admin/organisations', {
    method: 'POST',
    json: request,
  }).then((answer) => answer.data);

export const renameOrganisation = (id: string, name: string) =>
  apiRequest<{ organisationId: string }>(`/admin/organisations/${id}`, {
    method: 'PATCH',
    json: { name },
  });

export const users = (organisationId: string) =>
  apiGet<User[]>(`/admin/users${queryString({ organisationId, limit: 500 })}`);

export type ProfileFields = { [K in keyof Profile]?: string | null };

export interface CreateUserRequest extends ProfileFields {
  username: string;
  password: string;
  displayName: string;
  organisationId: string;
  role: Role;
}

export const createUser = (request: CreateUserRequest) =>
  apiRequest<{ userId: string }>('/admin/users', { method: 'POST', json: request }).then(
    (answer) => answer.data,
  );

export interface UpdateUserRequest extends ProfileFields {
  displayName?: string;
  organisationId?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

export const updateUser = (id: string, request: UpdateUserRequest) =>
  apiRequest<{ userId: string }>(`/admin/users/${id}`, { method: 'PATCH', json: request }).then(
    (answer) => answer.data,
  );
