import type { EventStorePort } from '@opinion/event-store';
import {
  draftSaved,
  intakeStore,
  member,
  metadataOf,
  streamOf,
  submissionId,
} from '../testing/intake-fixtures';
import { VersionConflictError } from './application-errors';
import { SubmissionStreams } from './submission-streams';

/** A store where another writer appends to the stream just before this one does. */
function racedStore(): EventStorePort {
  const store = intakeStore();
  return Object.assign(Object.create(store) as EventStorePort, {
    append: async (...args: Parameters<EventStorePort['append']>) => {
      await store.append(args[0], 'any', [draftSaved()], metadataOf(member, 'other-writer'));
      return store.append(...args);
    },
  });
}

describe('SubmissionStreams', () => {
  it('turns an append that lost a race into a concurrent VersionConflictError', async () => {
    const store = racedStore();
    const streams = new SubmissionStreams(store);
    const command = {
      kind: 'save-draft' as const,
      submissionId,
      actor: member,
      content: { title: '关于……的建议' },
    };
    await expect(streams.execute(command, metadataOf(member))).rejects.toEqual(
      new VersionConflictError('concurrent', submissionId, 0, 1),
    );
    await expect(streams.execute(command, metadataOf(member))).rejects.toMatchObject({
      kind: 'concurrent',
      expected: 1,
      actual: 2,
    });
    expect(await store.head(streamOf(submissionId))).toBe(2);
  });

  it('loads the state and version of a stream, version 0 for none', async () => {
    const store = intakeStore();
    const streams = new SubmissionStreams(store);
    await store.append(streamOf(submissionId), 'no_stream', [draftSaved()], metadataOf(member));
    const { state, version } = await streams.load(submissionId);
    expect({ status: state.status, version }).toEqual({ status: 'draft', version: 1 });
    expect(await streams.load('019a0000-0000-7000-8000-00000000000f')).toMatchObject({
      version: 0,
      state: { status: 'none' },
    });
  });
});
