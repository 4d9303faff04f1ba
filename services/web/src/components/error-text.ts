import { ApiError } from '../api/errors';
import type { Translate } from '../i18n/i18n-context';

/** The API's message when it gave one, else the status in the reader's words. */
export function errorText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 0) return t('error.network');
  if (error.status === 429) {
    const seconds = (error.body as { retryAfter?: number } | null)?.retryAfter;
    return t('error.rateLimited', { seconds: seconds ?? 60 });
  }
  if (error.status === 412 || error.code === 'version-conflict' || error.code === 'version-stale') {
    return error.message ? `${t('error.conflict')}（${error.message}）` : t('error.conflict');
  }
  return error.message || t('error.http', { status: error.status });
}
