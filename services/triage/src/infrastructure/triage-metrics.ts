import { ServiceMetrics } from '@opinion/http';
import { Counter, Gauge } from 'prom-client';
import type { RetrainingOutcomes } from '../application/retrain-model/retrain-model-handler';
import type { SubmissionEventOutcomes } from '../application/submission-event-outcomes';

/** The service's metrics: shared HTTP and process ones, and what triage itself counts. */
export class TriageMetrics
  extends ServiceMetrics
  implements SubmissionEventOutcomes, RetrainingOutcomes
{
  readonly events = new Counter({
    name: 'triage_events_processed_total',
    help: 'Submission events handled, by event type and outcome',
    labelNames: ['type', 'outcome'],
    registers: [this.registry],
  });
  readonly retraining = new Counter({
    name: 'triage_retraining_total',
    help: 'Retraining runs by outcome (adopted, rejected, failed) and reason',
    labelNames: ['outcome', 'reason'],
    registers: [this.registry],
  });

  readonly indexStart = new Gauge({
    name: 'triage_index_start_replayed_items',
    help: 'Items replayed from the log at start-up, by path (snapshot: after one; full: all)',
    labelNames: ['path'],
    registers: [this.registry],
  });
  readonly snapshots = new Counter({
    name: 'triage_index_snapshots_total',
    help: 'Index snapshots by outcome (written, failed, suspended)',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor() {
    super('triage');
  }

  submissionEventHandled(type: string, outcome: string): void {
    this.events.inc({ type, outcome });
  }

  retrainingEnded(outcome: string, reason: string): void {
    this.retraining.inc({ outcome, reason });
  }
}
