import { useSearchParams } from 'react-router';
import { todayIso } from '@/lib/format';

/** The as-of date lives in the address, so that the drill-down and the way back keep it. */
export function useAsOfParam(): [string, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? todayIso();
  return [asOf, (value) => setParams((p) => ({ ...Object.fromEntries(p), asOf: value }), { replace: true })];
}
