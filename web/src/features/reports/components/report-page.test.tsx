import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ReportPage } from './report-page';

const translations = { reports: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const unitHead = {
  id: 'u-head',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility,
  permissions: ['reports.read', 'reports.prepare'],
};
const officer = {
  id: 'u-officer',
  email: 'province@demo.vn',
  fullName: 'Nguyễn Thị Hồng',
  role: 'ProvinceOfficer',
  isApiClient: false,
  province: { id: 'p-1', code: 'TH', name: 'Thanh Hóa' },
  permissions: ['reports.review'],
};

const figures = {
  from: '2025-01-01',
  to: '2025-12-31',
  through: '2025-12-31',
  reception: { contacts: 61234, byKind: [{ kind: 'Guidance', count: 61234 }] },
  counselling: { sessions: 812, withPatients: 600, withRelatives: 212, peopleCounselled: 700 },
  communication: { items: 104, byChannel: [{ channel: 'Loudspeaker', count: 104 }], audienceReached: 0 },
  fundraising: {
    cashRaised: 210000000,
    goodsValueRaised: 6000000,
    cashDistributed: 3000000,
    patientsSupported: 31,
    goodsReceived: [],
    goodsDistributed: [{ item: 'Xe lăn', unit: 'chiếc', quantity: 2 }],
  },
  charity: { activities: 26, beneficiaries: 3386, valueVnd: 0, byKind: [] },
  services: { deliveries: 40, byType: [] },
  training: { coursesHeld: 3, participants: 80, peopleTrained: 72, medicalStaffCount: 100, medicalStaffTrained: 80, medicalStaffTrainedPercent: 80, socialWorkStaff: 7, certifiedStaff: 2 },
  cases: { casesOpened: 12, casesClosed: 9, openCasesAtEnd: 5, childrenInSpecialCircumstancesSupported: 4 },
};

const draft = {
  id: 'r-1',
  facilityId: 'f-1',
  facilityName: 'Bệnh viện Đa khoa tỉnh',
  provinceId: 'p-1',
  provinceName: 'Thanh Hóa',
  kind: 'Year',
  year: 2025,
  number: 1,
  periodName: 'năm 2025',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  dueOn: '2026-01-15',
  status: 'Draft',
  editable: true,
  figures,
  generatedAt: '2026-01-05T02:00:00Z',
  reportNumber: null,
  place: null,
  results: null,
  difficulties: null,
  proposals: null,
  nextPeriodPlan: null,
  recipients: 'Sở Y tế (b/c);',
  signerName: null,
  signerTitle: null,
  firstSubmittedAt: null,
  submittedAt: null,
  approvedAt: null,
  lastComment: null,
  latestRunId: null,
  history: [{ action: 'Created', fromStatus: 'Draft', toStatus: 'Draft', comment: null, byName: 'Lê Văn Minh', at: '2026-01-05T02:00:00Z' }],
  version: 'v-1',
  subject: null,
  addressedTo: ['Sở Y tế Thanh Hóa'],
  addressedToPeoplesCommittee: false,
  mayAddressPeoplesCommittee: false,
};

function renderPage() {
  signIn();
  return renderRoute([{ path: '/reports/:id', element: <ReportPage reportId="r-1" /> }], { path: '/reports/r-1', translations });
}

describe('ReportPage', () => {
  it('shows the generated figures and lets the unit head write the narrative and submit', async () => {
    const calls = stubApi({
      'GET /api/v1/me': unitHead,
      'GET /api/v1/reports/r-1': draft,
      'PUT /api/v1/reports/r-1': async (request: Request) => json({ ...draft, ...(await request.json()), version: 'v-2' }),
      'POST /api/v1/reports/r-1/submit': json({ ...draft, status: 'Submitted', editable: false, version: 'v-3' }),
      'GET /api/v1/reports': [],
    });
    renderPage();

    const table = await screen.findByTestId('report-figures');
    expect(table).toHaveTextContent('61.234 lượt');
    expect(table).toHaveTextContent('812 buổi: 600 lượt người bệnh, 212 lượt người nhà');
    expect(table).toHaveTextContent('210.000.000');
    expect(table).toHaveTextContent('Xe lăn: 2 chiếc');
    expect(table).toHaveTextContent('3 lớp, 80 lượt (72 người); 80/100 nhân viên y tế được đào tạo (80 %)');

    await userEvent.type(screen.getByLabelText('Số báo cáo (vd. 45/BC-CTXH)'), '45/BC-CTXH');
    await userEvent.type(screen.getByLabelText('Khó khăn, tồn tại'), 'Nhân lực còn thiếu.');
    await userEvent.type(screen.getByLabelText('Kế hoạch kỳ tới'), 'Mở rộng mạng lưới cộng tác viên.');
    await userEvent.click(screen.getByTestId('submit-report'));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/reports/r-1/submit')).toBe(true));
    const saved = calls.find((c) => c.method === 'PUT')!.body as Record<string, unknown>;
    expect(saved).toMatchObject({ version: 'v-1', reportNumber: '45/BC-CTXH', difficulties: 'Nhân lực còn thiếu.', nextPeriodPlan: 'Mở rộng mạng lưới cộng tác viên.', results: null });
    // The submission carries the version the save produced.
    expect(calls.find((c) => c.path.endsWith('/submit'))!.body).toEqual({ version: 'v-2', comment: null });
  });

  it('shows a locked report read-only, without the unit editing it', async () => {
    stubApi({
      'GET /api/v1/me': unitHead,
      'GET /api/v1/reports/r-1': { ...draft, status: 'Approved', editable: false, results: 'Hoàn thành kế hoạch.' },
    });
    renderPage();

    expect(await screen.findByText(/đã được phê duyệt và khóa/)).toBeInTheDocument();
    expect(screen.getByText('Hoàn thành kế hoạch.')).toBeInTheDocument();
    expect(screen.queryByTestId('submit-report')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tổng hợp lại số liệu' })).toBeNull();
    expect(screen.queryByTestId('reopen-report')).toBeNull();
  });

  it('lets the province officer return a submitted report only with a comment', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/reports/r-1': { ...draft, status: 'Submitted', editable: false },
      'POST /api/v1/reports/r-1/return': json({ ...draft, status: 'Returned', editable: false, lastComment: 'Bổ sung số liệu.' }),
      'GET /api/v1/reports': [],
    });
    renderPage();

    await userEvent.click(await screen.findByTestId('return-report'));
    expect(await screen.findByText('Cần ghi ý kiến (lý do).')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: 'Ý kiến của Sở' }), 'Bổ sung số liệu.');
    await userEvent.click(screen.getByTestId('return-report'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ version: 'v-1', comment: 'Bổ sung số liệu.' }));
    expect(await screen.findByTestId('return-comment')).toHaveTextContent('Bổ sung số liệu.');
    expect(within(screen.getByTestId('report-history')).getByText('Lập báo cáo')).toBeInTheDocument();
  });
});
