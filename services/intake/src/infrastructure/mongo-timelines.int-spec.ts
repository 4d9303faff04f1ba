import { newId, type TimelineEntry } from '@opinion/contracts';
import { openTestDatabase } from '@opinion/testing';
import { MongoTimelines } from './mongo-timelines';

const entry = (streamPosition: number): TimelineEntry => ({
  eventId: newId(),
  type: 'opinion.submission.revised',
  occurredAt: new Date().toISOString(),
  actor: { userId: 'm-1', role: 'member', orgId: 'org-county' },
  streamId: 'submission-x',
  streamPosition,
  summary: { revision: streamPosition },
});

describe('MongoTimelines on the real MongoDB-wire server', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  let timelines: MongoTimelines;

  beforeAll(async () => {
    db = await openTestDatabase('intake-timelines');
    timelines = new MongoTimelines(db.connection);
  });
  afterAll(() => db.drop());

  it('adds each event once, however often it comes', async () => {
    const itemId = newId();
    const [first, second] = [entry(1), entry(2)];
    await timelines.add(itemId, first);
    await timelines.add(itemId, first);
    await timelines.add(itemId, second);
    await timelines.add(itemId, first);
    expect((await timelines.entriesOf(itemId)).map((found) => found.eventId)).toEqual([
      first.eventId,
      second.eventId,
    ]);
  });

  it('answers an empty timeline for an item without events', async () => {
    expect(await timelines.entriesOf(newId())).toEqual([]);
  });
});
