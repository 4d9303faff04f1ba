import { apiGet, apiRequest, queryString } from './client';
import type { ImportReport } from './types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media type intake reads the format from; by the extension when the browser has none. */
export function mediaTypeOf(file: File): string {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) return 'application/x-ndjson';
  return file.type || 'application/octet-stream';
}

/** POST /api/imports: the file itself as the body → 202 { importId, status }. */
export const startImport = (file: File) =>
  apiRequest<{ importId: string; status: string }>(
    `/api/imports${queryString({ filename: file.name })}`,
    { method: 'POST', raw: file, contentType: mediaTypeOf(file) },
  ).then((answer) => answer.data);

export const importReport = (id: string, offset: number, limit: number) =>
  apiGet<ImportReport>(`/api/imports/${id}${queryString({ offset, limit })}`);
