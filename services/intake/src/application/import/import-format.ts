export type ImportFormat = 'xlsx' | 'csv' | 'jsonl';

const BY_MEDIA_TYPE: Record<string, ImportFormat> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/jsonl': 'jsonl',
  'application/x-ndjson': 'jsonl',
  'application/x-jsonlines': 'jsonl',
};

const BY_EXTENSION: Record<string, ImportFormat> = {
  xlsx: 'xlsx',
  csv: 'csv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** Media types POST /imports accepts; octet-stream needs a file name with a known extension. */
export const IMPORT_MEDIA_TYPES = [...Object.keys(BY_MEDIA_TYPE), 'application/octet-stream'];

/** The format of an upload by its media type, else by its file name's extension. */
export function importFormatOf(
  contentType: string | undefined,
  fileName: string | undefined,
): ImportFormat | undefined {
  const mediaType = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  const extension = fileName?.split('.').at(-1)?.toLowerCase() ?? '';
  return BY_MEDIA_TYPE[mediaType] ?? BY_EXTENSION[extension];
}
