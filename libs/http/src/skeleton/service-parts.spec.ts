import { ServiceParts, StopFailedError } from './service-parts';

describe('ServiceParts', () => {
  it('stops the parts in the reverse of their start order, each once', async () => {
    const log: string[] = [];
    const parts = await ServiceParts.build(async (parts) => {
      for (const name of ['mongodb', 'relay', 'consumer']) {
        await parts.start(
          name,
          () => log.push(`start ${name}`),
          () => log.push(`stop ${name}`),
        );
      }
      return parts;
    });
    expect(parts.names()).toEqual(['mongodb', 'relay', 'consumer']);
    await parts.stop();
    await parts.stop();
    expect(log).toEqual([
      'start mongodb',
      'start relay',
      'start consumer',
      'stop consumer',
      'stop relay',
      'stop mongodb',
    ]);
  });

  it('stops what had started when a later part fails to start, and rethrows', async () => {
    const stopped: string[] = [];
    await expect(
      ServiceParts.build(async (parts) => {
        await parts.start(
          'mongodb',
          () => 'connection',
          (c) => stopped.push(c),
        );
        await parts.start(
          'relay',
          () => {
            throw new Error('Kafka unreachable');
          },
          () => stopped.push('relay'),
        );
      }),
    ).rejects.toThrow('Kafka unreachable');
    expect(stopped).toEqual(['connection']);
  });

  it('stops the rest when one part fails to stop, then names it', async () => {
    const stopped: string[] = [];
    const parts = new ServiceParts();
    await parts.start(
      'mongodb',
      () => undefined,
      () => stopped.push('mongodb'),
    );
    await parts.start(
      'worker',
      () => undefined,
      () => Promise.reject(new Error('Redis gone')),
    );
    const failure = await parts.stop().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StopFailedError);
    expect((failure as StopFailedError).message).toContain('worker');
    expect(stopped).toEqual(['mongodb']);
  });
});
