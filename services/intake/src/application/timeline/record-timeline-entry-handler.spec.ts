import { recordedAs } from '../../../../../libs/testing/src/decider-specification';
import { InMemoryTimelines } from '../../testing/in-memory-read-models';
import {
  draftSaved,
  metadataOf,
  member,
  otherSubmissionId,
  returned,
  streamOf,
  submissionId,
  submitted,
} from '../../testing/intake-fixtures';
import { RecordTimelineEntryHandler } from './record-timeline-entry-handler';

const asRecorded = recordedAs({ streamId: streamOf(submissionId), metadata: metadataOf(member) });

describe('RecordTimelineEntryHandler (办理轨迹)', () => {
  it("adds an item's events to its timeline once, however often they are delivered", async () => {
    const timelines = new InMemoryTimelines();
    const handler = new RecordTimelineEntryHandler(timelines);
    const event = asRecorded(submitted(), 1);

    await expect(handler.execute(event)).resolves.toBe(true);
    await handler.execute(event);

    expect(await timelines.entriesOf(submissionId)).toEqual([
      expect.objectContaining({ eventId: event.eventId, type: event.type, actor: member }),
    ]);
  });

  it("leaves out what a timeline does not show (intake's restatement of a screening)", async () => {
    const timelines = new InMemoryTimelines();
    const handler = new RecordTimelineEntryHandler(timelines);
    await expect(handler.execute(asRecorded(returned(), 2))).resolves.toBe(false);
    expect(await timelines.entriesOf(submissionId)).toEqual([]);
  });

  it('keeps the entries of each item apart', async () => {
    const timelines = new InMemoryTimelines();
    const handler = new RecordTimelineEntryHandler(timelines);
    await handler.execute(asRecorded(draftSaved(), 1));
    await handler.execute(
      recordedAs({ streamId: streamOf(otherSubmissionId), metadata: metadataOf(member) })(
        submitted({ submissionId: otherSubmissionId }),
        1,
      ),
    );
    expect((await timelines.entriesOf(submissionId)).map((entry) => entry.type)).toEqual([
      draftSaved().type,
    ]);
  });
});
