import { createHash } from 'node:crypto';
import { newId, type EventMetadata, type Locale } from '@opinion/contracts';
import { mayImport } from '../../domain';
import { ImportForbiddenError } from './import-errors';
import type { ImportFormat } from './import-format';
import type { ImportFiles, ImportQueue, ImportStore } from './import-ports';
import { initialProgress } from './import-record';

export interface StartImportCommand {
  content: Buffer;
  format: ImportFormat;
  fileName?: string;
  metadata: EventMetadata;
  locale: Locale;
}

/**
 * Stores the upload and its import, then enqueues the job. If enqueueing fails the import stays
 * queued and is enqueued again when the service starts (ImportStore.pending).
 */
export class StartImportHandler {
  constructor(
    private readonly imports: ImportStore,
    private readonly files: ImportFiles,
    private readonly queue: ImportQueue,
  ) {}

  async execute({ content, format, fileName, metadata, locale }: StartImportCommand) {
    if (!mayImport(metadata.actor)) throw new ImportForbiddenError(metadata.actor.role);
    const importId = newId();
    await this.files.save(importId, content);
    await this.imports.create({
      importId,
      importer: metadata.actor,
      format,
      ...(fileName && { fileName }),
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      locale,
      status: 'queued',
      progress: initialProgress(),
      ignoredColumns: [],
      createdAt: new Date(),
    });
    await this.queue.enqueue(importId);
    return { importId, status: 'queued' as const };
  }
}
