import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, pasteInto, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { VisitPage } from './visit-page';

const translations = { supervision: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const unitHead = {
  id: 'u-1', email: 'hospital.admin@demo.vn', fullName: 'Lê Văn Minh', role: 'FacilityAdmin', isApiClient: false, facility,
  permissions: ['supervision.read', 'supervision.follow-up'],
};
const officer = {
  id: 'u-2', email: 'province@demo.vn', fullName: 'Nguyễn Thị Hồng', role: 'ProvinceOfficer', isApiClient: false,
  province: { id: 'p-1', code: 'TH', name: 'Thanh Hóa' }, permissions: ['supervision.read', 'supervision.manage'],
};
const recommendation = (overrides: Record<string, unknown> = {}) => ({
  id: 'r-1', visitId: 'v-1', number: 1, text: 'Bố trí phòng tham vấn riêng', dueOn: '2026-01-15', status: 'InProgress', accepted: false,
  overdue: true, version: 'ver-r', history: [{ kind: 'FollowUp', status: 'InProgress', note: 'Đã trình phương án', date: '2025-12-01', at: '2025-12-01T03:00:00Z' }],
  ...overrides,
});
const visit = (recommendations: unknown[]) => ({
  id: 'v-1', facilityId: 'f-1', facilityName: 'Bệnh viện Đa khoa tỉnh', status: 'Closed', plannedOn: '2025-11-10', conductedOn: '2025-11-12',
  scope: 'Kiểm tra CTXH', findings: 'Chưa có phòng tham vấn riêng.', team: [{ name: 'Nguyễn Thị Hồng', title: 'Trưởng đoàn' }], closedAt: '2025-11-13T00:00:00Z',
  version: 'ver-v', recommendations,
});

describe('VisitPage', () => {
  it('lets the unit head report a recommendation done, with the note and date it sends', async () => {
    const calls = stubApi({
      'GET /api/v1/me': unitHead,
      'GET /api/v1/supervision/visits/v-1': visit([recommendation()]),
      'POST /api/v1/supervision/recommendations/r-1/follow-ups': visit([recommendation({ status: 'Done', overdue: false })]),
    });
    signIn();
    renderRoute([{ path: '/', element: <VisitPage visitId="v-1" /> }], { translations });
    const card = await screen.findByTestId('recommendation');
    expect(within(card).getByTestId('overdue-flag')).toHaveTextContent('Quá hạn');
    expect(within(card).getByText('Đã trình phương án')).toBeInTheDocument();
    // No review buttons for the facility.
    expect(screen.queryByTestId('accept-follow-up')).not.toBeInTheDocument();

    await userEvent.click(within(card).getByTestId('record-follow-up'));
    const form = await screen.findByRole('form', { name: 'Báo cáo thực hiện kiến nghị 1' });
    await chooseOption('Tình trạng', 'Không khả thi');
    // Not feasible asks for the reason instead.
    expect(within(form).getByLabelText(/Lý do không thực hiện được/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await within(form).findByText('Hãy ghi nội dung.')).toBeInTheDocument();
    await chooseOption('Tình trạng', 'Đã hoàn thành');
    await pasteInto(within(form).getByLabelText(/Nội dung đã thực hiện/), 'Phòng đã đưa vào sử dụng');
    await userEvent.click(within(form).getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Chờ Sở xem xét')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'POST')!;
    expect(sent.body).toMatchObject({ version: 'ver-r', status: 'Done', note: 'Phòng đã đưa vào sử dụng' });
    expect((sent.body as { date: string }).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('lets the province officer accept a done follow-up, in English too', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/supervision/visits/v-1': visit([recommendation({ status: 'Done', overdue: false })]),
      'POST /api/v1/supervision/recommendations/r-1/review': visit([recommendation({ status: 'Done', overdue: false, accepted: true })]),
    });
    signIn();
    renderRoute([{ path: '/', element: <VisitPage visitId="v-1" /> }], { translations, language: 'en' });
    expect(await screen.findByText('Awaiting review')).toBeInTheDocument();
    expect(screen.queryByTestId('record-follow-up')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTestId('accept-follow-up'));
    expect(await screen.findByText('Accepted by the Department')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ version: 'ver-r', outcome: 'Accepted', comment: null });
  });

  it('lets the officer add a recommendation to a visit not yet closed', async () => {
    const open = { ...visit([]), status: 'Conducted' };
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/supervision/visits/v-1': open,
      'POST /api/v1/supervision/visits/v-1/recommendations': { ...open, recommendations: [recommendation({ status: 'Open', overdue: false, history: [] })] },
    });
    signIn();
    renderRoute([{ path: '/', element: <VisitPage visitId="v-1" /> }], { translations });
    const form = await screen.findByRole('form', { name: 'Thêm kiến nghị' });
    await userEvent.click(within(form).getByRole('button', { name: 'Thêm kiến nghị' }));
    expect(await within(form).findByText('Hãy ghi nội dung kiến nghị.')).toBeInTheDocument();
    await pasteInto(within(form).getByLabelText(/Nội dung kiến nghị/), 'Bố trí phòng tham vấn riêng');
    await userEvent.type(within(form).getByLabelText(/Hạn thực hiện/), '15/01/2026');
    await userEvent.click(within(form).getByRole('button', { name: 'Thêm kiến nghị' }));
    expect(await screen.findByTestId('recommendation')).toHaveTextContent('1. Bố trí phòng tham vấn riêng');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ text: 'Bố trí phòng tham vấn riêng', dueOn: '2026-01-15' });
  });
});
