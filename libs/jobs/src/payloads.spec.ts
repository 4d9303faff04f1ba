import { parseJobPayload, QueueName } from './index';

describe('job payloads', () => {
  it('accepts an intake import naming its import', () => {
    const importId = '019a0000-0000-7000-8000-000000000001';
    expect(parseJobPayload(QueueName.IntakeImport, { importId })).toEqual({ importId });
  });

  it('refuses unknown keys and malformed ids', () => {
    expect(() => parseJobPayload(QueueName.IntakeImport, { importId: 'x' })).toThrow();
    expect(() =>
      parseJobPayload(QueueName.IntakeImport, {
        importId: '019a0000-0000-7000-8000-000000000001',
        file: 'inline',
      }),
    ).toThrow();
  });
});
