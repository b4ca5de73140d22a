import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { UsersPage } from './users-page';

const translations = { users: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const province = { id: 'p-1', code: 'TH', name: 'Thanh Hóa' };

const facilityAdmin = {
  id: 'u-admin',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility,
  province,
  permissions: ['users.manage', 'api-clients.manage'],
};
const platformAdmin = { id: 'u-platform', email: 'platform@demo.vn', fullName: 'Quản trị', role: 'PlatformAdmin', isApiClient: false, permissions: ['users.manage'] };

const user = (id: string, fullName: string, role: string, isActive = true, invitationPending = false) => ({
  id,
  email: `${id}@demo.vn`,
  fullName,
  role,
  facilityId: 'f-1',
  provinceId: null,
  isActive,
  createdAt: '2026-03-05T08:00:00+07:00',
  invitationPending,
  invitedAt: invitationPending ? '2026-03-05T08:00:00+07:00' : null,
  language: 'vi',
});
const listed = [user('u-admin', 'Lê Văn Minh', 'FacilityAdmin'), user('u-2', 'Trần Thị Lan', 'SocialWorker'), user('u-3', 'Đỗ Văn Nam', 'Collaborator', false)];

function renderUsers() {
  signIn();
  return renderRoute([{ path: '/users', element: <UsersPage /> }], { path: '/users', translations });
}

async function fillAccount() {
  const dialog = await screen.findByRole('dialog', { name: 'Tạo tài khoản' });
  await userEvent.type(within(dialog).getByLabelText(/^Email/), 'new.worker@demo.vn');
  await userEvent.type(within(dialog).getByLabelText(/^Họ và tên/), 'Phạm Thu Hà');
  return dialog;
}

describe('UsersPage', () => {
  it("tells a platform admin where each account belongs, and a facility admin doesn't need it", async () => {
    stubApi({
      'GET /api/v1/me': platformAdmin,
      'GET /api/v1/users': [
        { ...user('u-2', 'Trần Thị Lan', 'SocialWorker'), facilityName: 'Bệnh viện Đa khoa tỉnh' },
        { ...user('u-4', 'Nguyễn Thị Hồng', 'ProvinceOfficer'), facilityId: null, provinceId: 'p-1', provinceName: 'Thanh Hóa' },
      ],
    });
    renderUsers();
    const rows = await screen.findAllByTestId('user-row');
    expect(screen.getByRole('columnheader', { name: 'Thuộc đơn vị' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Bệnh viện Đa khoa tỉnh');
    expect(rows[1]).toHaveTextContent('Thanh Hóa');
  });

  it('lists the accounts with role, status and creation date', async () => {
    stubApi({ 'GET /api/v1/me': facilityAdmin, 'GET /api/v1/users': listed });
    renderUsers();

    const rows = await screen.findAllByTestId('user-row');
    expect(rows).toHaveLength(3);
    expect(screen.queryByRole('columnheader', { name: 'Thuộc đơn vị' })).toBeNull();
    expect(rows[1]).toHaveTextContent('Trần Thị Lan');
    expect(rows[1]).toHaveTextContent('Nhân viên CTXH');
    expect(rows[1]).toHaveTextContent('05/03/2026');
    expect(rows[1]).toHaveTextContent('Đang hoạt động');
    expect(rows[2]).toHaveTextContent('Đã ngừng hoạt động');
    // Nobody deactivates themselves; a closed account can only be reopened.
    expect(within(rows[0]).queryByRole('button', { name: /Ngừng hoạt động/ })).toBeNull();
    expect(within(rows[2]).queryByRole('button', { name: /Ngừng hoạt động/ })).toBeNull();
    expect(within(rows[2]).getByRole('button', { name: 'Kích hoạt lại tài khoản Đỗ Văn Nam' })).toBeInTheDocument();
    expect(within(rows[1]).getByRole('button', { name: 'Ngừng hoạt động tài khoản Trần Thị Lan' })).toBeInTheDocument();
  });

  it('creates an account in the admin’s facility and refreshes the list', async () => {
    let lists = 0;
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/users': () => json(++lists === 1 ? listed : [...listed, user('u-4', 'Phạm Thu Hà', 'SocialWorker')]),
      'POST /api/v1/users': json(user('u-4', 'Phạm Thu Hà', 'SocialWorker'), 201),
    });
    renderUsers();
    await userEvent.click(await screen.findByTestId('create-user'));
    const dialog = await fillAccount();

    // A facility admin only staffs its facility: no platform or province roles on offer.
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Vai trò' }));
    expect(screen.queryByRole('option', { name: 'Quản trị hệ thống' })).toBeNull();
    expect(screen.queryByRole('option', { name: 'Cán bộ Sở Y tế' })).toBeNull();
    await userEvent.click(screen.getByRole('option', { name: 'Nhân viên CTXH' }));
    expect(within(dialog).queryByRole('combobox', { name: 'Cơ sở y tế' })).toBeNull();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(4));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      email: 'new.worker@demo.vn',
      fullName: 'Phạm Thu Hà',
      role: 'SocialWorker',
      facilityId: null,
      provinceId: null,
    });
    expect(screen.getByText(/Đã tạo tài khoản u-4@demo.vn/)).toBeInTheDocument();
  });

  it('asks no password: the new user is invited and can be invited again', async () => {
    const invited = user('u-5', 'Vũ Minh Khoa', 'SocialWorker', true, true);
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/users': [...listed, invited],
      'POST /api/v1/users/u-5/resend-invitation': json(invited),
    });
    renderUsers();
    const rows = await screen.findAllByTestId('user-row');
    expect(rows[3]).toHaveTextContent('Chờ đặt mật khẩu');
    // An invited account has no password to reset yet; its invitation can be sent again.
    expect(within(rows[3]).queryByRole('button', { name: /đặt lại mật khẩu/ })).toBeNull();
    await userEvent.click(within(rows[3]).getByRole('button', { name: 'Gửi lại lời mời cho Vũ Minh Khoa' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/users/u-5/resend-invitation')).toBe(true));
    expect(await screen.findByText(/Đã gửi lại thư mời đến u-5@demo.vn/)).toBeInTheDocument();

    await userEvent.click(await screen.findByTestId('create-user'));
    const dialog = await fillAccount();
    expect(within(dialog).queryByLabelText(/Mật khẩu/)).toBeNull();
    expect(within(dialog).getByText(/thư mời kèm liên kết/)).toBeInTheDocument();
  });

  it('edits an account within the roles the admin may grant', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/users': listed,
      'PUT /api/v1/users/u-2': json({ ...listed[1], fullName: 'Trần Thị Lan Anh', role: 'Collaborator' }),
    });
    renderUsers();
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa tài khoản Trần Thị Lan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sửa tài khoản' });
    const name = within(dialog).getByLabelText(/^Họ và tên/);
    expect(name).toHaveValue('Trần Thị Lan');
    await userEvent.clear(name);
    await userEvent.type(name, 'Trần Thị Lan Anh');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Vai trò' }));
    expect(screen.queryByRole('option', { name: 'Quản trị hệ thống' })).toBeNull();
    await userEvent.click(screen.getByRole('option', { name: 'Cộng tác viên' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ fullName: 'Trần Thị Lan Anh', role: 'Collaborator', facilityId: null, provinceId: null });
    expect(await screen.findByText('Đã lưu tài khoản u-2@demo.vn.')).toBeInTheDocument();
  });

  it('puts the server field errors on the fields', async () => {
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/users': listed,
      'POST /api/v1/users': json(
        {
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: { email: ['Email is already taken.'], fullName: ['Full name is too long.'] },
        },
        400,
      ),
    });
    renderUsers();
    await userEvent.click(await screen.findByTestId('create-user'));
    const dialog = await fillAccount();
    await chooseOption('Vai trò', 'Nhân viên CTXH');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));

    expect(await within(dialog).findByText('Email is already taken.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Full name is too long.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Họ và tên/)).toHaveAccessibleDescription(/too long/);
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('shows a duplicate email (409) on the email field', async () => {
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/users': listed,
      'POST /api/v1/users': json({ title: 'Xung đột dữ liệu', status: 409, detail: "Email 'new.worker@demo.vn' đã được dùng." }, 409),
    });
    renderUsers();
    await userEvent.click(await screen.findByTestId('create-user'));
    const dialog = await fillAccount();
    await chooseOption('Vai trò', 'Nhân viên CTXH');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));

    expect(await within(dialog).findByText("Email 'new.worker@demo.vn' đã được dùng.")).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets a platform admin create a province officer bound to a province', async () => {
    const calls = stubApi({
      'GET /api/v1/me': platformAdmin,
      'GET /api/v1/users': [],
      'GET /api/v1/provinces': [{ id: 'p-1', code: 'TH', name: 'Thanh Hóa', curativeCount: 1, preventiveCount: 1, communeStationCount: 1 }],
      'POST /api/v1/users': json({ ...user('u-9', 'Phạm Thu Hà', 'ProvinceOfficer'), facilityId: null, provinceId: 'p-1' }, 201),
    });
    renderUsers();
    await userEvent.click(await screen.findByTestId('create-user'));
    const dialog = await fillAccount();
    await chooseOption('Vai trò', 'Cán bộ Sở Y tế');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));

    // The province is required for this role.
    expect(await within(dialog).findByText(/vui lòng chọn tỉnh\/thành phố/)).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await chooseOption('Tỉnh/thành phố', 'Thanh Hóa');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ role: 'ProvinceOfficer', provinceId: 'p-1', facilityId: null });
  });

  it('lets a platform admin pick the facility of a facility account from a server search', async () => {
    const calls = stubApi({
      'GET /api/v1/me': platformAdmin,
      'GET /api/v1/users': [],
      'GET /api/v1/facilities': (_request: Request, url: URL) =>
        json({
          items: url.searchParams.get('search')
            ? [{ id: 'f-7', provinceId: 'p-1', code: 'BV-T07', name: 'Bệnh viện Mắt Thanh Hóa', type: 'PublicHospital', group: 'Curative', ownership: 'Public', medicalStaffCount: 1, unitStatus: 'Team' }]
            : [],
          page: 1,
          pageSize: 20,
          totalCount: 1,
          totalPages: 1,
        }),
      'POST /api/v1/users': json(user('u-9', 'Phạm Thu Hà', 'FacilityAdmin'), 201),
    });
    renderUsers();
    await userEvent.click(await screen.findByTestId('create-user'));
    const dialog = await fillAccount();
    await chooseOption('Vai trò', 'Quản trị đơn vị');
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Cơ sở y tế' }), 'thanh hoa');
    // On a slow machine a search may go out mid-typing ("thanh") and show the option already: wait for the whole text's.
    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/v1/facilities?') && /search=thanh(%20|\+)hoa/.test(c.path))).toBe(true));
    await userEvent.click(await screen.findByRole('option', { name: 'Bệnh viện Mắt Thanh Hóa (BV-T07)' }));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ role: 'FacilityAdmin', facilityId: 'f-7', provinceId: null });
  });

  it('deactivates an account after confirmation', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/users': listed,
      'POST /api/v1/users/u-2/deactivate': json({ ...listed[1], isActive: false }),
    });
    renderUsers();
    await userEvent.click(await screen.findByRole('button', { name: 'Ngừng hoạt động tài khoản Trần Thị Lan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ngừng hoạt động tài khoản' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ngừng hoạt động' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/users/u-2/deactivate')).toBe(true));
    expect(await screen.findByText('Đã ngừng hoạt động tài khoản u-2@demo.vn.')).toBeInTheDocument();
  });
});
