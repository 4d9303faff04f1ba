import type { EventEnvelope } from '@opinion/contracts';
import { foldStream } from './fold-stream';
import type { Projection } from './projection';
import type { StreamDocument, StreamDocumentProjectionOptions } from './stream-document-projection';

/**
 * `StreamDocumentProjection` in memory, for specs: the same fold (`foldStream`) per stream, so a
 * redelivered event is skipped and a gap is refused, and the documents it would hold.
 */
export class InMemoryStreamDocumentProjection<State> implements Projection {
  readonly name: string;
  readonly categories: readonly string[];
  private readonly byStream = new Map<string, StreamDocument<State>>();

  constructor(private readonly options: StreamDocumentProjectionOptions<State>) {
    this.name = options.name;
    this.categories = options.categories;
  }

  async apply(events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) {
      const current = this.byStream.get(event.streamId) ?? {
        _id: event.streamId,
        position: 0,
        state: this.options.initial(),
      };
      this.byStream.set(event.streamId, {
        _id: event.streamId,
        ...foldStream(current, [event], this.options.evolve),
      });
    }
  }

  async reset(): Promise<void> {
    this.byStream.clear();
  }

  documents(): StreamDocument<State>[] {
    return [...this.byStream.values()];
  }
}
