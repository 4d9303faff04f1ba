import type { Actor } from '@opinion/contracts';
import { IdentityRuleError } from '../domain/identity-errors';
import { isWithin, type TreePosition } from '../domain/organisation/org-tree';

/**
 * An administrator manages their own committee and the committees below it; the seed and other
 * system processes manage everything.
 */
export function assertReach(actor: Actor, organisation: TreePosition): void {
  if (actor.role === 'system') return;
  if (actor.role !== 'admin' || !isWithin(organisation, actor.orgId)) {
    throw new IdentityRuleError('forbidden', 'outside the administrator’s committees');
  }
}
