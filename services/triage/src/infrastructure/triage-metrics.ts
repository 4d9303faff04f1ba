import { ServiceMetrics } from '@opinion/http';
import { Counter } from 'prom-client';

/** The service's metrics: shared HTTP and process ones, and what triage itself counts. */
export class TriageMetrics extends ServiceMetrics {
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

  constructor() {
    super('triage');
  }
}
