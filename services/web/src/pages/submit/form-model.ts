import type {
  SourceType,
  SubmissionContent,
  SubmissionRequest,
  UrgencyLevel,
} from '../../api/types';
import type { FieldMap } from '../../components/form-errors';

/** The submit form's fields (情况 / 问题 / 建议 as three, urgency as two). */
export interface SubmissionFormValues {
  title?: string;
  situation?: string;
  problem?: string;
  suggestions?: string;
  /** 正文 as one text: only items that came in that way (imports) have it. */
  text?: string;
  coSubmitters?: string[];
  sourceType?: SourceType;
  sector?: string;
  region?: string;
  urgencyLevel?: UrgencyLevel;
  greenChannel?: boolean;
  note?: string;
}

/** Where the API's field names are in the form. */
export const SUBMISSION_FIELD_MAP: FieldMap = {
  body: ['situation'],
  'body.situation': ['situation'],
  'body.problem': ['problem'],
  'body.suggestions': ['suggestions'],
  'body.text': ['text'],
  urgency: ['urgencyLevel'],
  'urgency.level': ['urgencyLevel'],
  'urgency.greenChannel': ['greenChannel'],
};

const filled = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The text triage compares: the body's parts in reading order. */
export const bodyTextOf = (values: SubmissionFormValues): string =>
  [values.text, values.situation, values.problem, values.suggestions]
    .map(filled)
    .filter(Boolean)
    .join('\n');

export const isBlank = (values: SubmissionFormValues): boolean =>
  !filled(values.title) && !bodyTextOf(values);

/**
 * The request for POST /api/submissions, a draft or a revision: empty fields left out (the API
 * refuses empty strings), the body's parts together.
 */
export function toRequest(
  values: SubmissionFormValues,
  { withSourceType, withNote }: { withSourceType: boolean; withNote?: boolean },
): SubmissionRequest {
  const body = Object.fromEntries(
    (['text', 'situation', 'problem', 'suggestions'] as const)
      .map((field) => [field, filled(values[field])])
      .filter(([, value]) => value),
  );
  const coSubmitters = [...new Set((values.coSubmitters ?? []).map((id) => id.trim()))]
    .filter(Boolean)
    .map((userId) => ({ userId }));
  return {
    ...(filled(values.title) && { title: filled(values.title) }),
    ...(Object.keys(body).length > 0 && { body }),
    coSubmitters,
    ...(filled(values.sector) && { sector: filled(values.sector) }),
    ...(filled(values.region) && { region: filled(values.region) }),
    urgency: {
      level: values.urgencyLevel ?? 'routine',
      greenChannel: Boolean(values.greenChannel),
    },
    ...(withSourceType && values.sourceType && { sourceType: values.sourceType }),
    ...(withNote && filled(values.note) && { note: filled(values.note) }),
  };
}

/** The form's values for saved content (a draft, a returned item). */
export function fromContent(
  content: SubmissionContent | null,
  sourceType: SourceType | null,
): SubmissionFormValues {
  return {
    title: content?.title,
    situation: content?.body?.situation,
    problem: content?.body?.problem,
    suggestions: content?.body?.suggestions,
    text: content?.body?.text,
    coSubmitters: (content?.coSubmitters ?? []).map((person) => person.userId),
    sourceType: sourceType ?? undefined,
    sector: content?.sector,
    region: content?.region,
    urgencyLevel: content?.urgency?.level ?? 'routine',
    greenChannel: content?.urgency?.greenChannel ?? false,
  };
}
