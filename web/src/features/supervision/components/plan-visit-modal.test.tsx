import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, pasteInto, renderElement, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { PlanVisitModal } from './plan-visit-modal';

const translations = { supervision: { vi: viTexts, en: enTexts } };
const officer = {
  id: 'u-2', email: 'province@demo.vn', fullName: 'Nguyễn Thị Hồng', role: 'ProvinceOfficer', isApiClient: false,
  province: { id: 'p-1', code: 'TH', name: 'Thanh Hóa' }, permissions: ['supervision.read', 'supervision.manage', 'facilities.read'],
};
const hospital = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', type: 'PublicHospital', group: 'Curative' };

describe('PlanVisitModal', () => {
  it('asks for the facility, date, scope and every member name, then sends the team without empty titles', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/facilities': { items: [hospital], page: 1, pageSize: 20, totalCount: 1 },
      'POST /api/v1/supervision/visits': { id: 'v-9' },
    });
    const planned = vi.fn();
    signIn();
    renderElement(<PlanVisitModal opened onClose={() => {}} onPlanned={planned} />, { translations });
    const form = await screen.findByRole('form', { name: 'Lên kế hoạch giám sát' });
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu kế hoạch' }));
    expect(await within(form).findByText('Hãy chọn cơ sở.')).toBeInTheDocument();
    expect(within(form).getByText('Hãy ghi nội dung giám sát.')).toBeInTheDocument();
    expect(within(form).getByText('Hãy nhập họ tên.')).toBeInTheDocument();

    await chooseOption('Cơ sở được giám sát', 'Bệnh viện Đa khoa tỉnh Thanh Hóa (BV-DKT)');
    await userEvent.type(within(form).getByLabelText(/Ngày dự kiến/), '15/12/2026');
    await pasteInto(within(form).getByLabelText(/Nội dung giám sát/), 'Kiểm tra CTXH');
    await pasteInto(within(form).getByLabelText('Họ tên 1'), 'Nguyễn Thị Hồng');
    await pasteInto(within(form).getByLabelText('Chức vụ, đơn vị 1'), 'Trưởng đoàn');
    await userEvent.click(within(form).getByRole('button', { name: 'Thêm thành viên' }));
    await pasteInto(within(form).getByLabelText('Họ tên 2'), 'Trần Văn Đức');
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu kế hoạch' }));

    await vi.waitFor(() => expect(planned).toHaveBeenCalledWith({ id: 'v-9' }));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      facilityId: 'f-1', plannedOn: '2026-12-15', scope: 'Kiểm tra CTXH',
      team: [{ name: 'Nguyễn Thị Hồng', title: 'Trưởng đoàn' }, { name: 'Trần Văn Đức', title: null }],
    });
  });
});
