/**
 * Counts what became of each submission event triage consumed: `assessed` or `skipped`
 * (submitted), `reclassified` or `skipped` (revised), `ignored` (the rest). An abstract class so
 * that a Kafka controller asks for it by type; the metrics implement it.
 */
export abstract class SubmissionEventOutcomes {
  abstract submissionEventHandled(type: string, outcome: string): void;
}
