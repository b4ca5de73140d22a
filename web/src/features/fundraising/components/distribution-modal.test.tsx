import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderElement, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { DistributionModal } from './distribution-modal';

const translations = { fundraising: { vi: viTexts, en: enTexts } };
const me = {
  id: 'u-1', email: 'hospital.worker@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' }, permissions: ['fundraising.record', 'clients.read'],
};
const an = { id: 'c-1', fullName: 'Nguyễn Văn An', birthYear: 1958, sex: 'Male', communeWard: 'Phường Đông Sơn', vulnerabilities: [] };
const anDetail = {
  ...an, version: 'v-1', consents: [],
  cases: [
    { id: 'k-1', caseNumber: 'BV-2026-0042', stage: 'Implementation', openedOn: '2026-11-01', closedOn: null, isSensitive: false },
    { id: 'k-0', caseNumber: 'BV-2025-0007', stage: 'Closed', openedOn: '2025-03-01', closedOn: '2025-04-01', isSensitive: false },
  ],
};

describe('DistributionModal', () => {
  it('picks the recipient from the register by an unaccented name, then one of their open cases, and sends no retyped name', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/clients': { items: [an], page: 1, pageSize: 20, totalCount: 1, totalPages: 1 },
      'GET /api/v1/clients/c-1': anDetail,
      'POST /api/v1/fundraising/campaigns/g-1/distributions': json({ id: 'e-1' }, 201),
    });
    signIn();
    renderElement(<DistributionModal campaignId="g-1" stock={[]} opened onClose={() => {}} onRecorded={() => {}} />, { translations });
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Số tiền', { exact: false }), '2000000');
    await userEvent.type(within(dialog).getByRole('combobox', { name: /Người nhận \(đối tượng đã có hồ sơ\)/ }), 'nguyen van an');
    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/v1/clients?') && c.path.includes('search=nguyen'))).toBe(true));
    await userEvent.click(await screen.findByRole('option', { name: 'Nguyễn Văn An (1958) — Phường Đông Sơn' }));
    expect(await within(dialog).findByTestId('recipient-picked')).toHaveTextContent('Người nhận: Nguyễn Văn An, sinh năm 1958 (lấy từ hồ sơ)');
    expect(within(dialog).queryByRole('textbox', { name: /Họ tên người nhận/ })).not.toBeInTheDocument();

    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Trường hợp' })).toBeEnabled());
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Trường hợp' }));
    expect(screen.queryByRole('option', { name: /BV-2025-0007/ })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: 'BV-2026-0042 — mở ngày 01/11/2026' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi phân phối' }));

    await waitFor(() => expect(calls.find((c) => c.method === 'POST')).toBeDefined());
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      recipientKind: 'Client', clientId: 'c-1', caseId: 'k-1', recipientName: null, recipientBirthYear: null, recipientCommune: 'Phường Đông Sơn', amount: 2_000_000,
    });
  });

  it('still takes a typed name for someone not registered', async () => {
    const calls = stubApi({ 'GET /api/v1/me': me, 'POST /api/v1/fundraising/campaigns/g-1/distributions': json({ id: 'e-1' }, 201) });
    signIn();
    renderElement(<DistributionModal campaignId="g-1" stock={[]} opened onClose={() => {}} onRecorded={() => {}} />, { translations });
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Số tiền', { exact: false }), '500000');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi phân phối' }));
    expect(await within(dialog).findByText('Chọn người nhận trong danh sách đối tượng')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Người nhận chưa có hồ sơ? Nhập tên' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Họ tên người nhận/ }), 'Lê Văn Khách');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ghi phân phối' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ recipientName: 'Lê Văn Khách', clientId: null, caseId: null }));
  });
});
