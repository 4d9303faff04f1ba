import {
  EventRegistry,
  newId,
  registerScreeningEvents,
  registerTriageEvents,
  SCREENING_EVENTS,
  SUBMISSION_EVENTS,
  TRIAGE_EVENTS,
  type Actor,
  type TimelineView,
} from '@opinion/contracts';
import { createKafka, createOrderedProducer } from '@opinion/messaging';
import { eventually, testInfrastructure } from '@opinion/testing';
import type { Producer } from 'kafkajs';
import { SCREENING_TOPIC, TRIAGE_TOPIC } from './intake-runtime';
import { startIntakeTestApp, type IntakeTestApp } from './testing/intake-test-app';

const member = { 'x-user-id': 'm-1', 'x-user-role': 'member', 'x-org-id': 'org-county' };
const editor: Actor = { userId: 'e-1', role: 'editor', orgId: 'org-county' };
const triage: Actor = { userId: 'triage', role: 'system', orgId: 'org-county' };
const content = {
  title: '关于加强社区养老服务的建议',
  body: { situation: '老龄人口增加', problem: '日间照料不足', suggestions: '增设日间照料中心' },
  coSubmitters: [],
};
const registry = registerTriageEvents(registerScreeningEvents(new EventRegistry()));

describe("an item's timeline, from every service's topic, on the real servers", () => {
  let intake: IntakeTestApp;
  let producer: Producer;

  beforeAll(async () => {
    intake = await startIntakeTestApp('intake-timeline');
    producer = createOrderedProducer(
      createKafka(testInfrastructure().KAFKA_BROKERS, 'intake-timeline-test'),
    );
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await intake?.close();
  });

  const call = (method: string, path: string, body?: unknown, headers = member) =>
    fetch(`${intake.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** Another service's event, as its outbox relay would publish it (checked against its schema). */
  const envelope = (
    type: string,
    streamId: string,
    position: number,
    actor: Actor,
    data: unknown,
  ) =>
    registry.read({
      eventId: newId(),
      type,
      version: 1,
      streamId,
      streamPosition: position,
      occurredAt: new Date().toISOString(),
      actor,
      correlationId: newId(),
      causationId: null,
      data,
    });
  const publish = (topic: string, ...events: Array<ReturnType<typeof envelope>>) =>
    producer.send({
      topic,
      messages: events.map((event) => ({ key: event.streamId, value: JSON.stringify(event) })),
    });
  const timelineOf = async (submissionId: string, headers = member) =>
    (await (
      await call('GET', `/submissions/${submissionId}/timeline`, undefined, headers)
    ).json()) as TimelineView;

  it('shows every event once, in order, with actor, time and zh-CN labels', async () => {
    const submitted = await call('POST', '/submissions', { ...content, sourceType: 'member' });
    const { submissionId } = (await submitted.json()) as { submissionId: string };
    const earlier = newId();
    const assessed = envelope(TRIAGE_EVENTS.itemAssessed, `triage-${submissionId}`, 1, triage, {
      itemId: submissionId,
      orgId: 'org-county',
      submittedAt: new Date().toISOString(),
      classification: {
        label: '城乡建设',
        confidence: 0.82,
        top: [{ label: '城乡建设', score: 0.82 }],
        modelId: 'shipped',
      },
      duplicateOf: earlier,
      similarity: 0.91,
      repeats: [{ itemId: earlier, similarity: 0.91 }],
      clusterId: earlier,
    });
    await publish(TRIAGE_TOPIC, assessed);
    const returned = envelope(SCREENING_EVENTS.returned, `screening-${submissionId}`, 1, editor, {
      submissionId,
      comments: '请补充具体数据',
    });
    await publish(SCREENING_TOPIC, returned);
    await eventually(async () => {
      const read = (await (await call('GET', `/submissions/${submissionId}`)).json()) as {
        submission: { status: string };
      };
      expect(read.submission.status).toBe('returned');
    });
    const revised = await call('POST', `/submissions/${submissionId}/revisions`, content);
    expect(revised.status).toBe(200);

    // Redelivered, each followed on its partition by a new event: once those show, so did these.
    await publish(
      TRIAGE_TOPIC,
      assessed,
      envelope(TRIAGE_EVENTS.classificationCorrected, `triage-${submissionId}`, 2, editor, {
        itemId: submissionId,
        label: '民生保障',
        previousLabel: '城乡建设',
      }),
    );
    await publish(
      SCREENING_TOPIC,
      returned,
      envelope(SCREENING_EVENTS.accepted, `screening-${submissionId}`, 2, editor, {
        submissionId,
      }),
    );

    const timeline = await eventually(async () => {
      const found = await timelineOf(submissionId);
      expect(found.entries).toHaveLength(6);
      return found;
    });
    expect(timeline.entries.map(({ type, label }) => [type, label])).toEqual([
      [SUBMISSION_EVENTS.submitted, '报送'],
      [TRIAGE_EVENTS.itemAssessed, '智能分类'],
      [SCREENING_EVENTS.returned, '退回修改'],
      [SUBMISSION_EVENTS.revised, '修改'],
      [TRIAGE_EVENTS.classificationCorrected, '更正分类'],
      [SCREENING_EVENTS.accepted, '采用'],
    ]);
    expect(timeline.entries[0]).toMatchObject({
      actor: { userId: 'm-1', role: 'member' },
      summary: { origin: 'direct' },
    });
    expect(timeline.entries[1]).toMatchObject({
      eventId: assessed.eventId,
      occurredAt: assessed.occurredAt,
      tags: ['疑似重复', '热点归类'],
      summary: { label: '城乡建设', duplicateOf: earlier, clusterId: earlier },
    });
    expect(timeline.entries[2]).toMatchObject({
      actor: editor,
      summary: { comments: '请补充具体数据' },
    });
    expect(timeline.entries[3].summary).toEqual({ revision: 2 });
    expect(JSON.stringify(timeline)).not.toContain(content.body.situation);

    const staff = { ...member, 'x-user-id': 'e-2', 'x-user-role': 'editor' };
    expect((await timelineOf(submissionId, staff)).entries).toHaveLength(6);
    const stranger = { ...member, 'x-user-id': 'm-9' };
    expect(
      (await call('GET', `/submissions/${submissionId}/timeline`, undefined, stranger)).status,
    ).toBe(403);
    expect((await call('GET', `/submissions/${newId()}/timeline`)).status).toBe(404);
  });
});
