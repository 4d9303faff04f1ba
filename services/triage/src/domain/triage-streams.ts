import {
  DEFAULT_MODEL_SCOPE,
  TRIAGE_CATEGORY,
  TRIAGE_MODEL_CATEGORY,
  TRIAGE_TAXONOMY_CATEGORY,
} from '@opinion/contracts';

export const triageStreamId = (itemId: string) => `${TRIAGE_CATEGORY}-${itemId}`;

/** An organisation's own model, or the default one every other organisation uses. */
export const modelScopeOf = (orgId: string | null) => orgId ?? DEFAULT_MODEL_SCOPE;

export const modelStreamId = (scope: string) => `${TRIAGE_MODEL_CATEGORY}-${scope}`;

export const taxonomyStreamId = (orgId: string) => `${TRIAGE_TAXONOMY_CATEGORY}-${orgId}`;

/** The id of the model shipped in libs/text, in use until a retrained one is adopted. */
export const SHIPPED_MODEL_ID = 'tipdm2020c';
