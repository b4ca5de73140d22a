import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { AnnualPlanPage } from './annual-plan-page';

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
const indicators = [
  {
    code: 'MONEY_RAISED',
    nameVi: 'Kinh phí vận động tài trợ trong năm',
    nameEn: 'Money raised in the year',
    unit: 'Vnd',
    direction: 'HigherIsBetter',
    source: 'Donations',
    groups: ['Curative'],
    definitionVi: '',
    definitionEn: '',
    nationalTarget: null,
  },
];
const year = new Date().getFullYear();

/** Pastes the text into the field in one event: typing it key by key re-renders the whole form each time. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('AnnualPlanPage', () => {
  it('drafts the plan of the year with a target on an indicator, a free-text target and an activity', async () => {
    const calls = stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/plans': [],
      'GET /api/v1/indicators': indicators,
      'POST /api/v1/plans': (request: Request) =>
        request
          .clone()
          .json()
          .then((body: Record<string, unknown>) => json({ id: 'plan-1', facilityId: 'f-1', facilityName: 'Bệnh viện', status: 'Draft', totalBudgetVnd: 0, version: 'v1', ...body }, 201)),
    });
    signIn();
    renderRoute([{ path: '/', element: <AnnualPlanPage /> }], { translations });

    expect(await screen.findByRole('heading', { name: `Lập kế hoạch năm ${year}` }, { timeout: 5000 })).toBeInTheDocument();
    await fill(screen.getByRole('textbox', { name: 'Mục tiêu chung' }), 'Nâng cao chất lượng tư vấn');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu theo chỉ số' }));
    await chooseOption('Chỉ số', 'Kinh phí vận động tài trợ trong năm');
    await fill(screen.getByRole('textbox', { name: 'Giá trị chỉ tiêu' }), '150000000');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm chỉ tiêu khác' }));
    await fill(screen.getByRole('textbox', { name: 'Nội dung chỉ tiêu' }), 'Bữa cơm miễn phí 2 lần/tháng');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm hoạt động' }));
    await fill(screen.getByRole('textbox', { name: /Hoạt động/ }), 'Trao quà Trung thu');
    await chooseOption('Tháng', 'Tháng 9');
    await fill(screen.getByRole('textbox', { name: 'Kinh phí (đồng)' }), '45000000');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu bản nháp' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      year,
      summary: 'Nâng cao chất lượng tư vấn',
      targets: [
        { indicatorCode: 'MONEY_RAISED', value: 150_000_000, text: null },
        { indicatorCode: null, value: null, text: 'Bữa cơm miễn phí 2 lần/tháng' },
      ],
      activities: [{ title: 'Trao quà Trung thu', month: 9, timing: null, responsible: null, budgetVnd: 45_000_000 }],
    });
  }, 30_000);

  it('shows the refusal of the server above the form', async () => {
    stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/plans': [],
      'GET /api/v1/indicators': indicators,
      'POST /api/v1/plans': json(
        { title: 'Validation failed', status: 400, errors: { 'Activities[0].Title': ['Hoạt động không được để trống. / The title is required.'] } },
        400,
      ),
    });
    signIn();
    renderRoute([{ path: '/', element: <AnnualPlanPage /> }], { translations });
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu bản nháp' }));
    expect(await screen.findByText('Hoạt động không được để trống. / The title is required.')).toBeInTheDocument();
  });

  it('shows a submitted plan read only, with its total budget', async () => {
    stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/plans': [{ id: 'plan-1', facilityId: 'f-1', facilityName: 'Bệnh viện', year, status: 'Submitted', submittedAt: `${year}-01-15T02:00:00Z`, reviewComment: null, targets: 1, activities: 1 }],
      'GET /api/v1/indicators': indicators,
      'GET /api/v1/plans/plan-1': {
        id: 'plan-1', facilityId: 'f-1', facilityName: 'Bệnh viện', year, summary: 'Kế hoạch', status: 'Submitted', submittedAt: `${year}-01-15T02:00:00Z`,
        reviewedAt: null, reviewComment: null, targets: [{ indicatorCode: 'MONEY_RAISED', value: 150_000_000, text: null }],
        activities: [{ title: 'Trao quà Trung thu', month: 9, timing: null, responsible: 'Phòng CTXH', budgetVnd: 45_000_000 }], totalBudgetVnd: 45_000_000, version: 'v2',
      },
    });
    signIn();
    renderRoute([{ path: '/', element: <AnnualPlanPage /> }], { translations });
    expect(await screen.findByTestId('plan-status')).toHaveTextContent('Đã nộp');
    expect(screen.getByText('Kinh phí vận động tài trợ trong năm: 150.000.000 ₫')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu bản nháp' })).not.toBeInTheDocument();
    expect(screen.getByText('Tổng kinh phí: 45.000.000 ₫')).toBeInTheDocument();
  });
});
