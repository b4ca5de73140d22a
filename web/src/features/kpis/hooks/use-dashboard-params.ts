import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '@/lib/format';
import { isAsOf } from '../utils/as-of';

/**
 * The dashboard's state lives in the URL so a view can be bookmarked and shared:
 * ?asOf=yyyy-MM-dd (today when missing or invalid) and, for platform admins, ?province=<id>.
 */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('asOf');
  const asOf = isAsOf(raw) ? raw : todayIso();

  const update = useCallback(
    (key: string, value: string | null) =>
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      }),
    [setParams],
  );

  return {
    asOf,
    province: params.get('province'),
    setAsOf: useCallback((value: string) => update('asOf', value), [update]),
    setProvince: useCallback((value: string) => update('province', value), [update]),
  };
}
