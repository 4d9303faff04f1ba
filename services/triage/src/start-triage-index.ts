import type { EventStorePort } from '@opinion/event-store';
import type { ServiceParts } from '@opinion/http';
import type { Logger } from 'pino';
import type { IndexSnapshots, SubmissionTexts } from './application/ports';
import { RebuildIndexHandler } from './application/rebuild-index/rebuild-index-handler';
import {
  IndexSnapshotter,
  type SnapshotEvent,
} from './application/snapshot-index/index-snapshotter';
import { StartIndexHandler } from './application/start-index/start-index-handler';
import type { TriageIndex } from './domain/triage-index';
import type { TriageConfig } from './infrastructure/triage-config';
import type { TriageMetrics } from './infrastructure/triage-metrics';

type SnapshotConfig = Pick<
  TriageConfig,
  'TRIAGE_SNAPSHOT_EVERY' | 'TRIAGE_SNAPSHOT_ON_SHUTDOWN' | 'TRIAGE_SNAPSHOT_RESTORE'
>;

interface IndexDeps {
  store: EventStorePort;
  texts: SubmissionTexts;
  snapshots: IndexSnapshots;
}

/** The live index, and what keeps snapshotting it (the index's watcher). */
export interface StartedIndex {
  index: TriageIndex;
  snapshotter: IndexSnapshotter;
}

/**
 * The index as a part: at start-up from a snapshot and the log after it (or the whole log), with
 * the snapshotter that keeps writing snapshots of it. Its stop writes the shutdown snapshot, so it
 * starts before the consumers that add items (they stop first) and after MongoDB (closed last).
 */
export function startTriageIndex(
  parts: ServiceParts,
  deps: IndexDeps,
  config: SnapshotConfig,
  metrics: TriageMetrics,
  logger: Logger,
): Promise<StartedIndex> {
  return parts.start(
    'triage index',
    () => restoreIndex(deps, config, metrics, logger),
    ({ snapshotter }) => snapshotter.stop(config.TRIAGE_SNAPSHOT_ON_SHUTDOWN),
  );
}

/** Restores the index, logging and counting the path taken, and starts snapshotting it. */
async function restoreIndex(
  deps: IndexDeps,
  config: SnapshotConfig,
  metrics: TriageMetrics,
  logger: Logger,
): Promise<StartedIndex> {
  const replay = new RebuildIndexHandler(deps.store, deps.texts);
  const { index, result } = await new StartIndexHandler(
    deps.snapshots,
    replay,
    config.TRIAGE_SNAPSHOT_RESTORE,
  ).execute();
  const { path, snapshot, skipped, replay: replayed, elapsedMs } = result;
  const line = { path, snapshot, skipped, ...replayed, elapsedMs };
  metrics.indexStart.set({ path }, replayed.replayed);
  if (path === 'snapshot') {
    logger.info(line, 'triage index restored from a snapshot and the item-assessed log after it');
  } else if (config.TRIAGE_SNAPSHOT_RESTORE) {
    logger.warn(line, 'no usable index snapshot: the whole item-assessed log was replayed');
  } else {
    logger.info(line, 'triage index rebuilt from the whole item-assessed log (restore disabled)');
  }
  if (replayed.mismatches > 0) logger.error(line, 'rebuilt index answers differ from the log');
  if (replayed.missingTexts > 0)
    logger.warn(line, 'assessed items without their submission in this store were left out');

  const snapshotter = new IndexSnapshotter(index, deps.snapshots, {
    every: config.TRIAGE_SNAPSHOT_EVERY,
    covered: { items: snapshot?.items ?? 0, position: snapshot?.position ?? 0 },
    report: (event) => reportSnapshot(event, metrics, logger),
  });
  // A long replay is worth a snapshot at once.
  snapshotter.grew();
  return { index, snapshotter };
}

function reportSnapshot(event: SnapshotEvent, metrics: TriageMetrics, logger: Logger): void {
  metrics.snapshots.inc({ outcome: event.kind });
  if (event.kind === 'written') {
    logger.info({ snapshot: event.snapshot, elapsedMs: event.elapsedMs }, 'index snapshot written');
  } else if (event.kind === 'failed') {
    logger.error({ err: event.error }, 'index snapshot failed');
  } else {
    logger.warn(
      { reason: event.reason },
      'index snapshots suspended until restart: the index may lack an item the log holds',
    );
  }
}
