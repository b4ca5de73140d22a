import { screen } from '@testing-library/react';
import { renderRoute, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { PublicCampaignPage } from './public-campaign-page';

const translations = { 'public-campaign': { vi: viTexts, en: enTexts } };
const page = {
  id: 'c-1', facilityName: 'Bệnh viện Đa khoa tỉnh', kind: 'Campaign', title: 'Trung thu cho em', purpose: 'Quà cho bệnh nhi',
  startDate: '2026-08-01', endDate: '2026-09-30', status: 'Open', publishedAt: '2026-08-10T00:00:00Z',
  totals: { cashReceived: 7_000_000, cashDistributed: 2_000_000, cashBalance: 5_000_000, goodsValueReceived: 4_000_000, goodsValueDistributed: 1_000_000, goodsValueInStock: 3_000_000 },
  receipts: [
    { receiptCode: '00001/2026', date: '2026-08-02', kind: 'CashReceipt', donor: 'Ẩn danh', amount: 7_000_000, isReversal: false, isReversed: false },
    { receiptCode: '00002/2026', date: '2026-08-03', kind: 'GoodsReceipt', donor: 'Công ty Sữa', amount: 4_000_000, item: 'Sữa', quantity: 20, unit: 'hộp', isReversal: false, isReversed: false },
  ],
  distributions: [
    { date: '2026-08-05', kind: 'CashDistribution', recipientKind: 'Client', beneficiary: 'N.V.A. (1958, Đông Hương)', amount: 2_000_000, isReversal: false, isReversed: false },
  ],
};

describe('PublicCampaignPage', () => {
  it('shows the totals, donors (anonymous when asked) and de-identified recipients without anyone signed in', async () => {
    const calls = stubApi({ 'GET /api/v1/public/campaigns/c-1': page });
    renderRoute([{ path: '/cong-khai/c-1', element: <PublicCampaignPage campaignId="c-1" /> }], { path: '/cong-khai/c-1', translations });
    expect(await screen.findByTestId('public-title')).toHaveTextContent('Trung thu cho em');
    expect(screen.getByTestId('public-cash-balance')).toHaveTextContent('5.000.000');
    const receipts = screen.getAllByTestId('public-receipt');
    expect(receipts[0]).toHaveTextContent('Ẩn danh');
    expect(receipts[1]).toHaveTextContent('20 hộp Sữa');
    expect(screen.getByTestId('public-distribution')).toHaveTextContent('N.V.A. (1958, Đông Hương)');
    expect(screen.getByTestId('download-excel')).toHaveAttribute('href', '/api/v1/public/campaigns/c-1/export?format=Xlsx');
    expect(screen.getByTestId('download-pdf')).toHaveAttribute('href', '/api/v1/public/campaigns/c-1/export?format=Pdf');
    expect(calls.every((c) => !c.path.startsWith('/api/v1/me'))).toBe(true);
  });

  it('shows how to give: the target range, the transfer account with its VietQR code and the goods drop-off place', async () => {
    const payload = '00020101021138570010A00000072701270006970436011300110023456780208QRIBFTTA53037045802VN63048F2F';
    stubApi({
      'GET /api/v1/public/campaigns/c-2': {
        ...page, id: 'c-2', targetAmount: 100_000_000, targetMaximum: 150_000_000, goodsReceptionPlace: 'Phòng CTXH, tầng 1 nhà A',
        transfer: { bankBin: '970436', bankShortName: 'Vietcombank', bankName: 'Ngân hàng TMCP Ngoại thương Việt Nam', accountNumber: '0011002345678', accountHolder: 'BENH VIEN DA KHOA TINH', qrPayload: payload },
      },
    });
    renderRoute([{ path: '/cong-khai/c-2', element: <PublicCampaignPage campaignId="c-2" /> }], { path: '/cong-khai/c-2', translations });
    expect(await screen.findByTestId('public-target')).toHaveTextContent('100.000.000 – 150.000.000 ₫');
    expect(screen.getByTestId('transfer-account')).toHaveTextContent('0011002345678');
    expect(screen.getByTestId('how-to-give')).toHaveTextContent('BENH VIEN DA KHOA TINH');
    expect(screen.getByTestId('goods-place')).toHaveTextContent('Phòng CTXH, tầng 1 nhà A');
    // The code drawn is the API's payload, not one the page encodes itself.
    expect(await screen.findByTestId('transfer-qr')).toHaveAttribute('data-payload', payload);
  });

  it('shows an older campaign\'s free-text account without a code', async () => {
    stubApi({ 'GET /api/v1/public/campaigns/c-3': { ...page, id: 'c-3', bankAccount: '0123456789 Vietcombank CN Thanh Hóa', transfer: null } });
    renderRoute([{ path: '/cong-khai/c-3', element: <PublicCampaignPage campaignId="c-3" /> }], { path: '/cong-khai/c-3', translations });
    expect(await screen.findByTestId('transfer-account')).toHaveTextContent('0123456789 Vietcombank CN Thanh Hóa');
    expect(screen.queryByTestId('transfer-qr')).not.toBeInTheDocument();
  });

  it('says a campaign that is not published does not exist', async () => {
    stubApi({ 'GET /api/v1/public/campaigns/c-9': () => undefined });
    renderRoute([{ path: '/cong-khai/c-9', element: <PublicCampaignPage campaignId="c-9" /> }], { path: '/cong-khai/c-9', translations });
    expect(await screen.findByText('Không có trang công khai này.')).toBeInTheDocument();
  });
});
