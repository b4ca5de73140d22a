import { drainQueue, enqueue, readQueue, withdraw } from './tally-queue';

const tap = (id: string) => ({ id, pointId: 'p-1', kind: 'Guidance' as const, occurredAt: '2026-05-04T02:00:00.000Z', count: 1 });

describe('tally queue', () => {
  beforeEach(() => localStorage.clear());

  it('keeps taps while the network is down and sends each once it is back', async () => {
    enqueue(tap('a'));
    enqueue(tap('b'));
    const offline = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    expect(await drainQueue(offline)).toBe(false);
    expect(readQueue().map((t) => t.id)).toEqual(['a', 'b']);

    enqueue(tap('c'));
    const sent: string[][] = [];
    expect(await drainQueue(async (entries) => sent.push(entries.map((e) => e.id)))).toBe(true);
    expect(sent).toEqual([['a', 'b', 'c']]);
    expect(readQueue()).toEqual([]);
  });

  it('keeps a tap made while a batch was on its way', async () => {
    enqueue(tap('a'));
    await drainQueue(async () => enqueue(tap('late')));
    // The late tap went out in a second batch of the same drain.
    expect(readQueue()).toEqual([]);
  });

  it('drains a long offline spell in batches of 500', async () => {
    for (let i = 0; i < 1200; i++) enqueue(tap(`t${i}`));
    const sizes: number[] = [];
    await drainQueue(async (entries) => sizes.push(entries.length));
    expect(sizes).toEqual([500, 500, 200]);
  });

  it('withdraws a tap not yet sent, and says when it has already gone', () => {
    enqueue(tap('a'));
    enqueue(tap('b'));
    expect(withdraw('a')).toBe(true);
    expect(readQueue().map((e) => e.id)).toEqual(['b']);
    expect(withdraw('a')).toBe(false);
  });
});
