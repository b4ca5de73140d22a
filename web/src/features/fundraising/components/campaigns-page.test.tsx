import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CampaignsPage } from './campaigns-page';

const translations = { fundraising: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const head = {
  id: 'u-1', email: 'hospital.admin@demo.vn', fullName: 'Lê Văn Minh', role: 'FacilityAdmin', isApiClient: false, facility,
  permissions: ['fundraising.read', 'fundraising.record', 'fundraising.manage'],
};
const worker = { ...head, id: 'u-2', role: 'SocialWorker', permissions: ['fundraising.read', 'fundraising.record'] };
const totals = { cashReceived: 50_000_000, cashDistributed: 23_000_000, cashBalance: 27_000_000, goodsValueReceived: 0, goodsValueDistributed: 0, goodsValueInStock: 0 };
const campaigns = {
  items: [
    { id: 'c-1', kind: 'Campaign', title: 'Vì bệnh nhân nghèo 2026', status: 'Open', startDate: '2026-07-01', endDate: '2026-12-31', isPublished: true, totals },
    { id: 'c-2', kind: 'GeneralFund', title: 'Quỹ chung', status: 'Open', startDate: '2026-01-01', isPublished: false, totals: { ...totals, cashReceived: 0, cashDistributed: 0, cashBalance: 0 } },
  ],
  page: 1, pageSize: 200, totalCount: 2, totalPages: 1,
};

function renderPage(me: object) {
  const calls = stubApi({
    'GET /api/v1/me': me,
    'GET /api/v1/fundraising/campaigns': campaigns,
    'GET /api/v1/fundraising/settings': { approvalThreshold: 5_000_000, yearlyTarget: 150_000_000, version: 'v-7' },
    'PUT /api/v1/fundraising/settings': { approvalThreshold: 3_000_000, yearlyTarget: 150_000_000, version: 'v-8' },
    'GET /api/v1/fundraising/consistency': { checkedAt: '2026-11-22T09:00:00Z', campaigns: 2, inconsistent: 1, checks: [] },
  });
  signIn();
  renderRoute([{ path: '/fundraising', element: <CampaignsPage /> }], { path: '/fundraising', translations });
  return calls;
}

describe('CampaignsPage', () => {
  it('lists campaigns with their balances and lets the unit head set the approval threshold', async () => {
    const calls = renderPage(head);
    const rows = await screen.findAllByTestId('campaign-row');
    expect(rows[0]).toHaveTextContent('Vì bệnh nhân nghèo 2026');
    expect(rows[0]).toHaveTextContent('27.000.000');
    expect(rows[0]).toHaveTextContent('Đã công khai');
    expect(rows[1]).toHaveTextContent('Quỹ chung');

    await userEvent.click(screen.getByTestId('fundraising-settings'));
    const dialog = await screen.findByRole('dialog');
    const threshold = within(dialog).getByLabelText(/Ngưỡng cần trưởng đơn vị duyệt/);
    await vi.waitFor(() => expect(threshold).toHaveValue('5.000.000 ₫'));
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '3000000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ approvalThreshold: 3_000_000, yearlyTarget: 150_000_000, version: 'v-7' });
  });

  it('runs the ledger check on demand and says which campaigns differ', async () => {
    renderPage(head);
    await userEvent.click(await screen.findByTestId('check-ledger'));
    expect(await screen.findByText('Đã đối chiếu 2 đợt: 1 đợt có số dư lệch với sổ.')).toBeInTheDocument();
  });

  it('gives a social worker no settings', async () => {
    renderPage(worker);
    await screen.findAllByTestId('campaign-row');
    expect(screen.queryByTestId('fundraising-settings')).toBeNull();
    expect(screen.queryByTestId('check-ledger')).toBeNull();
    expect(screen.getByTestId('create-campaign')).toBeInTheDocument();
  });
});
