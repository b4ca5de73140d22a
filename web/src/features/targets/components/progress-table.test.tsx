import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, renderElement } from '@/testing/test-utils';
import type { ProvinceProgress } from '../api/get-province-progress';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ProgressTable } from './progress-table';

const translations = { targets: { vi: viTexts, en: enTexts } };

const indicator = (code: string, nameVi: string, unit: 'Count' | 'Percent' | 'Vnd') => ({
  code,
  nameVi,
  nameEn: code,
  unit,
  direction: 'HigherIsBetter',
  source: 'Cases',
  groups: ['Curative', 'Preventive', 'CommuneStation'],
  definitionVi: '',
  definitionEn: '',
  nationalTarget: null,
});
const cell = (indicatorCode: string, actual: number | null, target: number | null, percentAchieved: number | null, state: string) => ({
  indicatorCode,
  actual,
  numerator: null,
  denominator: null,
  target,
  targetSource: 'Group',
  expected: null,
  percentAchieved,
  state,
});

const progress = {
  provinceId: 'p',
  asOf: '2026-06-30',
  year: 2026,
  totals: [],
  indicators: [indicator('MONEY_RAISED', 'Kinh phí vận động tài trợ trong năm', 'Vnd'), indicator('MEDICAL_STAFF_TRAINED', 'Nhân viên y tế được tập huấn', 'Percent')],
  facilities: [
    {
      facilityId: 'a',
      code: 'BV-A',
      name: 'Bệnh viện Đa khoa Hòa Bình',
      type: 'PublicHospital',
      group: 'Curative',
      behindCount: 1,
      cells: [cell('MONEY_RAISED', 40_000_000, 100_000_000, 40, 'Behind'), cell('MEDICAL_STAFF_TRAINED', 85, 80, 106.3, 'Met')],
    },
    {
      facilityId: 'b',
      code: 'TT-B',
      name: 'Trung tâm Y tế Đông Sơn',
      type: 'DistrictHealthCentre',
      group: 'Preventive',
      behindCount: 0,
      cells: [cell('MONEY_RAISED', 90_000_000, 100_000_000, 90, 'OnTrack')],
    },
  ],
} as unknown as ProvinceProgress;

const rows = () =>
  screen.getAllByTestId('progress-line').map((row) => {
    const cells = within(row).getAllByRole('cell');
    return `${cells[0].textContent} | ${cells[2].textContent} | ${cells[6].textContent}`;
  });

describe('ProgressTable', () => {
  it('lists every facility and indicator with the lines behind target first, and names them with a link to the drill-down', async () => {
    renderElement(<ProgressTable progress={progress} facilityLink={(id) => `/province/targets/facilities/${id}`} />, { translations });
    expect(await screen.findByRole('table', { name: 'Tiến độ từng chỉ số của từng cơ sở' })).toBeInTheDocument();
    expect(rows()).toEqual([
      'Bệnh viện Đa khoa Hòa Bình | Kinh phí vận động tài trợ trong năm | Chậm tiến độ',
      'Trung tâm Y tế Đông Sơn | Kinh phí vận động tài trợ trong năm | Đúng tiến độ',
      'Bệnh viện Đa khoa Hòa Bình | Nhân viên y tế được tập huấn | Đạt',
    ]);
    expect(screen.getAllByRole('link', { name: 'Bệnh viện Đa khoa Hòa Bình' })[0]).toHaveAttribute('href', '/province/targets/facilities/a');
    expect(screen.getByText('40.000.000 ₫')).toBeInTheDocument();
    expect(screen.getByText('85 %')).toBeInTheDocument();
  });

  it('sorts by a column either way when its header is clicked', async () => {
    renderElement(<ProgressTable progress={progress} facilityLink={(id) => id} />, { translations });
    await userEvent.click(await screen.findByRole('button', { name: 'Sắp xếp theo % đạt' }));
    expect(rows().map((r) => r.split(' | ')[2])).toEqual(['Chậm tiến độ', 'Đúng tiến độ', 'Đạt']);
    expect(screen.getByRole('columnheader', { name: /% đạt/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(screen.getByRole('button', { name: 'Sắp xếp theo % đạt' }));
    expect(rows().map((r) => r.split(' | ')[2])).toEqual(['Đạt', 'Đúng tiến độ', 'Chậm tiến độ']);
  });

  it('filters by state, facility group and a search that ignores diacritics', async () => {
    renderElement(<ProgressTable progress={progress} facilityLink={(id) => id} />, { translations });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Tìm cơ sở' }), 'dong son');
    expect(rows()).toEqual(['Trung tâm Y tế Đông Sơn | Kinh phí vận động tài trợ trong năm | Đúng tiến độ']);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Tìm cơ sở' }));
    await chooseOption('Đánh giá', 'Chậm tiến độ');
    expect(rows()).toEqual(['Bệnh viện Đa khoa Hòa Bình | Kinh phí vận động tài trợ trong năm | Chậm tiến độ']);
    await chooseOption('Nhóm cơ sở', 'Dự phòng');
    expect(screen.getByText('Không có dòng nào khớp bộ lọc.')).toBeInTheDocument();
    expect(screen.getByTestId('progress-count')).toHaveTextContent('0 / 3 dòng');
  });
});
