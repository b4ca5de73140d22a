import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, json, pasteInto, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CampaignPage } from './campaign-page';

const translations = { fundraising: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const head = {
  id: 'u-1', email: 'hospital.admin@demo.vn', fullName: 'Lê Văn Minh', role: 'FacilityAdmin', isApiClient: false, facility,
  permissions: ['fundraising.read', 'fundraising.record', 'fundraising.manage'],
};
const totals = { cashReceived: 0, cashDistributed: 0, cashBalance: 0, goodsValueReceived: 0, goodsValueDistributed: 0, goodsValueInStock: 0 };
const campaign = {
  id: 'c-1', kind: 'Campaign', title: 'Trung thu cho em', purpose: 'Quà cho bệnh nhi', scope: 'Khoa Nhi', startDate: '2026-08-01', endDate: '2026-09-30',
  status: 'Open', publishedAt: null, version: 'v-1', totals, awaitingApproval: 0, stock: [], targetAmount: 50_000_000, targetMaximum: null,
  transfer: { bankBin: '970436', bankShortName: 'Vietcombank', bankName: 'Ngân hàng TMCP Ngoại thương Việt Nam', accountNumber: '0011001234567', accountHolder: 'BENH VIEN DA KHOA TINH', qrPayload: 'x' },
};
const banks = [
  { bin: '970436', shortName: 'Vietcombank', name: 'Ngân hàng TMCP Ngoại thương Việt Nam' },
  { bin: '970415', shortName: 'VietinBank', name: 'Ngân hàng TMCP Công thương Việt Nam' },
];

function renderCampaign(over: Record<string, unknown> = {}) {
  const calls = stubApi({
    'GET /api/v1/me': head,
    'GET /api/v1/fundraising/campaigns/c-1': { ...campaign, ...over },
    'GET /api/v1/fundraising/campaigns/c-1/statement': { campaignId: 'c-1', title: campaign.title, totals, entries: [] },
    'GET /api/v1/fundraising/banks': banks,
    'PUT /api/v1/fundraising/campaigns/c-1': (request: Request) =>
      request.clone().json().then((body: Record<string, unknown>) => json({ ...campaign, ...body, version: 'v-2' })),
  });
  signIn();
  renderRoute([{ path: '/fundraising/campaigns/c-1', element: <CampaignPage campaignId="c-1" /> }], { path: '/fundraising/campaigns/c-1', translations });
  return calls;
}

describe('EditCampaignModal', () => {
  it('opens on an open campaign filled with what it holds, and saves a new target range and transfer account with the version read', async () => {
    const calls = renderCampaign();
    await userEvent.click(await screen.findByTestId('edit-campaign', {}, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa đợt vận động' });
    expect(within(dialog).getByRole('textbox', { name: /Tên đợt vận động/ })).toHaveValue('Trung thu cho em');
    expect(within(dialog).getByTestId('account-number')).toHaveValue('0011001234567');
    // The kind is chosen at creation only.
    expect(within(dialog).queryByRole('combobox', { name: 'Loại' })).not.toBeInTheDocument();

    await pasteInto(within(dialog).getByRole('textbox', { name: 'Mục tiêu tối đa (đồng)' }), '80000000');
    await chooseOption('Ngân hàng nhận chuyển khoản', 'VietinBank – Ngân hàng TMCP Công thương Việt Nam');
    await userEvent.clear(within(dialog).getByTestId('account-number'));
    await pasteInto(within(dialog).getByTestId('account-number'), '102 8765 43210');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({
      version: 'v-1', title: 'Trung thu cho em', purpose: 'Quà cho bệnh nhi', scope: 'Khoa Nhi', startDate: '2026-08-01', endDate: '2026-09-30',
      targetAmount: 50_000_000, targetMaximum: 80_000_000, bankBin: '970415', bankAccountNumber: '102876543210', bankAccountHolder: 'BENH VIEN DA KHOA TINH',
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sửa đợt vận động' })).not.toBeInTheDocument());
  });

  it('checks the range as the creation form does before sending anything', async () => {
    const calls = renderCampaign();
    await userEvent.click(await screen.findByTestId('edit-campaign', {}, { timeout: 5000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa đợt vận động' });
    await pasteInto(within(dialog).getByRole('textbox', { name: 'Mục tiêu tối đa (đồng)' }), '1000000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Mức tối đa cần có mức tối thiểu và không nhỏ hơn mức tối thiểu')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('is not offered on a closed campaign', async () => {
    renderCampaign({ status: 'Closed' });
    expect(await screen.findByTestId('distribute', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByTestId('edit-campaign')).not.toBeInTheDocument();
  });
});
