import type { PersonRole, SourceType } from '@opinion/contracts';
import { isStaff } from '../roles';

/** Who is asking. */
export interface Viewer {
  userId: string;
  role: PersonRole;
  organisationId: string;
  liaisonPoint: string | null;
}

/** What the rule needs to know of an item. */
export interface ItemAudience {
  /** Submitter first, then co-submitters. */
  participants: string[];
  /** The committee the item was submitted to. */
  organisationId: string;
  /** Committees it was forwarded to (转送); filled once escalation publishes forwarding. */
  forwardedTo: string[];
  /** A draft is its writer's alone. */
  draft: boolean;
  sourceType: SourceType | null;
  /** The liaison point its submitter collects for, when the submitter is a liaison officer. */
  submitterLiaisonPoint: string | null;
}

const LIAISON_SOURCES: readonly (SourceType | null)[] = ['liaison-point', 'info-officer'];

/**
 * Who may read an item: its submitter and co-submitters always; staff the items of their own
 * committee and those forwarded to it; a liaison officer also the items any officer of the same
 * liaison point submitted on the point's behalf. Everyone else is told it does not exist (404).
 */
export function mayView(viewer: Viewer, item: ItemAudience): boolean {
  if (item.participants.includes(viewer.userId)) return true;
  if (item.draft) return false;
  if (isStaff(viewer.role)) {
    return (
      item.organisationId === viewer.organisationId ||
      item.forwardedTo.includes(viewer.organisationId)
    );
  }
  return (
    viewer.role === 'liaison' &&
    viewer.liaisonPoint !== null &&
    item.submitterLiaisonPoint === viewer.liaisonPoint &&
    LIAISON_SOURCES.includes(item.sourceType)
  );
}
