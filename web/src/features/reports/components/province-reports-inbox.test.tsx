import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ProvinceReportsInbox } from './province-reports-inbox';

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
const row = (id: string, facilityName: string, status: string) => ({
  id,
  facilityId: `f-${id}`,
  facilityName,
  kind: 'Quarter',
  year: 2026,
  number: 3,
  periodStart: '2026-07-01',
  periodEnd: '2026-09-30',
  dueOn: '2026-10-15',
  status,
  reportNumber: null,
  firstSubmittedAt: '2026-10-12T02:30:00Z',
  submittedAt: '2026-10-12T02:30:00Z',
  approvedAt: null,
  generatedAt: null,
  lastComment: null,
  version: 'v',
});

describe('ProvinceReportsInbox', () => {
  it('lists the submitted reports first and filters by status', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/reports': (_: Request, url: URL) =>
        new Response(
          JSON.stringify(url.searchParams.get('status') === 'Approved' ? [row('2', 'Bệnh viện Nhi', 'Approved')] : [row('1', 'Bệnh viện Đa khoa tỉnh', 'Submitted')]),
          { headers: { 'content-type': 'application/json' } },
        ),
    });
    signIn();
    renderRoute([{ path: '/province/reports', element: <ProvinceReportsInbox /> }], { path: '/province/reports', translations });

    const rows = await screen.findAllByTestId('inbox-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Bệnh viện Đa khoa tỉnh');
    expect(rows[0]).toHaveTextContent('Quý 3/2026');
    expect(rows[0]).toHaveTextContent('15/10/2026');
    expect(rows[0]).toHaveTextContent('Đã gửi');
    expect(screen.getByRole('link', { name: /Mở Bệnh viện Đa khoa tỉnh/ })).toHaveAttribute('href', '/reports/1');
    expect(calls[calls.length - 1].path).toBe('/api/v1/reports?status=Submitted');

    await userEvent.click(screen.getByText('Đã phê duyệt'));
    await waitFor(() => expect(screen.getByTestId('inbox-row')).toHaveTextContent('Bệnh viện Nhi'));
    expect(calls[calls.length - 1].path).toBe('/api/v1/reports?status=Approved');
  });
});
