import {
  IDENTITY_EVENTS,
  type EventEnvelope,
  type NewEvent,
  type OrganisationCreated,
  type OrganisationLevel,
  type OrganisationRenamed,
} from '@opinion/contracts';
import { IdentityRuleError } from '../identity-errors';
import { childLevelOf } from './org-tree';

export interface OrganisationState {
  organisationId: string | null;
  name: string | null;
  level: OrganisationLevel | null;
  parentId: string | null;
  /** Every committee above, root first. */
  ancestorIds: string[];
}

export const emptyOrganisation = (): OrganisationState => ({
  organisationId: null,
  name: null,
  level: null,
  parentId: null,
  ancestorIds: [],
});

export interface CreateOrganisation {
  organisationId: string;
  name: string;
  level: OrganisationLevel;
  parentId: string | null;
}

/** A committee is created once, directly under a committee of the level above it. */
export function decideCreate(
  state: OrganisationState,
  command: CreateOrganisation,
  parent: OrganisationState | null,
): NewEvent<OrganisationCreated>[] {
  if (state.organisationId) throw new IdentityRuleError('already-exists', 'organisation exists');
  if (command.parentId === null) {
    if (command.level !== 'national') {
      throw new IdentityRuleError('invalid', 'only the national committee has no parent');
    }
  } else {
    if (!parent?.organisationId || !parent.level) {
      throw new IdentityRuleError('not-found', `parent ${command.parentId} not found`);
    }
    if (childLevelOf(parent.level) !== command.level) {
      throw new IdentityRuleError(
        'invalid',
        `a ${parent.level} committee has no ${command.level} child`,
      );
    }
  }
  const ancestorIds = parent?.organisationId ? [...parent.ancestorIds, parent.organisationId] : [];
  return [
    {
      type: IDENTITY_EVENTS.organisationCreated,
      version: 1,
      data: { ...command, ancestorIds },
    },
  ];
}

export function decideRename(
  state: OrganisationState,
  name: string,
): NewEvent<OrganisationRenamed>[] {
  if (!state.organisationId) throw new IdentityRuleError('not-found', 'organisation not found');
  if (state.name === name) return [];
  return [
    {
      type: IDENTITY_EVENTS.organisationRenamed,
      version: 1,
      data: { organisationId: state.organisationId, name },
    },
  ];
}

export function evolveOrganisation(
  state: OrganisationState,
  event: EventEnvelope,
): OrganisationState {
  switch (event.type) {
    case IDENTITY_EVENTS.organisationCreated: {
      const data = event.data as OrganisationCreated;
      return { ...data };
    }
    case IDENTITY_EVENTS.organisationRenamed:
      return { ...state, name: (event.data as OrganisationRenamed).name };
    default:
      return state;
  }
}
