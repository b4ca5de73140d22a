import type { Schemas } from '@/lib/api/client';
import type { Permission } from '@/lib/auth/me';

/** The kinds the SPA imports, as they appear in the address (/imports/facilities) and the API's routes. */
export type ImportKindSlug = 'facilities' | 'clients' | 'staff' | 'departments' | 'collaborators' | 'donors' | 'users';

export type ImportCheckResult = Schemas['ImportCheckResult'];
export type ImportProblem = Schemas['ImportProblem'];
export type ImportLikeness = Schemas['ImportLikeness'];
export type ImportRecord = Schemas['ImportRecordDto'];
/** What to do with a row that looks like an existing client (sent as JSON in the multipart field `decisions`). */
export type ImportRowDecision = { row: number; choice: 'Skip' | 'CreateAnyway' };

/** In the order a new province or facility would import them (departments before the staff and collaborators in them). */
export const importKinds: ImportKindSlug[] = ['facilities', 'users', 'departments', 'staff', 'collaborators', 'clients', 'donors'];

export const isImportKind = (value: string | undefined): value is ImportKindSlug => importKinds.includes(value as ImportKindSlug);

/** The permission each kind needs (the API checks it too). */
export const importPermission: Record<ImportKindSlug, Permission> = {
  facilities: 'imports.facilities',
  clients: 'imports.clients',
  staff: 'imports.workforce',
  departments: 'imports.workforce',
  collaborators: 'imports.workforce',
  donors: 'imports.donors',
  users: 'imports.users',
};

export const importKindName: Record<ImportKindSlug, Schemas['ImportKind']> = {
  facilities: 'Facilities',
  clients: 'Clients',
  staff: 'Staff',
  departments: 'Departments',
  collaborators: 'Collaborators',
  donors: 'Donors',
  users: 'Users',
};

/** The template's file name as the API names it. */
export const templateFileName: Record<ImportKindSlug, string> = {
  facilities: 'mau-nhap-co-so-y-te.xlsx',
  clients: 'mau-nhap-doi-tuong.xlsx',
  staff: 'mau-nhap-nhan-vien-ctxh.xlsx',
  departments: 'mau-nhap-khoa-phong.xlsx',
  collaborators: 'mau-nhap-cong-tac-vien.xlsx',
  donors: 'mau-nhap-nha-hao-tam.xlsx',
  users: 'mau-nhap-tai-khoan.xlsx',
};

/**
 * The kind's routes. Every kind has the same four with the same shapes, so each is typed as the clients' route
 * (the typed client needs a literal path); the API's OpenAPI document lists each kind's own.
 */
export const importRoutes = (kind: ImportKindSlug) => ({
  template: `/api/v1/imports/${kind}/template` as '/api/v1/imports/clients/template',
  check: `/api/v1/imports/${kind}/check` as '/api/v1/imports/clients/check',
  annotated: `/api/v1/imports/${kind}/annotated` as '/api/v1/imports/clients/annotated',
  commit: `/api/v1/imports/${kind}/commit` as '/api/v1/imports/clients/commit',
});

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
