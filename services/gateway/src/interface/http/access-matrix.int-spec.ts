import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { PersonRole } from '@opinion/contracts';
import { LoginHandler } from '../../application/login/login-handler';
import { ALL_ROLES } from '../../domain/roles';
import {
  call,
  demoPassword,
  startGatewayTestApp,
  type GatewayTestApp,
} from '../../testing/gateway-test-app';
import { PUBLIC_KEY, ROLES_KEY } from './access';

interface Route {
  method: string;
  path: string;
  roles: PersonRole[] | undefined;
  isPublic: boolean;
}

const SOME_ID = '019a0000-0000-7000-8000-000000000001';
const join = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every route of every controller Nest knows, with its declared access. */
function routesOf(modules: ModulesContainer): Route[] {
  const routes: Route[] = [];
  for (const module of modules.values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (name === 'constructor' || method === undefined) continue;
        routes.push({
          method: RequestMethod[method],
          path: join(base, Reflect.getMetadata(PATH_METADATA, handler) as string),
          roles:
            Reflect.getMetadata(ROLES_KEY, handler) ?? Reflect.getMetadata(ROLES_KEY, controller),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler)),
        });
      }
    }
  }
  return routes;
}

describe('every endpoint × every role', () => {
  let gateway: GatewayTestApp;
  let routes: Route[];

  beforeAll(async () => {
    // Nothing listens there: commands a role may send end in 503, never in 401 or 403.
    gateway = await startGatewayTestApp({
      INTAKE_URL: 'http://127.0.0.1:9',
      TRIAGE_URL: 'http://127.0.0.1:9',
    });
    routes = routesOf(gateway.app.get(ModulesContainer));
  });
  afterAll(() => gateway?.close());

  const tokenOf = async (role: PersonRole) => {
    // A fresh session per request, since /auth/logout ends the one it is called with.
    const pair = await gateway.app.get(LoginHandler).execute({
      username: role,
      password: demoPassword(role),
    });
    return pair.accessToken;
  };

  it('finds the routes, and every one declares its roles or is public', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const undeclared = routes.filter((route) => !route.isPublic && !route.roles?.length);
    expect(undeclared).toEqual([]);
  });

  it('refuses callers without a token on every non-public route (401)', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((candidate) => !candidate.isPublic)) {
      const { status } = await call(gateway.url, route.method, route.path.replace(':id', SOME_ID), {
        ...(route.method !== 'GET' && { body: {} }),
      });
      if (status !== 401) wrong.push(`${route.method} ${route.path}: ${status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('scopes taxonomies to the caller’s committees: staff read, administrators define', async () => {
    const path = (orgId: string) => `/triage/taxonomies/${orgId}`;
    const status = async (method: string, orgId: string, role: PersonRole) =>
      (
        await call(gateway.url, method, path(orgId), {
          token: await tokenOf(role),
          ...(method === 'PUT' && { body: { labels: ['甲', '乙'] } }),
        })
      ).status;
    expect(routes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'GET', path: '/triage/taxonomies/:id' }),
        expect.objectContaining({
          method: 'PUT',
          path: '/triage/taxonomies/:id',
          roles: ['admin'],
        }),
      ]),
    );
    // The demo staff belong to the district: forwarded (503, triage is not there) or refused.
    expect(await status('GET', 'demo-district', 'editor')).toBe(503);
    expect(await status('GET', 'demo-city', 'editor')).toBe(403);
    expect(await status('GET', 'demo-district', 'member')).toBe(403);
    expect(await status('PUT', 'demo-district', 'admin')).toBe(503);
    expect(await status('PUT', 'demo-city', 'admin')).toBe(403);
    expect(await status('PUT', 'demo-district', 'editor')).toBe(403);
    expect(await status('PUT', 'no-such-committee', 'admin')).toBe(404);
  });

  it('lets exactly the declared roles through (others get 403)', async () => {
    const wrong: string[] = [];
    // Every role at once per route: hundreds of calls one by one outlast the timeout on a busy box.
    for (const route of routes) {
      await Promise.all(
        ALL_ROLES.map(async (role) => {
          const { status } = await call(
            gateway.url,
            route.method,
            route.path.replace(':id', SOME_ID),
            { token: await tokenOf(role), ...(route.method !== 'GET' && { body: {} }) },
          );
          const allowed = route.isPublic || route.roles!.includes(role);
          const ok = allowed ? status !== 401 && status !== 403 : status === 403;
          if (!ok) wrong.push(`${route.method} ${route.path} as ${role}: ${status}`);
        }),
      );
    }
    expect(wrong.sort()).toEqual([]);
  });
});
