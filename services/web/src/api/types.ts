/**
 * The shapes the gateway answers, as the web app reads them (libs/contracts and the gateway's
 * controllers are the reference; only what the screens use is typed here).
 */

export type Role = 'member' | 'liaison' | 'editor' | 'reviewer' | 'analyst' | 'admin';
export type OrganisationLevel = 'national' | 'provincial' | 'municipal' | 'county';

export type SubmissionStatus =
  'draft' | 'submitted' | 'returned' | 'accepted' | 'not-used' | 'merged' | 'withdrawn';

export type SourceType =
  | 'member'
  | 'sector-group'
  | 'party'
  | 'special-committee'
  | 'liaison-point'
  | 'info-officer'
  | 'proposal-conversion';

export type UrgencyLevel = 'routine' | 'urgent' | 'critical';

export interface Profile {
  sector: string | null;
  party: string | null;
  specialCommittee: string | null;
  liaisonPoint: string | null;
}

export interface Organisation {
  organisationId: string;
  name: string;
  level: OrganisationLevel;
  parentId: string | null;
  ancestorIds: string[];
}

export interface User {
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  role: Role;
  profile: Profile;
  disabled: boolean;
}

/** GET /me. */
export interface Me extends User {
  organisation: Organisation | null;
}

/** POST /auth/login and /auth/refresh (cookie transport: no refresh token in the body). */
export interface TokenAnswer {
  tokenType: 'Bearer';
  accessToken: string;
  expiresIn: number;
}

export interface Contributor {
  userId: string;
  name?: string;
}

export interface SubmissionBody {
  text?: string;
  situation?: string;
  problem?: string;
  suggestions?: string;
}

export interface Urgency {
  level: UrgencyLevel;
  greenChannel: boolean;
}

/** What the submitter writes (a draft may lack any of it). */
export interface SubmissionContent {
  title?: string;
  body?: SubmissionBody;
  coSubmitters?: Contributor[];
  sector?: string;
  region?: string;
  urgency?: Urgency;
  /** Metadata of files kept elsewhere; the web app keeps them as they are. */
  attachments?: unknown[];
}

/** The request of POST /api/submissions, drafts and revisions. */
export interface SubmissionRequest extends SubmissionContent {
  sourceType?: SourceType;
  note?: string;
}

/** GET /api/submissions/:id and the entries of /mine. */
export interface SubmissionView {
  submissionId: string;
  status: SubmissionStatus;
  submitterId: string | null;
  participants: string[];
  organisationId: string | null;
  sourceType: SourceType | null;
  revision: number;
  content: SubmissionContent | null;
  submittedAt: string | null;
  updatedAt: string | null;
}

/** Intake's answer to a write: the item and its new version (also in the ETag). */
export interface WriteAnswer {
  submissionId: string;
  version: number;
  created?: boolean;
}

export interface TimelineEntry {
  eventId: string;
  type: string;
  label: string;
  tags: string[];
  occurredAt: string;
  actor: { userId: string; role: string; orgId: string };
  summary: {
    origin?: string;
    revision?: number;
    reason?: string;
    comments?: string;
    intoSubmissionId?: string;
    label?: string;
    previousLabel?: string;
    confidence?: number;
    duplicateOf?: string | null;
    clusterId?: string;
  };
}

export interface Timeline {
  submissionId: string;
  entries: TimelineEntry[];
}

export interface TextPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

export type FieldChange =
  | { field: string; label: string; kind: 'text'; before: string; after: string; parts: TextPart[] }
  | { field: string; label: string; kind: 'list'; removed: string[]; added: string[] };

export interface RevisionComparison {
  submissionId: string;
  from: { revision: number; at: string; note?: string };
  to: { revision: number; at: string; note?: string };
  changes: FieldChange[];
}

/** POST /triage/similar, reduced by the gateway to what the caller may see. */
export interface SimilarAnswer {
  notice: string | null;
  items: Array<{
    itemId: string;
    similarity: number;
    kind: 'duplicate' | 'same-issue';
    title: string | null;
    status: string;
  }>;
  hiddenCount: number;
}

/** GET /triage/items/:id. */
export interface TriageAssessment {
  itemId: string;
  orgId: string;
  submittedAt: string;
  label: string | null;
  confidence: number | null;
  top: Array<{ label: string; score: number }>;
  modelId: string | null;
  correction: { label: string; previousLabel: string; by: string; at: string } | null;
  duplicateOf: string | null;
  similarity: number;
  repeats: Array<{ itemId: string; similarity: number }>;
  cluster: { clusterId: string; size: number };
  version: number;
}

export interface HotIssue {
  clusterId: string;
  size: number;
  weekly: number[];
  thisWeek: number;
  lastWeek: number;
  growth: number;
}

/** GET /triage/hot-issues: `weeks` are the Mondays the counts start, oldest first. */
export interface HotIssues {
  orgId: string;
  weeks: string[];
  issues: HotIssue[];
}

export interface Taxonomy {
  orgId: string;
  labels: string[];
  mapping: Array<{ modelLabel: string; label: string }>;
  isDefault: boolean;
  version: number;
}

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

/** GET /api/imports/:id. */
export interface ImportReport {
  importId: string;
  status: ImportStatus;
  fileName?: string;
  progress: { total: number; processed: number };
  counts: { imported: number; duplicates: number; failed: number };
  ignoredColumns: string[];
  error?: string;
  report: {
    offset: number;
    limit: number;
    total: number;
    rows: Array<{ row: number; field: string; column?: string; message: string }>;
  };
}

/** One row of GET /api/inbox. */
export interface InboxItem {
  submissionId: string;
  title: string | null;
  status: SubmissionStatus;
  sourceType: SourceType | null;
  submitter: { userId: string; displayName?: string };
  urgency?: Urgency | null;
  submittedAt: string | null;
  updatedAt: string | null;
  triage?: {
    label: string | null;
    confidence: number | null;
    /** An editor set the label (更正分类). */
    corrected?: boolean;
    duplicateOf: string | null;
    similarity: number | null;
    clusterId: string | null;
  };
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
}
