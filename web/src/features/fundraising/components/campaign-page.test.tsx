import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CampaignPage } from './campaign-page';

const translations = { fundraising: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const head = {
  id: 'u-1', email: 'hospital.admin@demo.vn', fullName: 'Lê Văn Minh', role: 'FacilityAdmin', isApiClient: false, facility,
  permissions: ['fundraising.read', 'fundraising.record', 'fundraising.manage'],
};
const collaborator = { ...head, id: 'u-3', role: 'Collaborator', permissions: ['fundraising.read'] };
const totals = { cashReceived: 10_000_000, cashDistributed: 6_000_000, cashBalance: 4_000_000, goodsValueReceived: 2_000_000, goodsValueDistributed: 0, goodsValueInStock: 2_000_000 };
const campaign = {
  id: 'c-1', kind: 'Campaign', title: 'Trung thu cho em', purpose: 'Quà cho bệnh nhi', startDate: '2026-08-01', endDate: '2026-09-30',
  status: 'Open', publishedAt: null, version: 'v-1', totals, awaitingApproval: 1,
  stock: [{ lotId: 'e-2', item: 'Xe lăn', unit: 'chiếc', quantityReceived: 2, quantityIssued: 0, quantityInStock: 2, estimatedValue: 2_000_000, receivedOn: '2026-08-03', donorName: null }],
};
const entry = (over: Record<string, unknown>) => ({
  campaignId: 'c-1', entryDate: '2026-08-02', amount: 0, needsApproval: false, recordedAt: '2026-08-02T03:00:00Z', recordedByName: 'Lê Văn Minh',
  recordedFromIp: '10.0.0.5', cashBalanceAfter: 0, ...over,
});
const entries = [
  entry({ id: 'e-1', kind: 'CashReceipt', receiptCode: '00001/2026', amount: 10_000_000, donorName: 'Công ty A', cashBalanceAfter: 10_000_000, reversedById: null }),
  entry({ id: 'e-2', kind: 'GoodsReceipt', receiptCode: '00002/2026', amount: 2_000_000, item: 'Xe lăn', quantity: 2, unit: 'chiếc', cashBalanceAfter: 10_000_000 }),
  entry({ id: 'e-3', kind: 'CashDistribution', amount: 6_000_000, recipientKind: 'Client', recipientName: 'Nguyễn Văn An', needsApproval: true, cashBalanceAfter: 4_000_000 }),
  entry({ id: 'e-4', kind: 'CashDistribution', amount: 500_000, recipientKind: 'Department', departmentName: 'HSCC', reversedById: 'e-5', cashBalanceAfter: 3_500_000 }),
  entry({ id: 'e-5', kind: 'CashDistribution', amount: 500_000, reversesId: 'e-4', reversalReason: 'Nhầm khoa', cashBalanceAfter: 4_000_000 }),
];

function renderCampaign(me: object) {
  const calls = stubApi({
    'GET /api/v1/me': me,
    'GET /api/v1/fundraising/campaigns/c-1': campaign,
    'GET /api/v1/fundraising/campaigns/c-1/statement': { campaignId: 'c-1', title: campaign.title, totals, entries },
    'POST /api/v1/fundraising/entries/e-3/approval': { ...entries[2], approvedAt: '2026-08-05T00:00:00Z' },
  });
  signIn();
  renderRoute([{ path: '/fundraising/campaigns/c-1', element: <CampaignPage campaignId="c-1" /> }], { path: '/fundraising/campaigns/c-1', translations });
  return calls;
}

describe('CampaignPage', () => {
  it('loads the statement a page at a time: "show more" fetches the next page by its cursor and appends it', async () => {
    stubApi({
      'GET /api/v1/me': head,
      'GET /api/v1/fundraising/campaigns/c-1': campaign,
      'GET /api/v1/fundraising/campaigns/c-1/statement': (_: Request, url: URL) =>
        url.searchParams.get('cursor') === 'page-2'
          ? json({ campaignId: 'c-1', title: campaign.title, totals, entries: entries.slice(3), nextCursor: null })
          : json({ campaignId: 'c-1', title: campaign.title, totals, entries: entries.slice(0, 3), nextCursor: 'page-2' }),
    });
    signIn();
    renderRoute([{ path: '/fundraising/campaigns/c-1', element: <CampaignPage campaignId="c-1" /> }], { path: '/fundraising/campaigns/c-1', translations });
    expect(await screen.findAllByTestId('statement-row')).toHaveLength(3);
    await userEvent.click(screen.getByTestId('statement-more'));
    expect(await screen.findAllByTestId('statement-row')).toHaveLength(5);
    expect(screen.getAllByTestId('statement-row')[4]).toHaveTextContent('Đảo: Nhầm khoa');
    expect(screen.queryByTestId('statement-more')).not.toBeInTheDocument();
  });

  it('shows the totals and the statement with reversals, and lets the unit head approve a pending distribution', async () => {
    const calls = renderCampaign(head);
    expect(await screen.findByTestId('cash-balance')).toHaveTextContent('4.000.000');
    const rows = await screen.findAllByTestId('statement-row');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('00001/2026');
    expect(rows[0]).toHaveTextContent('Công ty A');
    expect(rows[3]).toHaveTextContent('Đã đảo');
    expect(rows[4]).toHaveTextContent('Đảo: Nhầm khoa');
    expect(within(rows[2]).getByText('Chờ duyệt')).toBeInTheDocument();
    // The ledger's wording: "Số biên nhận" (not "Số BN"), goods valued in their own column, the person who recorded.
    expect(screen.getByRole('columnheader', { name: 'Số biên nhận' })).toBeInTheDocument();
    expect(within(rows[1]).getByTestId('goods-value')).toHaveTextContent('2.000.000');
    expect(within(rows[1]).getByTestId('cash-in')).toHaveTextContent('');
    expect(within(rows[0]).getByTestId('cash-in')).toHaveTextContent('10.000.000');
    expect(within(rows[0]).getByTestId('goods-value')).toHaveTextContent('');
    expect(within(rows[0]).getByTestId('recorded-by')).toHaveTextContent('Lê Văn Minh');
    expect(rows[0]).not.toHaveTextContent('10.0.0.5');
    // A reversed entry and its reversal cannot be reversed again.
    expect(within(rows[3]).queryByRole('button', { name: 'Đảo' })).toBeNull();
    expect(within(rows[4]).queryByRole('button', { name: 'Đảo' })).toBeNull();
    expect(screen.getByTestId('record-cash')).toBeInTheDocument();

    await userEvent.click(within(rows[2]).getByRole('button', { name: 'Duyệt' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Duyệt' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/fundraising/entries/e-3/approval')).toBe(true));
  });

  it('offers a reader no recording, approving or reversing, only printing receipts', async () => {
    renderCampaign(collaborator);
    const rows = await screen.findAllByTestId('statement-row');
    expect(screen.queryByTestId('record-cash')).toBeNull();
    expect(screen.queryByTestId('distribute')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Duyệt' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đảo' })).toBeNull();
    expect(within(rows[0]).getByRole('link', { name: /In biên nhận 00001\/2026/ })).toHaveAttribute('href', '/fundraising/campaigns/c-1/receipts/e-1');
  });
});
