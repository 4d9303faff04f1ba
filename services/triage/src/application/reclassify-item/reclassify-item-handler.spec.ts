import { newId, TRIAGE_EVENTS, type EventMetadata, type NewEvent } from '@opinion/contracts';
import { HandlerSpecification } from '../../../../../libs/testing/src/handler-specification';
import { triageStreamId } from '../../domain/triage-streams';
import { BRIDGE, CANTEEN } from '../../testing/sample-reports';
import { shippedClassifier, triageStore } from '../../testing/triage-fixtures';
import { ReclassifyItemHandler } from './reclassify-item-handler';

const orgId = 'org-1';
const itemId = newId();
const stream = triageStreamId(itemId);
const metadata: EventMetadata = {
  actor: { userId: 'triage', role: 'system', orgId },
  correlationId: 'c-1',
  causationId: 'revised-1',
};
const classifier = shippedClassifier();
const bridge = classifier.classify(orgId, BRIDGE);
const canteen = classifier.classify(orgId, CANTEEN);

const assessed: NewEvent = {
  type: TRIAGE_EVENTS.itemAssessed,
  version: 1,
  data: {
    itemId,
    orgId,
    submittedAt: '2026-11-21T08:00:00.000Z',
    classification: bridge,
    duplicateOf: null,
    similarity: 0,
    repeats: [],
    clusterId: itemId,
  },
};
const reclassified = (
  revision: number,
  classification = canteen,
  previousLabel = bridge.label,
) => ({
  type: TRIAGE_EVENTS.itemReclassified,
  version: 1,
  data: { itemId, revision, classification, previousLabel },
});

const spec = HandlerSpecification.for({
  store: triageStore,
  handler: (store) => new ReclassifyItemHandler(store, classifier),
});
const revise =
  (revision: number, text = CANTEEN) =>
  (handler: ReclassifyItemHandler) =>
    handler.execute({ itemId, revision, text, metadata });

describe('ReclassifyItemHandler (修改后重新分类)', () => {
  it('classifies the revised text, naming the label it had', async () => {
    expect(canteen.label).not.toBe(bridge.label);
    const { result } = await spec
      .given({ [stream]: [assessed] })
      .when(revise(2))
      .then({ [stream]: [reclassified(2)] });
    expect(result).toBe('reclassified');
  });

  it('names the previous revision’s label when the item was revised before', () =>
    spec
      .given({ [stream]: [assessed, reclassified(2)] })
      .when(revise(3, BRIDGE))
      .then({ [stream]: [reclassified(3, bridge, canteen.label)] }));

  it('skips a revision classified already (a redelivery) or an older one', async () => {
    for (const revision of [2, 3]) {
      const { result } = await spec
        .given({ [stream]: [assessed, reclassified(3)] })
        .when(revise(revision))
        .thenNothingAppended();
      expect(result).toBe('skipped');
    }
  });

  it('skips an item never assessed', async () => {
    const { result } = await spec.given().when(revise(2)).thenNothingAppended();
    expect(result).toBe('skipped');
  });
});
