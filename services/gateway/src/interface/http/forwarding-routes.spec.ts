import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceLogger, HttpErrorFilter } from '@opinion/http';
import type { AddressInfo } from 'node:net';
import {
  DownstreamAnswerError,
  DownstreamUnavailableError,
} from '../../application/application-errors';
import {
  ForwardToIntakeHandler,
  ForwardToTriageHandler,
} from '../../application/forward-command/forward-command-handler';
import { ForwardTaxonomyHandler } from '../../application/forward-taxonomy/forward-taxonomy-handler';
import { GetInboxHandler } from '../../application/get-inbox/get-inbox-handler';
import { GetSubmissionHandler } from '../../application/get-submission/get-submission-handler';
import { ListMySubmissionsHandler } from '../../application/list-my-submissions/list-my-submissions-handler';
import type { DownstreamName, ForwardResponse } from '../../application/ports/downstream';
import type { Principal } from '../../application/principal';
import { RequestRetrainHandler } from '../../application/request-retrain/request-retrain-handler';
import { SimilarItemsHandler } from '../../application/similar-items/similar-items-handler';
import { SubmissionVisibility } from '../../application/submission-visibility';
import { FakeDownstream } from '../../testing/fake-downstream';
import {
  DISTRICT,
  ORGANISATIONS,
  principalOf,
  submissionView,
  USERS,
} from '../../testing/gateway-fixtures';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { InMemorySubmissionReadModel } from '../../testing/in-memory-submissions';
import { gatewayHttpAnswer } from './gateway-http-errors';
import { ImportsController } from './imports.controller';
import { SubmissionsController } from './submissions.controller';
import { TriageController } from './triage.controller';

const itemId = '019a0000-0000-7000-8000-0000000000b1';
const importId = '019a0000-0000-7000-8000-0000000000c1';
const submitBody = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '日间照料不足', suggestions: '增设日间照料中心' },
  sourceType: 'member',
};
const draftBody = { title: submitBody.title, body: { situation: '老龄人口增加' } };
const similarBody = { title: submitBody.title, body: '老龄人口增加，日间照料不足' };

interface Route {
  /** Who calls (a key of USERS). */
  as: keyof typeof USERS;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  body?: unknown;
  csv?: string;
  service: DownstreamName;
  /** The path the gateway sends to the service. */
  forwardedTo: string;
}

