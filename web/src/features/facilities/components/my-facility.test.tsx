import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Schemas } from '@/lib/api/client';
import { chooseOption, json, renderElement, signIn, stubApi } from '@/testing/test-utils';
import { adminId, facilityAdmin, hospitalId, hospitalProfile, socialWorker, translations } from '../testing/fixtures';
import { MyFacility } from './my-facility';

const facilityPath = `GET /api/v1/facilities/${hospitalId}`;
const recordPath = `POST /api/v1/facilities/${hospitalId}/unit-history`;

const recorded: Schemas['UnitStatusEntry'] = {
  id: 'e4',
  status: 'Department',
  effectiveDate: '2026-01-15',
  decisionNumber: '12/QĐ-BV',
  headName: 'Nguyễn Văn An',
  headcount: 9,
  note: 'Bổ sung nhân sự',
  correctsId: null,
  correctionReason: null,
  isRetraction: false,
  isInForce: true,
  recordedAt: '2026-11-23T12:00:00+00:00',
  recordedBy: adminId,
};

async function openForm() {
  await userEvent.click(await screen.findByTestId('record-unit-change'));
  return screen.findByRole('dialog', { name: 'Ghi nhận thay đổi bộ phận CTXH' });
}

async function fill(dialog: HTMLElement, { status, decision = '12/QĐ-BV' }: { status: string; decision?: string }) {
  await chooseOption(/^Tình trạng mới/, status);
  await userEvent.type(within(dialog).getByLabelText(/^Ngày hiệu lực/), '15/01/2026');
  if (decision) await userEvent.type(within(dialog).getByLabelText(/^Số quyết định/), decision);
  const head = within(dialog).getByLabelText('Người phụ trách');
  await userEvent.clear(head);
  await userEvent.type(head, 'Nguyễn Văn An');
  const headcount = within(dialog).getByLabelText(/^Số nhân sự/);
  await userEvent.clear(headcount);
  await userEvent.type(headcount, '9');
  await userEvent.type(within(dialog).getByLabelText('Ghi chú'), 'Bổ sung nhân sự');
}

describe('MyFacility', () => {
  beforeEach(signIn);

  it('records a status change with the date as yyyy-MM-dd and shows it on the timeline', async () => {
    let saved = false;
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      [facilityPath]: () => json(saved ? { ...hospitalProfile, unitHistory: [...hospitalProfile.unitHistory, recorded] } : hospitalProfile),
      [recordPath]: () => {
        saved = true;
        return json(recorded, 201);
      },
    });
    renderElement(<MyFacility />, { translations });

    expect(await screen.findAllByTestId('unit-history-entry')).toHaveLength(5);
    const dialog = await openForm();
    // The head and headcount in effect are the starting point.
    expect(within(dialog).getByLabelText('Người phụ trách')).toHaveValue('Lê Văn Minh');
    await fill(dialog, { status: 'Phòng CTXH' });
    await userEvent.click(within(dialog).getByTestId('submit-unit-change'));

    await waitFor(() => expect(screen.getAllByTestId('unit-history-entry')).toHaveLength(6));
    const post = calls.find((call) => call.method === 'POST');
    expect(post?.path).toBe(`/api/v1/facilities/${hospitalId}/unit-history`);
    expect(post?.body).toEqual({
      status: 'Department',
      effectiveDate: '2026-01-15',
      decisionNumber: '12/QĐ-BV',
      headName: 'Nguyễn Văn An',
      headcount: 9,
      note: 'Bổ sung nhân sự',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByTestId('unit-change-saved')).toHaveTextContent('Đã ghi nhận thay đổi bộ phận CTXH.');
    expect(screen.getAllByTestId('unit-history-entry').at(-1)).toHaveTextContent('Bổ sung nhân sự');
  });

  it("puts the server's field errors on the fields on a 400", async () => {
    const dateError = 'Ngày hiệu lực phải từ 01/01/2000 đến tối đa một năm tới. / The effective date must be between 01/01/2000 and one year ahead.';
    const decisionError = 'Tổ/Phòng CTXH được thành lập theo quyết định: cần số quyết định. / A team or department needs its decision number.';
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      [facilityPath]: hospitalProfile,
      [recordPath]: json(
        { title: 'Dữ liệu không hợp lệ / One or more fields are invalid.', status: 400, errors: { effectiveDate: [dateError], decisionNumber: [decisionError] } },
        400,
      ),
    });
    renderElement(<MyFacility />, { translations });

    const dialog = await openForm();
    await fill(dialog, { status: 'Tổ CTXH' });
    await userEvent.click(within(dialog).getByTestId('submit-unit-change'));

    const date = within(dialog).getByLabelText(/^Ngày hiệu lực/);
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(dateError);
    expect(within(dialog).getByLabelText(/^Số quyết định/)).toHaveAccessibleDescription(expect.stringContaining(decisionError));
    // Every message found its field: no banner, and the form stays open with what was typed.
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Số quyết định/)).toHaveValue('12/QĐ-BV');
  });

  it('shows a 409 as a banner above the form', async () => {
    const conflict = 'Đã có một thay đổi hiệu lực cùng ngày; hãy sửa bản ghi đó. / A change effective on that date exists already: correct it instead.';
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      [facilityPath]: hospitalProfile,
      [recordPath]: json({ title: 'Xung đột dữ liệu / Conflict.', status: 409, detail: conflict }, 409),
    });
    renderElement(<MyFacility />, { translations });

    const dialog = await openForm();
    await fill(dialog, { status: 'Phòng CTXH' });
    await userEvent.click(within(dialog).getByTestId('submit-unit-change'));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(conflict);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('asks for the decision number of a team before sending anything', async () => {
    const calls = stubApi({ 'GET /api/v1/me': facilityAdmin, [facilityPath]: hospitalProfile });
    renderElement(<MyFacility />, { translations });

    const dialog = await openForm();
    await fill(dialog, { status: 'Tổ CTXH', decision: '' });
    await userEvent.click(within(dialog).getByTestId('submit-unit-change'));

    expect(await within(dialog).findByText('Tổ/Phòng CTXH được thành lập theo quyết định: cần số quyết định')).toBeInTheDocument();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);
  });

  it('shows a social worker their facility without the record button', async () => {
    stubApi({ 'GET /api/v1/me': socialWorker, [facilityPath]: hospitalProfile });
    renderElement(<MyFacility />, { translations });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' })).toBeInTheDocument();
    expect(screen.getAllByTestId('unit-history-entry')).toHaveLength(5);
    expect(screen.queryByTestId('record-unit-change')).not.toBeInTheDocument();
  });
});
