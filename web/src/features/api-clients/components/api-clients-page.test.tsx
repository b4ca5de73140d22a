import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ApiClientsPage } from './api-clients-page';

const translations = { 'api-clients': { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const facilityAdmin = {
  id: 'u-admin',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility,
  permissions: ['users.manage', 'api-clients.manage'],
};
const platformAdmin = { id: 'u-platform', email: 'platform@demo.vn', fullName: 'Quản trị', role: 'PlatformAdmin', isApiClient: false, permissions: ['api-clients.manage'] };

const his = {
  id: 'c-1',
  clientId: 'swc_0123456789abcdef0123',
  name: 'Hệ thống HIS',
  facilityId: 'f-1',
  provinceId: null,
  scopes: ['read', 'write'],
  createdAt: '2026-02-01T09:00:00+07:00',
  lastUsedAt: '2026-02-03T10:15:00+07:00',
  revokedAt: null,
};
const old = { ...his, id: 'c-2', clientId: 'swc_old', name: 'Cổng báo cáo cũ', scopes: ['read'], lastUsedAt: null, revokedAt: '2026-01-20T08:00:00+07:00' };

function renderPage() {
  signIn();
  return renderRoute([{ path: '/api-clients', element: <ApiClientsPage /> }], { path: '/api-clients', translations });
}

describe('ApiClientsPage', () => {
  it('lists the clients with scopes, dates and revoked ones marked', async () => {
    stubApi({ 'GET /api/v1/me': facilityAdmin, 'GET /api/v1/api-clients': [his, old] });
    renderPage();

    const rows = await screen.findAllByTestId('api-client-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('swc_0123456789abcdef0123');
    expect(rows[0]).toHaveTextContent('Đọc');
    expect(rows[0]).toHaveTextContent('Ghi');
    expect(rows[0]).toHaveTextContent('01/02/2026');
    expect(rows[0]).toHaveTextContent('03/02/2026');
    expect(rows[0]).toHaveTextContent('Đang hoạt động');
    expect(rows[1]).toHaveTextContent('Đã thu hồi');
    expect(rows[1]).toHaveTextContent('Thu hồi ngày 20/01/2026');
    expect(rows[1]).toHaveTextContent('Chưa dùng');
    expect(within(rows[1]).queryByRole('button', { name: /Thu hồi/ })).toBeNull();
  });

  it('creates a client and shows its secret once, with a copy button', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/api-clients': [],
      'POST /api/v1/api-clients': json({ client: { ...his, lastUsedAt: null }, clientSecret: 'very-secret-value' }, 201),
    });
    renderPage();
    await userEvent.click(await screen.findByTestId('create-api-client'));
    const form = await screen.findByRole('dialog', { name: 'Tạo kết nối API' });
    await userEvent.type(within(form).getByLabelText(/^Tên kết nối/), 'Hệ thống HIS');
    await userEvent.click(within(form).getByRole('checkbox', { name: /^Ghi/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo kết nối' }));

    const dialog = await screen.findByRole('dialog', { name: 'Kết nối Hệ thống HIS đã được tạo' });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Hệ thống HIS', scopes: ['read', 'write'], facilityId: null, provinceId: null });
    expect(within(dialog).getByTestId('client-secret')).toHaveTextContent(/^very-secret-value$/);
    expect(within(dialog).getByText('Khóa bí mật chỉ hiển thị một lần')).toBeInTheDocument();
    expect(within(dialog).getByTestId('client-id')).toHaveTextContent('swc_0123456789abcdef0123');
    expect(within(dialog).getByText(/\/api\/v1\/auth\/token$/)).toBeInTheDocument();

    // setup() gives jsdom a clipboard to write to.
    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép khóa bí mật' }));
    expect(await within(dialog).findByRole('button', { name: 'Đã sao chép' })).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('very-secret-value');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }));
    await waitFor(() => expect(screen.queryByTestId('client-secret')).toBeNull());
    expect(screen.queryByText('very-secret-value')).toBeNull();
  });

  it('puts the server field errors on the fields', async () => {
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/api-clients': [],
      'POST /api/v1/api-clients': json({ title: 'Dữ liệu không hợp lệ', status: 400, errors: { name: ["'Name' is too long."], 'scopes[0]': ["Scopes are 'read' and 'write'."] } }, 400),
    });
    renderPage();
    await userEvent.click(await screen.findByTestId('create-api-client'));
    const form = await screen.findByRole('dialog', { name: 'Tạo kết nối API' });
    await userEvent.type(within(form).getByLabelText(/^Tên kết nối/), 'HIS');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo kết nối' }));

    expect(await within(form).findByText("'Name' is too long.")).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Tên kết nối/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText("Scopes are 'read' and 'write'.")).toBeInTheDocument();
    expect(screen.queryByTestId('client-secret')).toBeNull();
  });

  it('lets a platform admin bind a client to a province', async () => {
    const calls = stubApi({
      'GET /api/v1/me': platformAdmin,
      'GET /api/v1/api-clients': [],
      'GET /api/v1/provinces': [{ id: 'p-1', code: 'TH', name: 'Thanh Hóa', curativeCount: 1, preventiveCount: 1, communeStationCount: 1 }],
      'GET /api/v1/facilities': json({ items: [], page: 1, pageSize: 20, totalCount: 0, totalPages: 0 }),
      'POST /api/v1/api-clients': json({ client: { ...his, facilityId: null, provinceId: 'p-1', scopes: ['read'] }, clientSecret: 's' }, 201),
    });
    renderPage();
    await userEvent.click(await screen.findByTestId('create-api-client'));
    const form = await screen.findByRole('dialog', { name: 'Tạo kết nối API' });
    await userEvent.type(within(form).getByLabelText(/^Tên kết nối/), 'Cổng báo cáo tỉnh');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo kết nối' }));
    // Bound to a facility by default, and the facility is required.
    expect(await within(form).findByText('Vui lòng chọn cơ sở y tế')).toBeInTheDocument();

    await userEvent.click(within(form).getByRole('radio', { name: 'Một tỉnh/thành phố' }));
    await chooseOption('Tỉnh/thành phố', 'Thanh Hóa');
    await userEvent.click(within(form).getByRole('button', { name: 'Tạo kết nối' }));

    await screen.findByTestId('client-secret');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Cổng báo cáo tỉnh', scopes: ['read'], facilityId: null, provinceId: 'p-1' });
  });

  it('revokes a client after confirmation', async () => {
    let revoked = false;
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/api-clients': () => json([revoked ? { ...his, revokedAt: '2026-03-01T08:00:00+07:00' } : his]),
      'POST /api/v1/api-clients/c-1/revoke': () => {
        revoked = true;
        return json({ ...his, revokedAt: '2026-03-01T08:00:00+07:00' });
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Thu hồi kết nối Hệ thống HIS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thu hồi kết nối API' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));

    await waitFor(() => expect(screen.getByTestId('api-client-row')).toHaveTextContent('Đã thu hồi'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/v1/api-clients/c-1/revoke']);
  });
});