/** Every route that forwards, as a caller allowed to use it calls it. */
const ROUTES: Route[] = [
  {
    as: 'member',
    method: 'POST',
    path: '/api/submissions',
    body: submitBody,
    service: 'intake',
    forwardedTo: '/submissions',
  },
  {
    as: 'member',
    method: 'POST',
    path: '/api/submissions/drafts',
    body: draftBody,
    service: 'intake',
    forwardedTo: '/submissions/drafts',
  },
  {
    as: 'member',
    method: 'PUT',
    path: `/api/submissions/drafts/${itemId}`,
    body: draftBody,
    service: 'intake',
    forwardedTo: `/submissions/drafts/${itemId}`,
  },
  {
    as: 'member',
    method: 'POST',
    path: `/api/submissions/${itemId}/submit`,
    body: {},
    service: 'intake',
    forwardedTo: `/submissions/${itemId}/submit`,
  },
  {
    as: 'member',
    method: 'POST',
    path: `/api/submissions/${itemId}/revisions`,
    body: { title: submitBody.title, body: submitBody.body },
    service: 'intake',
    forwardedTo: `/submissions/${itemId}/revisions`,
  },
  {
    as: 'member',
    method: 'POST',
    path: `/api/submissions/${itemId}/withdraw`,
    body: {},
    service: 'intake',
    forwardedTo: `/submissions/${itemId}/withdraw`,
  },
  {
    as: 'member',
    method: 'GET',
    path: `/api/submissions/${itemId}/timeline`,
    service: 'intake',
    forwardedTo: `/submissions/${itemId}/timeline`,
  },
  {
    as: 'editor',
    method: 'GET',
    path: `/api/submissions/${itemId}/revisions/compare?from=1&to=2`,
    service: 'intake',
    forwardedTo: `/submissions/${itemId}/revisions/compare?from=1&to=2`,
  },
  {
    as: 'editor',
    method: 'POST',
    path: '/api/proposal-conversions',
    body: {
      proposal: {
        number: '2026-088',
        title: '关于改善老旧小区加装电梯的提案',
        body: '老旧小区加装电梯推进缓慢',
        proposers: [{ userId: USERS.member.userId, name: '张委员' }],
      },
    },
    service: 'intake',
    forwardedTo: '/proposal-conversions',
  },
  {
    as: 'liaison',
    method: 'POST',
    path: '/api/imports?filename=%E7%AC%AC%E4%B8%89%E6%89%B9.csv',
    csv: '标题,正文\n关于,建议\n',
    service: 'intake',
    forwardedTo: `/imports?filename=${encodeURIComponent('第三批.csv')}`,
  },
  {
    as: 'liaison',
    method: 'GET',
    path: `/api/imports/${importId}?offset=0&limit=10`,
    service: 'intake',
    forwardedTo: `/imports/${importId}?offset=0&limit=10`,
  },
  {
    as: 'member',
    method: 'POST',
    path: '/triage/similar',
    body: similarBody,
    service: 'triage',
    forwardedTo: '/triage/similar',
  },
  {
    as: 'member',
    method: 'GET',
    path: `/triage/items/${itemId}`,
    service: 'triage',
    forwardedTo: `/triage/items/${itemId}`,
  },
  {
    as: 'editor',
    method: 'GET',
    path: '/triage/hot-issues?weeks=2',
    service: 'triage',
    forwardedTo: '/triage/hot-issues?orgId=demo-district&weeks=2&limit=20',
  },
  {
    as: 'editor',
    method: 'POST',
    path: `/triage/items/${itemId}/classification`,
    body: { label: '民生保障' },
    service: 'triage',
    forwardedTo: `/triage/items/${itemId}/classification`,
  },
  {
    as: 'editor',
    method: 'POST',
    path: '/triage/models/retrain',
    body: {},
    service: 'triage',
    forwardedTo: '/triage/models/retrain',
  },
  {
    as: 'editor',
    method: 'GET',
    path: `/triage/taxonomies/${DISTRICT.organisationId}`,
    service: 'triage',
    forwardedTo: `/triage/taxonomies/${DISTRICT.organisationId}`,
  },
  {
    as: 'admin',
    method: 'PUT',
    path: `/triage/taxonomies/${DISTRICT.organisationId}`,
    body: { labels: ['民生保障', '经济发展'] },
    service: 'triage',
    forwardedTo: `/triage/taxonomies/${DISTRICT.organisationId}`,
  },
];

const name = (route: Route) => `${route.method} ${route.path.split('?')[0]}`;

