import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { recordTallies, type ContactKind } from '../api/record-tallies';
import { drainQueue, enqueue, readQueue, withdraw } from './tally-queue';

/** How often a queue left behind by a network loss is tried again (besides the browser's "online" event). */
const retryMs = 3000;

/** How long the last tap can be taken back (the API allows a minute, for a queue sent late). */
export const undoMs = 10_000;

export type LastTap = { id: string; pointId: string; kind: ContactKind };

/**
 * One-tap counting that survives a network loss: every tap is queued in the browser first, then
 * sent; what could not be sent is sent when the network is back. One send runs at a time.
 */
export function useTally() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(() => readQueue().length);
  const [connected, setConnected] = useState(true);
  const [tapped, setTapped] = useState<Partial<Record<ContactKind, number>>>({});
  const [lastTap, setLastTap] = useState<LastTap | null>(null);
  const undoTimer = useRef<number | undefined>(undefined);
  const sending = useRef(false);
  const again = useRef(false);

  const flush = useCallback(async () => {
    if (sending.current) {
      again.current = true;
      return;
    }
    sending.current = true;
    try {
      let ok: boolean;
      do {
        again.current = false;
        ok = await drainQueue(recordTallies);
        setConnected(ok);
        setPending(readQueue().length);
      } while (ok && again.current);
      if (ok) void queryClient.invalidateQueries({ queryKey: ['reception'] });
    } finally {
      sending.current = false;
    }
  }, [queryClient]);

  useEffect(() => {
    void flush();
    const onOnline = () => void flush();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => {
      if (readQueue().length > 0) void flush();
    }, retryMs);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [flush]);

  useEffect(() => () => window.clearTimeout(undoTimer.current), []);

  const tap = (pointId: string, kind: ContactKind) => {
    const id = crypto.randomUUID();
    enqueue({ id, pointId, kind, occurredAt: new Date().toISOString(), count: 1 });
    setTapped((counts) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }));
    setPending(readQueue().length);
    setLastTap({ id, pointId, kind });
    window.clearTimeout(undoTimer.current);
    undoTimer.current = window.setTimeout(() => setLastTap(null), undoMs);
    void flush();
  };

  /**
   * Takes the last tap back: still queued, it is simply dropped; already sent, an undo entry goes through the same queue
   * (the tally ledger is append-only, so the API records a compensating entry).
   */
  const undo = () => {
    if (!lastTap) return;
    window.clearTimeout(undoTimer.current);
    if (!withdraw(lastTap.id)) {
      enqueue({ id: crypto.randomUUID(), pointId: lastTap.pointId, kind: lastTap.kind, occurredAt: new Date().toISOString(), count: 1, undoes: lastTap.id });
    }
    setTapped((counts) => ({ ...counts, [lastTap.kind]: Math.max(0, (counts[lastTap.kind] ?? 0) - 1) }));
    setLastTap(null);
    setPending(readQueue().length);
    void flush();
  };

  return { tap, undo, lastTap, pending, connected, tapped };
}
