import type { Schemas } from '@/lib/api/client';
import type { Permission } from '@/lib/auth/me';

/** The kinds the SPA imports, as they appear in the address (/imports/facilities) and the API's routes. */
export type ImportKindSlug = 'facilities' | 'clients';

export type ImportCheckResult = Schemas['ImportCheckResult'];
export type ImportProblem = Schemas['ImportProblem'];
export type ImportLikeness = Schemas['ImportLikeness'];
export type ImportRecord = Schemas['ImportRecordDto'];
/** What to do with a row that looks like an existing client (sent as JSON in the multipart field `decisions`). */
export type ImportRowDecision = { row: number; choice: 'Skip' | 'CreateAnyway' };

export const importKinds: ImportKindSlug[] = ['facilities', 'clients'];

export const isImportKind = (value: string | undefined): value is ImportKindSlug => importKinds.includes(value as ImportKindSlug);

/** The permission each kind needs (the API checks it too). */
export const importPermission: Record<ImportKindSlug, Permission> = { facilities: 'imports.facilities', clients: 'imports.clients' };

export const importKindName: Record<ImportKindSlug, Schemas['ImportKind']> = { facilities: 'Facilities', clients: 'Clients' };

export const importKeys = {
  all: ['imports'] as const,
  history: (kind: ImportKindSlug) => [...importKeys.all, 'history', kind] as const,
};

/** The upload as the API takes it: multipart with the field `file` (and `decisions` on commit). */
export function uploadForm(file: File, decisions?: ImportRowDecision[]) {
  const form = new FormData();
  form.append('file', file);
  if (decisions && decisions.length > 0) form.append('decisions', JSON.stringify(decisions));
  return form;
}

export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