describe('every forwarding route answers the service’s answer the same way (fake services)', () => {
  let app: NestExpressApplication;
  let url: string;
  const downstream = {
    intake: new FakeDownstream('intake'),
    triage: new FakeDownstream('triage'),
  };

  beforeAll(async () => {
    const directory = new InMemoryIdentityDirectory({
      organisations: ORGANISATIONS,
      users: Object.values(USERS),
    });
    const submissions = new InMemorySubmissionReadModel([submissionView(itemId, USERS.member)]);
    const visibility = new SubmissionVisibility(directory);
    const intake = new ForwardToIntakeHandler(downstream.intake);
    const triage = new ForwardToTriageHandler(downstream.triage);
    const getSubmission = new GetSubmissionHandler(submissions, visibility);

    @Module({
      controllers: [SubmissionsController, ImportsController, TriageController],
      providers: [
        { provide: ForwardToIntakeHandler, useValue: intake },
        { provide: ForwardToTriageHandler, useValue: triage },
        { provide: GetSubmissionHandler, useValue: getSubmission },
        { provide: ListMySubmissionsHandler, useValue: new ListMySubmissionsHandler(submissions) },
        { provide: GetInboxHandler, useValue: new GetInboxHandler(submissions, directory) },
        {
          provide: SimilarItemsHandler,
          useValue: new SimilarItemsHandler(triage, submissions, visibility),
        },
        { provide: RequestRetrainHandler, useValue: new RequestRetrainHandler(triage, directory) },
        {
          provide: ForwardTaxonomyHandler,
          useValue: new ForwardTaxonomyHandler(triage, directory),
        },
      ],
    })
    class ForwardingRoutesModule {}

    app = await NestFactory.create<NestExpressApplication>(ForwardingRoutesModule, {
      bodyParser: false,
      logger: false,
    });
    app.useBodyParser('json');
    // The access guard's part: the caller named by x-test-as is the principal.
    const principals = Object.fromEntries(
      Object.entries(USERS).map(([key, user]) => [key, principalOf(user)]),
    );
    app.use(
      (
        request: { headers: Record<string, unknown>; principal?: Principal },
        _: unknown,
        next: () => void,
      ) => {
        request.principal = principals[String(request.headers['x-test-as'])];
        next();
      },
    );
    app.useGlobalFilters(
      new HttpErrorFilter(createServiceLogger('gateway', 'silent'), gatewayHttpAnswer),
    );
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app?.close());

  const callRoute = async (route: Route, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${route.path}`, {
      method: route.method,
      headers: {
        'content-type': route.csv ? 'text/csv' : 'application/json',
        'x-test-as': route.as,
        ...headers,
      },
      body: route.csv ?? (route.body === undefined ? undefined : JSON.stringify(route.body)),
    });
    const text = await response.text();
    const etag = response.headers.get('etag');
    return {
      status: response.status,
      // Express adds a weak ETag of its own to any body sent without one (production too):
      // it is not the service's, so it reads as none here.
      etag: etag?.startsWith('W/') ? null : etag,
      location: response.headers.get('location'),
      retryAfter: response.headers.get('retry-after'),
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
  };
  const answering = (route: Route, answer: Partial<ForwardResponse>) => {
    for (const fake of Object.values(downstream)) fake.requests.length = 0;
    downstream.intake.answers({ status: 500, body: { code: 'wrong-service' } });
    downstream.triage.answers({ status: 500, body: { code: 'wrong-service' } });
    return downstream[route.service].answers(answer);
  };

  it.each(ROUTES.map((route) => [name(route), route] as const))(
    '%s: the service’s error status, Retry-After and error body, with the caller’s identity sent',
    async (_, route) => {
      const fake = answering(route, {
        status: 429,
        retryAfter: '17',
        body: { code: 'rate-limited', message: '请求过于频繁', retryAfter: 17 },
      });
      const answer = await callRoute(route, {
        'idempotency-key': 'key-7',
        'if-match': '"3"',
        'accept-language': 'en',
        'x-correlation-id': 'corr-1',
        // Identity headers of the caller's are never taken: the gateway sets them.
        'x-user-id': 'someone-else',
      });
      expect(answer).toEqual({
        status: 429,
        etag: null,
        location: null,
        retryAfter: '17',
        body: { code: 'rate-limited', message: '请求过于频繁', retryAfter: 17 },
      });
      expect(fake.requests).toHaveLength(1);
      expect(fake.last).toMatchObject({
        method: route.method,
        path: route.forwardedTo,
        principal: principalOf(USERS[route.as]),
        headers: {
          'idempotency-key': 'key-7',
          'if-match': '"3"',
          'accept-language': 'en',
          'x-correlation-id': 'corr-1',
        },
      });
      expect(Object.keys(fake.last.headers)).not.toContain('x-user-id');
    },
  );

  // POST /triage/similar's 200 is reduced to what the caller may see; its own spec covers it.
  it.each(
    ROUTES.filter((route) => route.path !== '/triage/similar').map(
      (route) => [name(route), route] as const,
    ),
  )('%s: the service’s success status, ETag, Location (public) and body', async (_, route) => {
    const own = route.service === 'intake' ? `/submissions/${itemId}` : `/triage/items/${itemId}`;
    const body = { itemId, version: 5 };
    answering(route, { status: 201, etag: '"5"', location: own, body });
    expect(await callRoute(route)).toEqual({
      status: 201,
      etag: '"5"',
      location: route.service === 'intake' ? `/api/submissions/${itemId}` : own,
      retryAfter: null,
      body,
    });
  });

  it('POST /api/submissions answers 201 with Location and ETag, like intake', async () => {
    const route = ROUTES[0];
    answering(route, {
      status: 201,
      etag: '"1"',
      location: `/submissions/${itemId}`,
      body: { submissionId: itemId, version: 1, created: true },
    });
    const answer = await callRoute(route);
    expect(answer).toMatchObject({
      status: 201,
      etag: '"1"',
      location: `/api/submissions/${itemId}`,
    });
    // The body as the contract parsed it (its defaults filled in).
    expect(downstream.intake.last.body).toEqual({ ...submitBody, coSubmitters: [] });
  });

  it('POST /api/imports sends the file as it came and answers 202, Location and ETag', async () => {
    const route = ROUTES.find((candidate) => candidate.path.startsWith('/api/imports?'))!;
    answering(route, {
      status: 202,
      etag: '"1"',
      location: `/imports/${importId}`,
      body: { importId, status: 'queued' },
    });
    const answer = await callRoute(route);
    expect(answer).toEqual({
      status: 202,
      etag: '"1"',
      location: `/api/imports/${importId}`,
      retryAfter: null,
      body: { importId, status: 'queued' },
    });
    expect(downstream.intake.last.upload).toEqual({
      contentType: 'text/csv',
      content: Buffer.from(route.csv!),
    });
  });

  it('passes field errors (400) and version conflicts (409) through as they came', async () => {
    const route = ROUTES.find((candidate) => candidate.path.endsWith('/withdraw'))!;
    const errors = { errors: [{ field: 'reason', message: 'Required' }] };
    answering(route, { status: 400, body: errors });
    expect(await callRoute(route)).toMatchObject({ status: 400, body: errors });

    const conflict = { code: 'version-conflict', message: 'stale', currentVersion: 4 };
    answering(route, { status: 409, etag: '"4"', body: conflict });
    expect(await callRoute(route)).toMatchObject({ status: 409, etag: '"4"', body: conflict });
  });

  it('answers a service’s 403 as 404, without its headers', async () => {
    const route = ROUTES.find((candidate) => candidate.path.endsWith('/withdraw'))!;
    answering(route, { status: 403, etag: '"2"', location: `/submissions/${itemId}`, body: {} });
    expect(await callRoute(route)).toEqual({
      status: 404,
      etag: null,
      location: null,
      retryAfter: null,
      body: { code: 'not-found', message: 'not found' },
    });
  });

  it('answers 503 naming the service when it is unreachable, 502 when it answered non-JSON', async () => {
    for (const service of ['intake', 'triage'] as const) {
      const route = ROUTES.find((candidate) => candidate.service === service)!;
      answering(route, {}).answersWith(() => {
        throw new DownstreamUnavailableError(service, new Error('ECONNREFUSED'));
      });
      const down = await callRoute(route);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ code: `${service}-unavailable` });

      answering(route, {}).answersWith(() => {
        throw new DownstreamAnswerError(service, 'status 502, a body that is not JSON');
      });
      const bad = await callRoute(route);
      expect(bad.status).toBe(502);
      expect(bad.body).toMatchObject({ code: `${service}-bad-answer` });
    }
  });

  it('refuses a revision that is not a number before forwarding, naming the field', async () => {
    const route: Route = {
      ...ROUTES.find((candidate) => candidate.path.includes('/revisions/compare'))!,
      path: `/api/submissions/${itemId}/revisions/compare?from=first`,
    };
    const fake = answering(route, { status: 200, body: {} });
    const refused = await callRoute(route);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: [{ field: 'from' }] });
    expect(fake.requests).toHaveLength(0);
  });

  it('forwards nothing for an item the caller may not see (404 before forwarding)', async () => {
    const route: Route = {
      ...ROUTES.find((candidate) => candidate.path.endsWith('/timeline'))!,
      as: 'member2',
    };
    const fake = answering(route, { status: 200, body: {} });
    expect((await callRoute(route)).status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });
});
