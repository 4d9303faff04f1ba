import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';

/** Where an API field (`body.situation`, `coSubmitters.0.userId`) is in a form, when not by its own path. */
export type FieldMap = Record<string, Array<string | number>>;

/**
 * Puts the API's `{ errors: [{ field, message }] }` on the form's fields. `map` names where an
 * API field lives in the form when the names differ; a field the form does not have is left
 * for the alert. Returns true when at least one message found its field.
 */
export function showFieldErrors(form: FormInstance, error: unknown, map: FieldMap = {}): boolean {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return false;
  const known = new Set(form.getFieldsError().map(({ name }) => name.join('.')));
  const byField = new Map<string, { name: Array<string | number>; errors: string[] }>();
  for (const { field, message } of error.fieldErrors) {
    const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const candidates = [map[field], map[path[0]], path, path.slice(0, 1)];
    const name = candidates.find((candidate) => candidate && known.has(candidate.join('.')));
    if (!name) continue;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  return byField.size > 0;
}
