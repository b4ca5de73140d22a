import type { Schemas } from '@/lib/api/client';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';

export const translations = { facilities: { vi: viTexts, en: enTexts } };

export const provinceId = '8513c026-caa1-42bf-a4b6-b8d5e9a87915';
export const hospitalId = '83c18718-a9ac-4fba-a369-f10abbc699f2';
export const adminId = '7ab3c3c5-2371-4809-ba4c-f075e9f09630';

const province = { id: provinceId, code: 'TH', name: 'Thanh Hóa' };
const hospital = { id: hospitalId, code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', type: 'PublicHospital', group: 'Curative' } as const;

export const officer: Schemas['MeResponse'] = {
  id: 'dd92a06c-27d5-4a16-9caf-94f5be0d134f',
  email: 'province@demo.vn',
  fullName: 'Nguyễn Thị Hồng',
  role: 'ProvinceOfficer',
  isApiClient: false,
  province,
  permissions: ['provinces.read', 'facilities.read', 'kpis.read-province', 'kpis.recompute', 'kpis.read-facility'],
};

export const platformAdmin: Schemas['MeResponse'] = {
  id: '1216af62-d4f7-4ef7-9108-3e1fc260a965',
  email: 'platform@demo.vn',
  fullName: 'Quản trị nền tảng',
  role: 'PlatformAdmin',
  isApiClient: false,
  permissions: ['provinces.read', 'provinces.manage', 'facilities.read', 'facilities.manage', 'kpis.read-province'],
};

export const facilityAdmin: Schemas['MeResponse'] = {
  id: adminId,
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility: hospital,
  province,
  permissions: ['provinces.read', 'facilities.read', 'unit.manage', 'kpis.read-facility', 'users.manage', 'api-clients.manage'],
};

export const socialWorker: Schemas['MeResponse'] = {
  ...facilityAdmin,
  id: '3e875676-dbc1-4bcc-a421-2d2def561cda',
  email: 'hospital.worker@demo.vn',
  role: 'SocialWorker',
  permissions: ['provinces.read', 'facilities.read', 'kpis.read-facility'],
};

export function summary(index: number, overrides: Partial<Schemas['FacilitySummary']> = {}): Schemas['FacilitySummary'] {
  return {
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    provinceId,
    code: `BV-${String(index).padStart(2, '0')}`,
    name: `Bệnh viện số ${index}`,
    type: 'PublicHospital',
    group: 'Curative',
    ownership: 'Public',
    communeWard: null,
    medicalStaffCount: 1450,
    unitStatus: 'Team',
    unitStatusSince: '2017-06-01',
    ...overrides,
  };
}

export function page(items: Schemas['FacilitySummary'][], totalCount: number, pageNumber = 1, pageSize = 25): Schemas['PagedListOfFacilitySummary'] {
  return { items, page: pageNumber, pageSize, totalCount, totalPages: Math.ceil(totalCount / pageSize) };
}

const entry = (overrides: Partial<Schemas['UnitStatusEntry']> & Pick<Schemas['UnitStatusEntry'], 'id'>): Schemas['UnitStatusEntry'] => ({
  status: 'Team',
  effectiveDate: '2017-06-01',
  decisionNumber: null,
  headName: null,
  headcount: 0,
  note: null,
  correctsId: null,
  correctionReason: null,
  isRetraction: false,
  isInForce: true,
  recordedAt: '2026-11-22T12:00:00+00:00',
  recordedBy: null,
  ...overrides,
});

/**
 * The hospital's history: a team entered with the wrong date and corrected, a department, and a
 * "collaborators only" entry retracted. Chronological, as the API sends it.
 */
export const history: Schemas['UnitStatusEntry'][] = [
  entry({ id: 'e1', status: 'CollaboratorsOnly', effectiveDate: '2015-01-10', headcount: 3, isInForce: false, note: 'Nhập nhầm' }),
  entry({
    id: 'e1r',
    status: 'CollaboratorsOnly',
    effectiveDate: '2015-01-10',
    headcount: 3,
    correctsId: 'e1',
    correctionReason: 'Không có quyết định này',
    isRetraction: true,
    isInForce: false,
    recordedAt: '2026-11-23T12:00:00+00:00',
    recordedBy: adminId,
  }),
  entry({ id: 'e2', status: 'Team', effectiveDate: '2017-01-06', decisionNumber: '1024/QĐ-BV', headName: 'Trưởng tổ CTXH', headcount: 6, isInForce: false }),
  entry({
    id: 'e2c',
    status: 'Team',
    effectiveDate: '2017-06-01',
    decisionNumber: '1024/QĐ-BV',
    headName: 'Trưởng tổ CTXH',
    headcount: 6,
    correctsId: 'e2',
    correctionReason: 'Nhập sai ngày hiệu lực',
    recordedAt: '2026-11-23T12:30:00+00:00',
    recordedBy: 'aaaaaaaa-0000-4000-8000-000000000000',
    recordedByName: 'Lê Văn Minh',
  }),
  entry({
    id: 'e3',
    status: 'Department',
    effectiveDate: '2025-03-23',
    decisionNumber: '512/QĐ-BV',
    headName: 'Lê Văn Minh',
    headcount: 7,
    note: 'Thành lập Phòng Công tác xã hội',
  }),
];

export const hospitalProfile: Schemas['FacilityProfile'] = {
  id: hospitalId,
  provinceId,
  provinceName: 'Thanh Hóa',
  code: 'BV-DKT',
  name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa',
  type: 'PublicHospital',
  group: 'Curative',
  ownership: 'Public',
  communeWard: 'Phường Ba Đình',
  addressDetail: '181 Hải Thượng Lãn Ông, Phường Ba Đình',
  phone: '0237 3851 224',
  medicalStaffCount: 1450,
  establishedOn: '1963-04-01',
  closedOn: null,
  version: '194080ac-3b49-4af1-b7cf-1508c312323e',
  currentUnitStatus: 'Department',
  unitHistory: history,
};
