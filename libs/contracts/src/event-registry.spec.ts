import { z } from 'zod';
import { EventRegistry, InvalidEventError, UnknownEventTypeError } from './event-registry';
import { deadLetterTopic, eventTopic, topicForEventType } from './topics';

const envelope = (data: unknown, version = 1) => ({
  eventId: '0190a0b0-1c2d-7e3f-8a4b-5c6d7e8f9a0b',
  type: 'opinion.submission.submitted',
  version,
  streamId: 'submission-1',
  streamPosition: 1,
  globalPosition: 10,
  occurredAt: '2026-11-21T08:00:00.000Z',
  actor: { userId: 'u-1', role: 'member', orgId: 'org-1' },
  correlationId: 'c-1',
  causationId: null,
  data,
});

const registry = () =>
  new EventRegistry()
    .register('opinion.submission.submitted', 1, z.object({ title: z.string() }).strict())
    .register(
      'opinion.submission.submitted',
      2,
      z.object({ title: z.string(), urgency: z.enum(['normal', 'urgent']) }).strict(),
    )
    .upcast('opinion.submission.submitted', 1, (data) => ({
      ...(data as object),
      urgency: 'normal',
    }));

describe('EventRegistry', () => {
  it('reads a version-1 payload (fixture) as version 2', () => {
    expect(registry().read(envelope({ title: '关于加强社区养老服务的建议' }))).toMatchObject({
      version: 2,
      data: { title: '关于加强社区养老服务的建议', urgency: 'normal' },
    });
  });

  it('reads the latest version as it is', () => {
    expect(registry().read(envelope({ title: 't', urgency: 'urgent' }, 2)).data).toEqual({
      title: 't',
      urgency: 'urgent',
    });
  });

  it('names the fields of an invalid payload', () => {
    expect(() => registry().read(envelope({ title: 5 }))).toThrow(InvalidEventError);
    expect(() =>
      registry().validate('opinion.submission.submitted', 1, { title: 't', extra: 1 }),
    ).toThrow(/Unrecognized key/);
  });

  it('rejects an envelope that breaks the envelope schema', () => {
    expect(() => registry().read({ ...envelope({ title: 't' }), eventId: 'not-a-uuid' })).toThrow(
      /eventId: must be a UUIDv7/,
    );
  });

  it('rejects unknown types and versions', () => {
    expect(() => registry().validate('opinion.submission.unknown', 1, {})).toThrow(
      UnknownEventTypeError,
    );
    expect(() => registry().read(envelope({ title: 't' }, 3))).toThrow(UnknownEventTypeError);
  });

  it('refuses an upcaster without both versions, and a version registered twice', () => {
    expect(() => new EventRegistry().upcast('a.b.c', 1, (data) => data)).toThrow(
      /before their upcaster/,
    );
    expect(() => registry().register('opinion.submission.submitted', 1, z.object({}))).toThrow(
      /twice/,
    );
  });

  it('registers a set of types at one version', () => {
    const set = new EventRegistry().registerAll(1, {
      'opinion.note.written': z.object({ text: z.string() }).strict(),
      'opinion.note.tagged': z.object({ tag: z.string() }).strict(),
    });
    expect(set.validate('opinion.note.tagged', 1, { tag: '民生' })).toEqual({ tag: '民生' });
    expect(() => set.validate('opinion.note.written', 1, { tag: '民生' })).toThrow();
  });
});

describe('topics', () => {
  it('follow <context>.<aggregate>.events and <topic>.dlq', () => {
    expect(eventTopic('opinion', 'submission')).toBe('opinion.submission.events');
    expect(topicForEventType('opinion.submission.submitted')).toBe('opinion.submission.events');
    expect(deadLetterTopic('opinion.submission.events')).toBe('opinion.submission.events.dlq');
  });
});
