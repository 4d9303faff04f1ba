import {
  EventRegistry,
  registerTriageEvents,
  TRIAGE_EVENTS,
  type EventEnvelope,
  type ItemAssessed,
} from '@opinion/contracts';
import { recordedAs } from '@opinion/testing';

const registry = registerTriageEvents(new EventRegistry());
const triageActor = { userId: 'triage', role: 'system', orgId: 'cppcc-national' } as const;

/**
 * Triage's events about an item, as its `triage-<itemId>` stream records them (positions from 1),
 * checked against the contracts: `assessed`, then `reclassified` / `corrected` at later positions.
 */
export function triageEventsOf(itemId: string, orgId = 'demo-district') {
  const streamId = `triage-${itemId}`;
  const system = recordedAs({
    streamId,
    registry,
    metadata: { actor: triageActor, correlationId: `triage-${itemId}`, causationId: null },
  });
  const editor = recordedAs({
    streamId,
    registry,
    metadata: {
      actor: { userId: 'editor-id', role: 'editor', orgId },
      correlationId: `correction-${itemId}`,
      causationId: null,
    },
  });
  return {
    assessed: (changes: Partial<ItemAssessed> & { label?: string; confidence?: number } = {}) => {
      const { label = '城乡建设', confidence = 0.8, ...rest } = changes;
      return system(
        {
          type: TRIAGE_EVENTS.itemAssessed,
          version: 1,
          data: {
            itemId,
            orgId,
            submittedAt: '2026-05-01T08:00:00.000Z',
            classification: {
              label,
              confidence,
              top: [{ label, score: confidence }],
              modelId: 'tipdm2020c',
            },
            duplicateOf: null,
            similarity: 0.1,
            repeats: [],
            clusterId: itemId,
            ...rest,
          },
        },
        1,
      );
    },
    reclassified: (position: number, label: string, previousLabel: string, confidence = 0.7) =>
      system(
        {
          type: TRIAGE_EVENTS.itemReclassified,
          version: 1,
          data: {
            itemId,
            revision: 2,
            classification: {
              label,
              confidence,
              top: [{ label, score: confidence }],
              modelId: 'tipdm2020c',
            },
            previousLabel,
          },
        },
        position,
      ),
    corrected: (position: number, label: string, previousLabel: string): EventEnvelope =>
      editor(
        {
          type: TRIAGE_EVENTS.classificationCorrected,
          version: 1,
          data: { itemId, label, previousLabel },
        },
        position,
      ),
  };
}
