import type { EventEnvelope } from '@opinion/contracts';
import { foldStream } from './fold-stream';
import { OutOfOrderEventError } from './projection';

const event = (streamPosition: number, text: string) =>
  ({
    streamId: 'note-1',
    streamPosition,
    type: 'test.note.written',
    data: { text },
  }) as EventEnvelope;
const append = (state: string[], e: EventEnvelope) => [...state, (e.data as { text: string }).text];

describe('foldStream', () => {
  it('applies events in stream order', () => {
    expect(foldStream({ position: 0, state: [] }, [event(2, 'b'), event(1, 'a')], append)).toEqual({
      position: 2,
      state: ['a', 'b'],
    });
  });

  it('skips events applied before', () => {
    const folded = foldStream(
      { position: 1, state: ['a'] },
      [event(1, 'a'), event(2, 'b'), event(2, 'b')],
      append,
    );
    expect(folded).toEqual({ position: 2, state: ['a', 'b'] });
  });

  it('refuses to jump over a missing event', () => {
    expect(() => foldStream({ position: 1, state: ['a'] }, [event(3, 'c')], append)).toThrow(
      OutOfOrderEventError,
    );
  });
});
