import { useCallback, useEffect, useRef, useState } from 'react';
import type { SubmissionRequest } from '../../api/types';
import { createDraft, saveDraft } from '../../api/submissions';
import { newKey } from '../../components/new-key';

export interface Draft {
  id: string;
  etag: string | null;
}

export type AutosaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

const DELAY_MS = 1500;

/**
 * 草稿自动保存: the form's content, saved a moment after the typing stops — the first time as a
 * new draft (POST, with this form's Idempotency-Key), then in place (PUT, If-Match). One save at
 * a time; what changed meanwhile is saved next. `flush` saves now and answers the draft.
 */
export function useDraftAutosave(initial: Draft | null, onCreated: (draft: Draft) => void) {
  const draft = useRef<Draft | null>(initial);
  const creationKey = useRef(newKey());
  const pending = useRef<SubmissionRequest | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);
  const failure = useRef<unknown>(null);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const created = useRef(onCreated);
  created.current = onCreated;

  const saveOnce = useCallback(async (request: SubmissionRequest) => {
    setStatus({ kind: 'saving' });
    failure.current = null;
    try {
      const current = draft.current;
      if (current) {
        const { etag } = await saveDraft(current.id, request, current.etag);
        draft.current = { id: current.id, etag };
      } else {
        const { data, etag } = await createDraft(request, creationKey.current);
        draft.current = { id: data.submissionId, etag };
        created.current(draft.current);
      }
      setStatus(pending.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
    } catch (error) {
      failure.current = error;
      setStatus({ kind: 'failed', error });
    }
  }, []);

  /** Saves what is pending, after any save under way. */
  const drain = useCallback((): Promise<void> => {
    const previous = running.current ?? Promise.resolve();
    const next = previous.then(async () => {
      const request = pending.current;
      pending.current = null;
      if (request && !stopped.current) await saveOnce(request);
    });
    running.current = next;
    void next.finally(() => {
      if (running.current === next) running.current = null;
    });
    return next;
  }, [saveOnce]);

  const schedule = useCallback(
    (request: SubmissionRequest) => {
      if (stopped.current) return;
      pending.current = request;
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void drain(), DELAY_MS);
    },
    [drain],
  );

  /**
   * Saves `request` now and waits for every save: the draft as it is on the server. Throws the
   * error of that save, so nothing is submitted that was not saved.
   */
  const flush = useCallback(
    async (request: SubmissionRequest): Promise<Draft | null> => {
      clearTimeout(timer.current);
      pending.current = request;
      await drain();
      if (failure.current) throw failure.current;
      return draft.current;
    },
    [drain],
  );

  /** No more saves (the item was submitted). */
  const stop = useCallback(() => {
    stopped.current = true;
    clearTimeout(timer.current);
    pending.current = null;
  }, []);

  /** Waits for a save under way without starting one (before a direct submit). */
  const settle = useCallback(async (): Promise<Draft | null> => {
    clearTimeout(timer.current);
    pending.current = null;
    await (running.current ?? Promise.resolve());
    return draft.current;
  }, []);

  // Leaving the page within the delay still saves what was typed.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current && !stopped.current) void drain();
    },
    [drain],
  );

  return { status, schedule, flush, settle, stop, draft };
}
