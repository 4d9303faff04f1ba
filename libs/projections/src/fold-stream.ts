import type { EventEnvelope } from '@opinion/contracts';
import { OutOfOrderEventError } from './projection';

export type Evolve<State> = (state: State, event: EventEnvelope) => State;

export interface StreamState<State> {
  position: number;
  state: State;
}

/**
 * Folds a stream's events onto its read-model state: events at or below the state's position
 * were applied already and are skipped; a gap means an earlier event is missing.
 */
export function foldStream<State>(
  current: StreamState<State>,
  events: readonly EventEnvelope[],
  evolve: Evolve<State>,
): StreamState<State> {
  let { position, state } = current;
  for (const event of [...events].sort((a, b) => a.streamPosition - b.streamPosition)) {
    if (event.streamPosition <= position) continue;
    if (event.streamPosition !== position + 1) {
      throw new OutOfOrderEventError(event.streamId, position + 1, event.streamPosition);
    }
    state = evolve(state, event);
    position = event.streamPosition;
  }
  return { position, state };
}
