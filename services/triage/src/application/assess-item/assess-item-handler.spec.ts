import { newId, TRIAGE_EVENTS, type EventMetadata } from '@opinion/contracts';
import { InMemoryEventStore, WrongExpectedVersionError } from '@opinion/event-store';
import { HandlerSpecification } from '../../../../../libs/testing/src/handler-specification';
import { TriageIndex } from '../../domain/triage-index';
import { triageStreamId } from '../../domain/triage-streams';
import { BRIDGE, CANTEEN } from '../../testing/sample-reports';
import {
  RecordingWatcher,
  shippedClassifier,
  triageStore,
  triageStoreOptions,
} from '../../testing/triage-fixtures';
import { Serial } from '../serial';
import type { AssessItemCommand } from './assess-item-command';
import { AssessItemHandler } from './assess-item-handler';

const orgId = 'org-1';
const submittedAt = '2026-11-21T08:00:00.000Z';
const metadata: EventMetadata = {
  actor: { userId: 'triage', role: 'system', orgId },
  correlationId: 'c-1',
  causationId: 'submitted-1',
};
const classifier = shippedClassifier();
const command = (itemId: string, text = BRIDGE): AssessItemCommand => ({
  itemId,
  orgId,
  submittedAt,
  text,
  metadata,
});
const assessed = (itemId: string, answer: object, text = BRIDGE) => ({
  type: TRIAGE_EVENTS.itemAssessed,
  version: 1,
  data: { itemId, orgId, submittedAt, classification: classifier.classify(orgId, text), ...answer },
});

const specOn = (store: () => InMemoryEventStore) =>
  HandlerSpecification.for({
    store,
    handler: (store) => {
      const index = new TriageIndex();
      const watcher = new RecordingWatcher();
      const handler = new AssessItemHandler(store, index, classifier, new Serial(), watcher);
      return { handler, index, watcher };
    },
  });
const spec = specOn(triageStore);

describe('AssessItemHandler (研判)', () => {
  const first = newId();
  const copy = newId();
  const other = newId();

  it('records the classification, and the item starts a cluster of its own', async () => {
    const { result } = await spec
      .given()
      .when(({ handler }) => handler.execute(command(first)))
      .then({
        [triageStreamId(first)]: [
          assessed(first, { duplicateOf: null, similarity: 0, repeats: [], clusterId: first }),
        ],
      });
    expect(result).toBe('assessed');
  });

  it('records a copy as a repeat of the earlier item, in its cluster, and tells the watcher', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler, index, watcher }) => {
        // At once: the copy still waits for the first item's append.
        await Promise.all([handler.execute(command(first)), handler.execute(command(copy))]);
        await handler.execute(command(other, CANTEEN));
        return { items: index.size, grown: watcher.grown };
      })
      .then({
        [triageStreamId(first)]: [
          assessed(first, { duplicateOf: null, similarity: 0, repeats: [], clusterId: first }),
        ],
        [triageStreamId(copy)]: [
          assessed(copy, {
            duplicateOf: first,
            similarity: 1,
            repeats: [{ itemId: first, similarity: 1 }],
            clusterId: first,
          }),
        ],
        [triageStreamId(other)]: [
          assessed(
            other,
            { duplicateOf: null, similarity: expect.any(Number), repeats: [], clusterId: other },
            CANTEEN,
          ),
        ],
      });
    expect(result).toEqual({ items: 3, grown: 3 });
  });

  it('skips an item in the index already (a redelivery)', async () => {
    const { result } = await spec
      .given()
      .when(async ({ handler }) => {
        await handler.execute(command(first));
        return handler.execute(command(first));
      })
      .then({
        [triageStreamId(first)]: [
          assessed(first, { duplicateOf: null, similarity: 0, repeats: [], clusterId: first }),
        ],
      });
    expect(result).toBe('skipped');
  });

  it('leaves the index as it was, and trusted, when another writer assessed the item first', async () => {
    const { result } = await spec
      .given({
        [triageStreamId(first)]: [
          assessed(first, { duplicateOf: null, similarity: 0, repeats: [], clusterId: first }),
        ],
      })
      .when(async ({ handler, index, watcher }) => {
        await expect(handler.execute(command(first))).rejects.toThrow(WrongExpectedVersionError);
        return { inIndex: index.has(first), watcher };
      })
      .thenNothingAppended();
    expect(result).toMatchObject({ inIndex: false, watcher: { grown: 0, distrusted: [] } });
  });

  it('stops trusting the index when an append fails with an unknown outcome', async () => {
    class UnreachableStore extends InMemoryEventStore {
      override append(): Promise<never> {
        return Promise.reject(new Error('connection reset'));
      }
    }
    const unreachable = specOn(() => new UnreachableStore(triageStoreOptions()));
    const { result } = await unreachable
      .given()
      .when(async ({ handler, index, watcher }) => {
        await expect(handler.execute(command(first))).rejects.toThrow('connection reset');
        return { inIndex: index.has(first), distrusted: watcher.distrusted };
      })
      .thenNothingAppended();
    expect(result).toEqual({
      inIndex: false,
      distrusted: [`appending the assessment of ${first} failed: Error: connection reset`],
    });
  });
});
