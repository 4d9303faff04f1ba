import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestMicroservice } from '@nestjs/common';
import {
  EventRegistry,
  IDENTITY_EVENTS,
  registerIdentityEvents,
  registerSubmissionEvents,
  registerTriageEvents,
  SUBMISSION_EVENTS,
} from '@opinion/contracts';
import { createKafka, KafkaEventTransport } from '@opinion/messaging';
import { recordedAs } from '@opinion/testing';
import { IdentityReadModels, userStreamId } from '../../application/identity-streams';
import { SubmissionsFeed } from '../../application/ports/submission-read-model';
import { InMemoryIdentityDirectory } from '../../testing/in-memory-identity';
import { InMemorySubmissionReadModel } from '../../testing/in-memory-submissions';
import { triageEventsOf } from '../../testing/triage-events';
import { ReadModelsConsumer } from './read-models.consumer';

const registry = registerTriageEvents(
  registerSubmissionEvents(registerIdentityEvents(new EventRegistry())),
);
const submissionId = '019a0000-0000-7000-8000-0000000000d1';
const userId = '019a0000-0000-7000-8000-0000000000d2';

const userRegistered = recordedAs({ streamId: userStreamId(userId), registry })(
  {
    type: IDENTITY_EVENTS.userRegistered,
    version: 1,
    data: {
      userId,
      username: 'li.hua',
      displayName: '李华',
      organisationId: 'demo-district',
      role: 'member',
    },
  },
  1,
);
const submitted = recordedAs({ streamId: `submission-${submissionId}`, registry })(
  {
    type: SUBMISSION_EVENTS.submitted,
    version: 1,
    data: {
      submissionId,
      submitter: { userId },
      sourceType: 'member',
      origin: { kind: 'direct' },
      content: {
        title: '关于加强社区养老服务的建议',
        coSubmitters: [],
        body: {
          situation: '老龄人口增加',
          problem: '日间照料不足',
          suggestions: '增设日间照料中心',
        },
      },
    },
  },
  1,
);

describe('ReadModelsConsumer', () => {
  let microservice: INestMicroservice;
  let transport: KafkaEventTransport;
  const identity = new InMemoryIdentityDirectory();
  const submissions = new InMemorySubmissionReadModel();

  beforeAll(async () => {
    @Module({
      controllers: [ReadModelsConsumer],
      providers: [
        { provide: IdentityReadModels, useValue: identity },
        { provide: SubmissionsFeed, useValue: submissions },
      ],
    })
    class ReadModelsModule {}
    // Never listens: nothing here connects to a broker.
    transport = new KafkaEventTransport({
      kafka: createKafka(['127.0.0.1:9'], 'read-models-spec'),
      registry,
      groupPrefix: 'gateway',
    });
    microservice = await NestFactory.createMicroservice(ReadModelsModule, {
      strategy: transport,
      logger: false,
    });
    await microservice.init();
  });
  afterAll(() => microservice?.close());

  it('is one consumer group, <GATEWAY_CONSUMER_GROUP>.read-models, as before, now on triage’s topic too', () => {
    expect(transport.subscriptions()).toEqual([
      {
        name: 'read-models',
        groupId: 'gateway.read-models',
        topics: ['opinion.identity.events', 'opinion.submission.events', 'opinion.triage.events'],
        patterns: ['opinion.identity.*', 'opinion.submission.*', 'opinion.triage.*'],
        controller: 'ReadModelsConsumer',
      },
    ]);
  });

  it('folds identity events into the user read model and intake’s into the items, once each', async () => {
    const consumer = microservice.get(ReadModelsConsumer);
    await consumer.applyIdentity(userRegistered);
    await consumer.applySubmission(submitted);
    await consumer.applySubmission(submitted);

    expect(await identity.user(userId)).toMatchObject({ username: 'li.hua', role: 'member' });
    expect(await submissions.find(submissionId)).toMatchObject({
      version: 1,
      view: { status: 'submitted', submitterId: userId, organisationId: 'spec-org' },
    });
  });

  it('folds triage’s answer beside the item, whichever comes first, and passes other triage events by', async () => {
    const itemId = '019a0000-0000-7000-8000-0000000000d3';
    const consumer = microservice.get(ReadModelsConsumer);
    const triage = triageEventsOf(itemId);
    await consumer.applyTriage(triage.assessed({ label: '教育文化' }));
    await consumer.applyTriage(triage.corrected(2, '社会治理', '教育文化'));
    await consumer.applyTriage(triage.corrected(2, '社会治理', '教育文化'));
    await consumer.applyTriage({
      ...triage.assessed(),
      streamId: 'triagemodel-default',
      type: 'opinion.triage.model-adopted',
    });
    expect(submissions.triage.get(itemId)).toMatchObject({
      position: 2,
      triage: { label: '社会治理', corrected: true },
    });
    expect(submissions.triage.size).toBe(1);
  });
});
