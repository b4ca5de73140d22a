import { screen } from '@testing-library/react';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ReceiptPrint } from './receipt-print';

const translations = { fundraising: { vi: viTexts, en: enTexts } };
const me = {
  id: 'u-1', email: 'hospital.worker@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' }, permissions: ['fundraising.read'],
};
const totals = { cashReceived: 5_000_000, cashDistributed: 0, cashBalance: 5_000_000, goodsValueReceived: 0, goodsValueDistributed: 0, goodsValueInStock: 0 };
const campaign = { id: 'c-1', kind: 'Campaign', title: 'Trung thu cho em', purpose: 'Quà', startDate: '2026-08-01', endDate: '2026-09-30', status: 'Open', publishedAt: null, version: 'v-1', totals, awaitingApproval: 0, stock: [] };
const receipt = {
  id: 'e-1', campaignId: 'c-1', kind: 'CashReceipt', entryDate: '2026-08-02', receiptCode: '00001/2026', amount: 5_000_000, method: 'Cash',
  donorName: 'Công ty Hòa Phát', needsApproval: false, recordedAt: '2026-08-02T03:00:00Z', recordedByName: 'Lê Văn Minh', cashBalanceAfter: 5_000_000,
};

describe('ReceiptPrint', () => {
  it('writes the amount in words and the place and date line', async () => {
    stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/fundraising/campaigns/c-1': campaign,
      'GET /api/v1/fundraising/campaigns/c-1/statement': { campaignId: 'c-1', title: campaign.title, totals, entries: [receipt] },
    });
    signIn();
    renderRoute([{ path: '/r', element: <ReceiptPrint campaignId="c-1" entryId="e-1" facilityName="Bệnh viện" place="Thanh Hóa" /> }], { path: '/r', translations });
    expect(await screen.findByTestId('amount-in-words')).toHaveTextContent('Bằng chữ: Năm triệu đồng chẵn.');
    expect(screen.getByTestId('receipt-place-date')).toHaveTextContent('Thanh Hóa, ngày 02 tháng 08 năm 2026');
  });
});
