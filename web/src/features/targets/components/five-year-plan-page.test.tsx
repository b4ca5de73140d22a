import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { periodLabel, periodStartOf } from '../utils/five-year-values';
import { FiveYearPlanPage } from './five-year-plan-page';

const translations = { targets: { vi: viTexts, en: enTexts } };
const head = {
  id: 'u-1',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' },
  permissions: ['plans.read', 'plans.write'],
};
const indicator = (code: string, nameVi: string, unit: string, groups: string[]) => ({
  code,
  nameVi,
  nameEn: code,
  unit,
  direction: 'HigherIsBetter',
  source: 'Cases',
  groups,
  definitionVi: '',
  definitionEn: '',
  nationalTarget: null,
});
const indicators = [
  indicator('PREVENTIVE_SOCIAL_WORK', 'Cơ sở y tế dự phòng triển khai hoạt động CTXH', 'Percent', ['Preventive']),
  indicator('MEDICAL_STAFF_TRAINED', 'Nhân viên y tế được tập huấn', 'Percent', ['Curative', 'Preventive']),
  indicator('MONEY_RAISED', 'Kinh phí vận động tài trợ trong năm', 'Vnd', ['Curative']),
];
const start = periodStartOf(new Date().getFullYear());

async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('FiveYearPlanPage', () => {
  it('drafts the period plan: goals and the year × indicator grid of the facility group, sending only the filled cells', async () => {
    let sent: Record<string, unknown> | null = null;
    stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/five-year-plans': [],
      'GET /api/v1/indicators': indicators,
      'POST /api/v1/five-year-plans': (request: Request) =>
        request
          .clone()
          .json()
          .then((body: Record<string, unknown>) => {
            sent = body;
            return json({ id: 'fy-1', facilityId: 'f-1', facilityName: 'Bệnh viện', facilityGroup: 'Curative', endYear: start + 4, status: 'Draft', version: 'v1', ...body }, 201);
          }),
    });
    signIn();
    renderRoute([{ path: '/', element: <FiveYearPlanPage /> }], { translations });

    expect(await screen.findByRole('heading', { name: `Lập kế hoạch giai đoạn ${periodLabel(start)}` }, { timeout: 5000 })).toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Chỉ tiêu theo năm' });
    // A hospital's grid: its group's indicators only, one column per year of the period.
    expect(within(grid).queryByText('Cơ sở y tế dự phòng triển khai hoạt động CTXH')).not.toBeInTheDocument();
    expect(within(grid).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Chỉ số', ...[0, 1, 2, 3, 4].map((i) => String(start + i))]);

    await fill(screen.getByRole('textbox', { name: 'Mục tiêu chung' }), 'Nâng cao chất lượng công tác xã hội');
    await fill(within(grid).getByRole('textbox', { name: `Kinh phí vận động tài trợ trong năm ${start}` }), '100000000');
    await fill(within(grid).getByRole('textbox', { name: `Kinh phí vận động tài trợ trong năm ${start + 4}` }), '150000000');
    await fill(within(grid).getByRole('textbox', { name: `Nhân viên y tế được tập huấn ${start + 1}` }), '50');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      startYear: start,
      generalGoal: 'Nâng cao chất lượng công tác xã hội',
      specificObjectives: null,
      targets: [
        { indicatorCode: 'MEDICAL_STAFF_TRAINED', year: start + 1, value: 50 },
        { indicatorCode: 'MONEY_RAISED', year: start, value: 100_000_000 },
        { indicatorCode: 'MONEY_RAISED', year: start + 4, value: 150_000_000 },
      ],
    });
  });

  it('shows a submitted plan read only with its grid in Vietnamese formats and the Department comment', async () => {
    stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/five-year-plans': [{ id: 'fy-1', facilityId: 'f-1', facilityName: 'Bệnh viện', startYear: start, endYear: start + 4, status: 'Acknowledged', targets: 2 }],
      'GET /api/v1/five-year-plans/fy-1': {
        id: 'fy-1',
        facilityId: 'f-1',
        facilityName: 'Bệnh viện',
        facilityGroup: 'Curative',
        startYear: start,
        endYear: start + 4,
        generalGoal: 'Nâng cao chất lượng',
        status: 'Acknowledged',
        reviewComment: 'Đã ghi nhận',
        targets: [
          { indicatorCode: 'MEDICAL_STAFF_TRAINED', year: start, value: 40.5 },
          { indicatorCode: 'MONEY_RAISED', year: start + 4, value: 150_000_000 },
        ],
        version: 'v2',
      },
      'GET /api/v1/indicators': indicators,
    });
    signIn();
    renderRoute([{ path: '/', element: <FiveYearPlanPage /> }], { translations });

    expect(await screen.findByText('Ý kiến của Sở: Đã ghi nhận', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByTestId('five-year-status')).toHaveTextContent('Sở đã ghi nhận');
    expect(screen.queryByRole('button', { name: 'Nộp Sở Y tế' })).not.toBeInTheDocument();
    const grid = screen.getByRole('table', { name: 'Chỉ tiêu theo năm' });
    expect(within(grid).getByLabelText(`Nhân viên y tế được tập huấn ${start}`)).toHaveTextContent('40,5');
    expect(within(grid).getByLabelText(`Kinh phí vận động tài trợ trong năm ${start + 4}`)).toHaveTextContent('150.000.000');
    expect(within(grid).getByLabelText(`Kinh phí vận động tài trợ trong năm ${start}`)).toHaveTextContent('—');
  });
});
