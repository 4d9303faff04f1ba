/**
 * Every BullMQ queue of the system, so producers and workers in different services agree on the
 * names. BullMQ uses `:` inside its Redis keys, so names use `-` and `.` only.
 */
export enum QueueName {
  /** 批量导入: one job per uploaded file of opinion items (intake). */
  IntakeImport = 'intake.import',
  /** Retrains an organisation's classifier from its editors' corrections (triage). */
  TriageRetrain = 'triage.retrain',
}
