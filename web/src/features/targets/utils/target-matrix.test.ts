import type { Target } from '../api/list-targets';
import { buildTargetMatrix, filterRows } from './target-matrix';

let next = 0;
const target = (indicatorCode: string, value: number, facility?: { id: string; name: string; group: Target['groupOfFacility'] }, facilityGroup?: Target['facilityGroup']): Target => ({
  id: `t-${next++}`,
  provinceId: 'p',
  year: 2026,
  indicatorCode,
  facilityGroup: facility ? null : facilityGroup,
  facilityId: facility?.id ?? null,
  facilityName: facility?.name ?? null,
  facilityType: null,
  groupOfFacility: facility?.group ?? null,
  value,
  updatedAt: '2026-01-01T00:00:00Z',
  version: 'v',
});

const mat = { id: 'f-mat', name: 'Bệnh viện Mắt', group: 'Curative' as const };
const daKhoa = { id: 'f-dk', name: 'Bệnh viện Đa khoa', group: 'Curative' as const };
const dang = { id: 'f-dang', name: 'Trạm Y tế xã Đặng Xá', group: 'CommuneStation' as const };
const duong = { id: 'f-duong', name: 'Trạm Y tế xã Dương Nội', group: 'CommuneStation' as const };

describe('buildTargetMatrix', () => {
  const targets = [
    target('MONEY', 100, mat),
    target('CHILDREN', 5, mat),
    target('MONEY', 50, daKhoa),
    target('CHILDREN', 3, dang),
    target('CHILDREN', 4, duong),
    target('CHILDREN', 2, undefined, 'CommuneStation'),
    target('MONEY', 80, undefined, 'Curative'),
  ];

  it('makes one row per facility with a cell per indicator, in Vietnamese order, columns in catalogue order', () => {
    const matrix = buildTargetMatrix(targets, ['CHILDREN', 'MONEY', 'UNUSED']);
    expect(matrix.indicatorCodes).toEqual(['CHILDREN', 'MONEY']);
    // "Đa khoa" before "Mắt"; "Dương" before "Đặng".
    expect(matrix.facilities.map((r) => r.name)).toEqual(['Bệnh viện Đa khoa', 'Bệnh viện Mắt', 'Trạm Y tế xã Dương Nội', 'Trạm Y tế xã Đặng Xá']);
    expect(matrix.facilities[1].cells.MONEY.value).toBe(100);
    expect(matrix.facilities[1].cells.CHILDREN.value).toBe(5);
    expect(matrix.facilities[0].cells.CHILDREN).toBeUndefined();
    expect(matrix.groups.map((g) => g.group)).toEqual(['Curative', 'CommuneStation']);
    expect(matrix.groups[0].cells.MONEY.value).toBe(80);
  });

  it('filters rows by the facility group and by a name typed without accents', () => {
    const rows = buildTargetMatrix(targets, []).facilities;
    expect(filterRows(rows, 'CommuneStation', '').map((r) => r.facilityId)).toEqual(['f-duong', 'f-dang']);
    expect(filterRows(rows, null, 'dang xa').map((r) => r.facilityId)).toEqual(['f-dang']);
    expect(filterRows(rows, 'Curative', 'dang')).toEqual([]);
  });
});
