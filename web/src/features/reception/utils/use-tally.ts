import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { recordTallies, type ContactKind } from '../api/record-tallies';
import { drainQueue, enqueue, readQueue } from './tally-queue';

/** How often a queue left behind by a network loss is tried again (besides the browser's "online" event). */
const retryMs = 3000;

/**
 * One-tap counting that survives a network loss: every tap is queued in the browser first, then
 * sent; what could not be sent is sent when the network is back. One send runs at a time.
 */
export function useTally() {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(() => readQueue().length);
  const [connected, setConnected] = useState(true);
  const [tapped, setTapped] = useState<Partial<Record<ContactKind, number>>>({});
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

  const tap = (pointId: string, kind: ContactKind) => {
    enqueue({ id: crypto.randomUUID(), pointId, kind, occurredAt: new Date().toISOString(), count: 1 });
    setTapped((counts) => ({ ...counts, [kind]: (counts[kind] ?? 0) + 1 }));
    setPending(readQueue().length);
    void flush();
  };

  return { tap, pending, connected, tapped };
}
