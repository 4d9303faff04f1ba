import type {
  Actor,
  Contributor,
  DirectSourceType,
  DraftContent,
  ScreeningRecorded,
  SubmissionContent,
} from '@opinion/contracts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What people (and the editorial service, through its events) ask of one submission. */
export type SubmissionCommand =
  | {
      kind: 'save-draft';
      submissionId: string;
      actor: Actor;
      sourceType?: DirectSourceType;
      content: DraftContent;
    }
  | {
      kind: 'submit';
      submissionId: string;
      actor: Actor;
      sourceType: DirectSourceType;
      content: SubmissionContent;
    }
  | { kind: 'submit-draft'; submissionId: string; actor: Actor }
  | {
      kind: 'revise';
      submissionId: string;
      actor: Actor;
      content: SubmissionContent;
      note?: string;
    }
  | { kind: 'withdraw'; submissionId: string; actor: Actor; reason?: string }
  | {
      kind: 'convert-proposal';
      submissionId: string;
      actor: Actor;
      proposal: { number: string; title: string; body: string; proposers: Contributor[] };
      content: Omit<SubmissionContent, 'title' | 'body' | 'coSubmitters'>;
    }
  | {
      kind: 'record-screening';
      submissionId: string;
      decision: DistributiveOmit<ScreeningRecorded, 'submissionId'>;
    };

export type SubmissionCommandKind = SubmissionCommand['kind'];
