import type { TallyEntry } from '../api/record-tallies';

/** Taps waiting to be sent survive a reload and a network loss: they live in this browser until the API has them. */
const storageKey = 'swc.reception.tally-queue';

export function readQueue(): TallyEntry[] {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown;
    return Array.isArray(stored) ? (stored as TallyEntry[]) : [];
  } catch {
    return [];
  }
}

function write(entries: TallyEntry[]) {
  localStorage.setItem(storageKey, JSON.stringify(entries));
}

export function enqueue(entry: TallyEntry) {
  write([...readQueue(), entry]);
}

/** Takes a tap out of the queue before it was sent; false when it has already gone to the API. */
export function withdraw(id: string): boolean {
  const queue = readQueue();
  if (!queue.some((entry) => entry.id === id)) return false;
  write(queue.filter((entry) => entry.id !== id));
  return true;
}

/** Forgets the entries the API acknowledged; taps queued meanwhile stay. */
export function removeSent(ids: string[]) {
  const sent = new Set(ids);
  write(readQueue().filter((entry) => !sent.has(entry.id)));
}

/** The most taps sent in one request; a long offline spell drains in several. */
export const batchSize = 500;

/**
 * Sends what is queued, batch after batch, until the queue is empty or a send fails (kept for the
 * next attempt). Each tap carries its own id, so sending one twice never counts it twice.
 */
export async function drainQueue(send: (entries: TallyEntry[]) => Promise<unknown>): Promise<boolean> {
  for (let batch = readQueue().slice(0, batchSize); batch.length > 0; batch = readQueue().slice(0, batchSize)) {
    try {
      await send(batch);
    } catch {
      return false;
    }
    removeSent(batch.map((entry) => entry.id));
  }
  return true;
}
