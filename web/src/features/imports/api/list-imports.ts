import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { importKeys, importKindName, type ImportKindSlug } from './import-kind';

/** Past imports of this kind in the caller's province or facility, newest first. */
export function useImportHistory(kind: ImportKindSlug) {
  return useQuery({
    queryKey: importKeys.history(kind),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/imports', { params: { query: { kind: importKindName[kind] } }, signal })),
  });
}
