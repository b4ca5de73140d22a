import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ConsolidatedReport } from './consolidated-report';

const translations = { reports: { vi: viTexts, en: enTexts } };
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
  from: '2026-01-01',
  to: '2026-12-31',
  through: '2026-12-31',
  reception: { contacts: 17408, byKind: [] },
  counselling: { sessions: 10, withPatients: 6, withRelatives: 4, peopleCounselled: 9 },
  communication: { items: 3, byChannel: [], audienceReached: 0 },
  fundraising: { cashRaised: 211000000, goodsValueRaised: 0, cashDistributed: 0, patientsSupported: 2, goodsReceived: [], goodsDistributed: [] },
  charity: { activities: 0, beneficiaries: 0, valueVnd: 0, byKind: [] },
  services: { deliveries: 0, byType: [] },
  training: { coursesHeld: 2, participants: 12, peopleTrained: 12, medicalStaffCount: 50, medicalStaffTrained: 12, medicalStaffTrainedPercent: 24, socialWorkStaff: 2, certifiedStaff: 2 },
  cases: { casesOpened: 2, casesClosed: 0, openCasesAtEnd: 2, childrenInSpecialCircumstancesSupported: 2 },
};
const consolidated = (kind: string, year: number, number: number) => ({
  provinceId: 'p-1',
  provinceName: 'Thanh Hóa',
  kind,
  year,
  number,
  periodName: `năm ${year}`,
  periodStart: `${year}-01-01`,
  periodEnd: `${year}-12-31`,
  expectedFacilities: 5,
  approvedFacilities: 2,
  approvedPercent: 40,
  figures,
  included: [],
  missing: [
    { facilityId: 'f-3', code: 'BV-TN', name: 'Bệnh viện Tư nhân An Bình', type: 'PrivateHospital', reason: 'NotSubmitted', reportId: null },
    { facilityId: 'f-4', code: 'CDC', name: 'Trung tâm Kiểm soát bệnh tật', type: 'ProvincialCdc', reason: 'AwaitingApproval', reportId: 'r-4' },
  ],
});

describe('ConsolidatedReport', () => {
  it('shows the summed figures of the approved reports, who is missing and why, for the chosen period', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/provinces/p-1/consolidated-report': (_: Request, url: URL) =>
        json(consolidated(url.searchParams.get('kind')!, Number(url.searchParams.get('year')), Number(url.searchParams.get('number')))),
    });
    signIn();
    renderRoute([{ path: '/province/reports', element: <ConsolidatedReport provinceId="p-1" /> }], { path: '/province/reports', translations });

    expect(await screen.findByTestId('consolidated-summary')).toHaveTextContent('2/5 đơn vị có báo cáo được duyệt (40 %)');
    expect(screen.getByTestId('report-figures')).toHaveTextContent('17.408 lượt');
    expect(screen.getByTestId('report-figures')).toHaveTextContent('211.000.000');
    const rows = screen.getAllByTestId('missing-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getByText('Chưa gửi báo cáo')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Trung tâm Kiểm soát bệnh tật');
    expect(rows[1]).toHaveTextContent('Đã gửi, chờ duyệt');
    // The last ended quarter is asked for first.
    expect(calls[calls.length - 1].path).toMatch(/kind=Quarter/);

    await userEvent.click(screen.getByRole('combobox', { name: 'Loại kỳ' }));
    await userEvent.click(screen.getByRole('option', { name: 'Năm' }));
    await waitFor(() => expect(calls[calls.length - 1].path).toMatch(/kind=Year&year=\d{4}&number=1/));
  });
});
