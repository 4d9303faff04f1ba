import { useCase, UseCases } from './use-cases';

class Notes {
  readonly written: string[] = [];
}
class WriteNote {
  constructor(readonly notes: Notes) {}
}
class ReadNotes {
  constructor(readonly write: WriteNote) {}
}

describe('UseCases', () => {
  const list = [
    useCase(WriteNote, (ports: { notes: Notes }) => new WriteNote(ports.notes)),
    useCase(
      ReadNotes,
      (_ports: { notes: Notes }, useCases) => new ReadNotes(useCases.get(WriteNote)),
    ),
  ];

  it('builds each handler once from its ports, and one handler may use another', () => {
    const notes = new Notes();
    const useCases = new UseCases(list, { notes });
    expect(useCases.get(ReadNotes).write).toBe(useCases.get(WriteNote));
    expect(useCases.get(WriteNote).notes).toBe(notes);
  });

  it('gives Nest one provider per handler, under its class', () => {
    const useCases = new UseCases(list, { notes: new Notes() });
    expect(useCases.providers()).toEqual([
      { provide: WriteNote, useValue: useCases.get(WriteNote) },
      { provide: ReadNotes, useValue: useCases.get(ReadNotes) },
    ]);
  });

  it('refuses a handler registered twice, and names one never registered', () => {
    expect(() => new UseCases([...list, list[0]!], { notes: new Notes() })).toThrow(
      'use case registered twice: WriteNote',
    );
    expect(() => new UseCases([], { notes: new Notes() }).get(WriteNote)).toThrow(
      'no use case registered for WriteNote',
    );
  });
});
