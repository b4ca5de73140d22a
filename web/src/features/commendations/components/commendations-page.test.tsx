import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, pasteInto, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CommendationsPage } from './commendations-page';

const translations = { commendations: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const unitHead = {
  id: 'u-1', email: 'hospital.admin@demo.vn', fullName: 'Lê Văn Minh', role: 'FacilityAdmin', isApiClient: false, facility,
  permissions: ['commendations.read', 'commendations.nominate'],
};
const officer = {
  id: 'u-2', email: 'province@demo.vn', fullName: 'Nguyễn Thị Hồng', role: 'ProvinceOfficer', isApiClient: false,
  province: { id: 'p-1', code: 'TH', name: 'Thanh Hóa' }, permissions: ['commendations.read', 'commendations.decide'],
};
const nomination = (overrides: Record<string, unknown> = {}) => ({
  id: 'n-1', facilityId: 'f-1', facilityName: 'Bệnh viện Đa khoa tỉnh', year: 2026, nomineeKind: 'Unit', nomineeName: 'Phòng Công tác xã hội',
  nomineeTitle: null, staffMemberId: null, awardKind: 'ExcellentCollective', awardText: null, achievements: 'Hoàn thành xuất sắc nhiệm vụ',
  status: 'Submitted', submittedAt: '2026-10-01T00:00:00Z', decisionNumber: null, decisionDate: null, reason: null, decidedAt: null, version: 'ver-n',
  ...overrides,
});

describe('CommendationsPage', () => {
  it('lets the unit head nominate a person from the staff register, naming the form when it is "other"', async () => {
    let list: unknown[] = [];
    const calls = stubApi({
      'GET /api/v1/me': unitHead,
      'GET /api/v1/commendations/nominations': () => new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json' } }),
      'GET /api/v1/workforce/staff': [
        { id: 's-1', fullName: 'Trần Thị Lan', leftOn: null },
        { id: 's-2', fullName: 'Nguyễn Văn Cũ', leftOn: '2024-01-01' },
      ],
      'POST /api/v1/commendations/nominations': () => {
        list = [nomination({ status: 'Draft', nomineeKind: 'Person', nomineeName: 'Trần Thị Lan', awardKind: 'Other', awardText: 'Kỷ niệm chương' })];
        return new Response(JSON.stringify(list[0]), { status: 201, headers: { 'content-type': 'application/json' } });
      },
    });
    signIn();
    renderRoute([{ path: '/', element: <CommendationsPage /> }], { translations });
    await userEvent.click(await screen.findByRole('button', { name: 'Đề nghị khen thưởng' }));
    const form = await screen.findByRole('form', { name: 'Đề nghị khen thưởng' });
    await userEvent.click(within(form).getByText('Cá nhân'));
    await chooseOption(/Nhân viên của đơn vị/, 'Trần Thị Lan');
    // The name comes from the register; someone who left is not offered.
    expect(within(form).getByLabelText(/Tên tập thể \/ họ tên/)).toHaveValue('Trần Thị Lan');
    expect(screen.queryByRole('option', { name: 'Nguyễn Văn Cũ' })).not.toBeInTheDocument();
    await pasteInto(within(form).getByLabelText(/Chức vụ/), 'Nhân viên CTXH');
    await chooseOption('Hình thức khen thưởng', 'Hình thức khác');
    await pasteInto(within(form).getByLabelText(/Thành tích/), 'Phụ trách mạng lưới cộng tác viên');
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu bản nháp' }));
    expect(await within(form).findByText('Hãy ghi hình thức khen thưởng.')).toBeInTheDocument();
    await pasteInto(within(form).getByLabelText(/Ghi rõ hình thức/), 'Kỷ niệm chương');
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu bản nháp' }));
    const row = await screen.findByTestId('nomination-row');
    expect(row).toHaveTextContent('Bản nháp');
    expect(within(row).getByRole('button', { name: 'Gửi Sở' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      year: new Date().getFullYear(), nomineeKind: 'Person', nomineeName: 'Trần Thị Lan', nomineeTitle: 'Nhân viên CTXH', staffMemberId: 's-1',
      awardKind: 'Other', awardText: 'Kỷ niệm chương', achievements: 'Phụ trách mạng lưới cộng tác viên',
    });
  });

  it('lets the province officer award a submitted nomination with the decision number and date', async () => {
    let decided = false;
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/commendations/nominations': () =>
        new Response(JSON.stringify([decided ? nomination({ status: 'Awarded', decisionNumber: '1250/QĐ-UBND', decisionDate: '2026-12-20' }) : nomination()]), {
          headers: { 'content-type': 'application/json' },
        }),
      'POST /api/v1/commendations/nominations/n-1/decision': () => {
        decided = true;
        return new Response(JSON.stringify(nomination({ status: 'Awarded' })), { headers: { 'content-type': 'application/json' } });
      },
    });
    signIn();
    renderRoute([{ path: '/', element: <CommendationsPage /> }], { translations });
    const row = await screen.findByTestId('nomination-row');
    expect(row).toHaveTextContent('Bệnh viện Đa khoa tỉnh');
    expect(screen.queryByRole('button', { name: 'Đề nghị khen thưởng' })).not.toBeInTheDocument();
    await userEvent.click(within(row).getByRole('button', { name: 'Quyết định' }));
    const form = await screen.findByRole('form', { name: 'Quyết định khen thưởng: Phòng Công tác xã hội' });
    await userEvent.click(within(form).getByRole('button', { name: 'Ghi quyết định' }));
    expect(await within(form).findByText('Hãy nhập số quyết định.')).toBeInTheDocument();
    await pasteInto(within(form).getByLabelText(/Số quyết định/), '1250/QĐ-UBND');
    await userEvent.type(within(form).getByLabelText(/Ngày quyết định/), '20/12/2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Ghi quyết định' }));
    expect(await screen.findByText('1250/QĐ-UBND (20/12/2026)')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ awarded: true, decisionNumber: '1250/QĐ-UBND', decisionDate: '2026-12-20', reason: null });
  });
});
