import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { importKeys } from './import-kind';

/** The header that names a check or commit so its progress can be read while it runs. */
export const importProgressHeader = 'Import-Progress';

export type ImportProgress = { phase: 'Reading' | 'Writing' | 'Finished'; rowsRead: number; percentRead: number };

/**
 * Where a running check or commit stands, polled every second while `token` is set. Not found (another replica
 * ran it, or it has not started reading yet) is no error: the screen keeps its indeterminate bar.
 */
export function useImportProgress(token: string | null) {
  return useQuery({
    queryKey: [...importKeys.all, 'progress', token],
    enabled: token !== null,
    refetchInterval: 1000,
    retry: false,
    queryFn: async (): Promise<ImportProgress | null> => {
      try {
        return (await unwrap(api.GET('/api/v1/imports/progress', { params: { query: { token: token! } } }))) as ImportProgress;
      } catch {
        return null;
      }
    },
  });
}
