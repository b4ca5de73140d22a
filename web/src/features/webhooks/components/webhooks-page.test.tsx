import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { WebhooksPage } from './webhooks-page';

const translations = { webhooks: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const facilityAdmin = {
  id: 'u-admin',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility,
  permissions: ['users.manage', 'webhooks.manage'],
};

const his = {
  id: 's-1',
  url: 'https://his.benhvien.vn/swc',
  eventTypes: ['referral.received', 'tally.recorded'],
  description: 'HIS khoa Khám bệnh',
  status: 'Active',
  pausedAt: null,
  pausedReason: null,
  failingSince: null,
  facilityId: 'f-1',
  provinceId: null,
  createdAt: '2026-12-01T09:00:00Z',
  version: 'v-1',
  lastDelivery: { id: 'd-1', eventType: 'referral.received', at: '2026-12-05T10:00:05Z', status: 'Succeeded', statusCode: 200 },
};
const portal = {
  ...his,
  id: 's-2',
  url: 'https://cong.tinh.vn/hook',
  eventTypes: ['report.submitted'],
  description: null,
  status: 'Paused',
  pausedAt: '2026-12-04T08:30:00Z',
  pausedReason: 'failing',
  failingSince: '2026-12-03T08:00:00Z',
  lastDelivery: null,
};

const delivered = {
  id: 'd-1',
  eventId: 'e-1',
  webhookId: 'msg_e1',
  eventType: 'referral.received',
  status: 'Succeeded',
  attempts: 1,
  lastStatusCode: 200,
  lastError: null,
  createdAt: '2026-12-05T10:00:00Z',
  lastAttemptAt: '2026-12-05T10:00:05Z',
  nextAttemptAt: null,
  deliveredAt: '2026-12-05T10:00:05Z',
};
const failed = {
  ...delivered,
  id: 'd-2',
  eventId: 'e-2',
  webhookId: 'msg_e2',
  eventType: 'report.submitted',
  status: 'Failed',
  attempts: 7,
  lastStatusCode: 503,
  lastError: 'Service Unavailable',
  createdAt: '2026-12-03T08:00:00Z',
  lastAttemptAt: '2026-12-04T08:00:00Z',
  deliveredAt: null,
};
const pending = { ...failed, id: 'd-3', status: 'Pending', attempts: 2, lastStatusCode: null, lastError: 'Connection refused', nextAttemptAt: '2026-12-05T11:00:00Z' };

const page = (items: unknown[]) => ({ items, page: 1, pageSize: 25, totalCount: items.length, totalPages: items.length ? 1 : 0 });

function renderPage() {
  signIn();
  return renderRoute([{ path: '/webhooks', element: <WebhooksPage /> }], { path: '/webhooks', translations });
}

describe('WebhooksPage', () => {
  it('lists the subscriptions with their events, status and last delivery', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': [his, portal],
    });
    renderPage();

    const rows = await screen.findAllByTestId('webhook-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('https://his.benhvien.vn/swc');
    expect(rows[0]).toHaveTextContent('HIS khoa Khám bệnh');
    expect(rows[0]).toHaveTextContent('Nhận chuyển gửi');
    expect(rows[0]).toHaveTextContent('Ghi nhận lượt đón tiếp (theo lô)');
    expect(rows[0]).toHaveTextContent('Đang hoạt động');
    await waitFor(() => expect(rows[0]).toHaveTextContent('Thành công'));
    expect(rows[0]).toHaveTextContent('Mã phản hồi 200');
    expect(rows[0]).toHaveTextContent('05/12/2026');
    expect(within(rows[0]).getByRole('button', { name: 'Tạm dừng: https://his.benhvien.vn/swc' })).toBeInTheDocument();

    expect(rows[1]).toHaveTextContent('Báo cáo đã gửi');
    expect(rows[1]).toHaveTextContent('Tạm dừng');
    expect(rows[1]).toHaveTextContent('Tự động tạm dừng từ 04/12/2026 08:30 vì gửi thất bại suốt một ngày');
    await waitFor(() => expect(rows[1]).toHaveTextContent('Chưa gửi lần nào'));
    expect(within(rows[1]).getByRole('button', { name: 'Tiếp tục gửi: https://cong.tinh.vn/hook' })).toBeInTheDocument();
    expect(screen.getByText(`Báo cho hệ thống bên ngoài (HIS, cổng thông tin…) khi có sự kiện tại ${facility.name}`)).toBeInTheDocument();
    // The list carries each subscription's last delivery: no request per row.
    expect(calls.filter((c) => c.path.includes('/deliveries'))).toEqual([]);
  });

  it('adds a subscription and shows its secret once, with a copy button and a warning', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': [],
      'POST /api/v1/webhooks/subscriptions': json({ subscription: his, secret: 'whsec_c2VjcmV0LXZhbHVl' }, 201),
    });
    renderPage();
    await screen.findByText('Chưa có đăng ký webhook nào.');
    await userEvent.click(screen.getByTestId('create-webhook'));
    const form = await screen.findByRole('dialog', { name: 'Đăng ký webhook' });
    await userEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));
    expect(await within(form).findByText('Vui lòng nhập địa chỉ nhận')).toBeInTheDocument();
    expect(within(form).getByText('Chọn ít nhất một sự kiện')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(form).getByLabelText(/^Địa chỉ nhận \(URL\)/), 'https://his.benhvien.vn/swc');
    // Ticked out of order: sent in the catalogue's order.
    await userEvent.click(within(form).getByRole('checkbox', { name: /^Ghi nhận lượt đón tiếp/ }));
    await userEvent.click(within(form).getByRole('checkbox', { name: /^Nhận chuyển gửi/ }));
    await userEvent.type(within(form).getByLabelText(/^Ghi chú/), 'HIS khoa Khám bệnh');
    await userEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));

    const dialog = await screen.findByRole('dialog', { name: 'Đã đăng ký webhook' });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      url: 'https://his.benhvien.vn/swc',
      eventTypes: ['referral.received', 'tally.recorded'],
      description: 'HIS khoa Khám bệnh',
    });
    expect(within(dialog).getByTestId('webhook-secret')).toHaveTextContent(/^whsec_c2VjcmV0LXZhbHVl$/);
    expect(within(dialog).getByText('Khóa bí mật chỉ hiển thị một lần')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép khóa bí mật' }));
    expect(await within(dialog).findByRole('button', { name: 'Đã sao chép' })).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('whsec_c2VjcmV0LXZhbHVl');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Tôi đã lưu khóa bí mật' }));
    await waitFor(() => expect(screen.queryByTestId('webhook-secret')).toBeNull());
    expect(screen.queryByText('whsec_c2VjcmV0LXZhbHVl')).toBeNull();
  });

  it('puts the server field errors on the fields', async () => {
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': [],
      'POST /api/v1/webhooks/subscriptions': json(
        {
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          code: 'validation-failed',
          errors: { url: ['Địa chỉ nhận trỏ tới một địa chỉ nội bộ (riêng, loopback hoặc link-local): không được phép.'], 'eventTypes[0]': ['Loại sự kiện không có trong danh mục.'] },
        },
        400,
      ),
    });
    renderPage();
    await userEvent.click(await screen.findByTestId('create-webhook'));
    const form = await screen.findByRole('dialog', { name: 'Đăng ký webhook' });
    await userEvent.type(within(form).getByLabelText(/^Địa chỉ nhận \(URL\)/), 'https://10.0.0.5/hook');
    await userEvent.click(within(form).getByRole('checkbox', { name: /^Đóng ca/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Đăng ký' }));

    expect(await within(form).findByText(/trỏ tới một địa chỉ nội bộ/)).toBeInTheDocument();
    expect(within(form).getByLabelText(/^Địa chỉ nhận \(URL\)/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('Loại sự kiện không có trong danh mục.')).toBeInTheDocument();
    expect(screen.queryByTestId('webhook-secret')).toBeNull();
  });

  it('edits a subscription against the version it read', async () => {
    let current = his;
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': () => json([current]),
      'GET /api/v1/webhooks/subscriptions/s-1/deliveries': page([]),
      'PUT /api/v1/webhooks/subscriptions/s-1': () => {
        current = { ...his, eventTypes: ['referral.received', 'case.closed', 'tally.recorded'], version: 'v-2' };
        return json(current);
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa: https://his.benhvien.vn/swc' }));
    const form = await screen.findByRole('dialog', { name: 'Sửa đăng ký webhook' });
    expect(within(form).getByLabelText(/^Địa chỉ nhận \(URL\)/)).toHaveValue('https://his.benhvien.vn/swc');
    expect(within(form).getByRole('checkbox', { name: /^Nhận chuyển gửi/ })).toBeChecked();
    await userEvent.click(within(form).getByRole('checkbox', { name: /^Đóng ca/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText('Đã lưu đăng ký webhook https://his.benhvien.vn/swc.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      url: 'https://his.benhvien.vn/swc',
      eventTypes: ['referral.received', 'case.closed', 'tally.recorded'],
      description: 'HIS khoa Khám bệnh',
      version: 'v-1',
    });
    await waitFor(() => expect(screen.getByTestId('webhook-row')).toHaveTextContent('Đóng ca'));
  });

  it('rotates the secret after confirmation and shows the new one once', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': [his],
      'GET /api/v1/webhooks/subscriptions/s-1/deliveries': page([]),
      'POST /api/v1/webhooks/subscriptions/s-1/secret': { secret: 'whsec_bmV3LXNlY3JldA==' },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Đổi khóa bí mật: https://his.benhvien.vn/swc' }));
    const confirm = await screen.findByRole('dialog', { name: 'Đổi khóa bí mật' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Đổi khóa' }));

    const dialog = await screen.findByRole('dialog', { name: 'Khóa bí mật mới' });
    expect(within(dialog).getByTestId('webhook-secret')).toHaveTextContent('whsec_bmV3LXNlY3JldA==');
    expect(within(dialog).getByText('Khóa bí mật chỉ hiển thị một lần')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/v1/webhooks/subscriptions/s-1/secret']);
  });

  it('pauses and resumes a subscription', async () => {
    let status: 'Active' | 'Paused' = 'Active';
    const current = () => ({ ...his, status, pausedAt: status === 'Paused' ? '2026-12-05T09:00:00Z' : null, pausedReason: status === 'Paused' ? 'owner' : null });
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': () => json([current()]),
      'GET /api/v1/webhooks/subscriptions/s-1/deliveries': page([]),
      'POST /api/v1/webhooks/subscriptions/s-1/pause': () => {
        status = 'Paused';
        return json(current());
      },
      'POST /api/v1/webhooks/subscriptions/s-1/resume': () => {
        status = 'Active';
        return json(current());
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Tạm dừng: https://his.benhvien.vn/swc' }));
    expect(await screen.findByText('Đã tạm dừng gửi tới https://his.benhvien.vn/swc.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('webhook-row')).toHaveTextContent('Tạm dừng từ 05/12/2026 09:00'));

    await userEvent.click(screen.getByRole('button', { name: 'Tiếp tục gửi: https://his.benhvien.vn/swc' }));
    expect(await screen.findByText('Đã tiếp tục gửi tới https://his.benhvien.vn/swc.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('webhook-row')).toHaveTextContent('Đang hoạt động'));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/v1/webhooks/subscriptions/s-1/pause', '/api/v1/webhooks/subscriptions/s-1/resume']);
  });

  it('deletes a subscription only after confirmation', async () => {
    let deleted = false;
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': () => json(deleted ? [] : [his]),
      'GET /api/v1/webhooks/subscriptions/s-1/deliveries': page([]),
      'DELETE /api/v1/webhooks/subscriptions/s-1': () => {
        deleted = true;
        return new Response(null, { status: 204 });
      },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Xóa: https://his.benhvien.vn/swc' }));
    const confirm = await screen.findByRole('dialog', { name: 'Xóa đăng ký webhook' });
    expect(within(confirm).getByText('Nhật ký gửi của đăng ký này cũng bị xóa. Không thể hoàn tác.')).toBeInTheDocument();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Hủy' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Xóa: https://his.benhvien.vn/swc' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Xóa đăng ký webhook' })).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã xóa đăng ký webhook https://his.benhvien.vn/swc.')).toBeInTheDocument();
    await screen.findByText('Chưa có đăng ký webhook nào.');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/v1/webhooks/subscriptions/s-1']);
  });

  it('shows the delivery log and redelivers a failed delivery, but not a pending one', async () => {
    const calls = stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': [portal],
      'GET /api/v1/webhooks/subscriptions/s-2/deliveries': page([pending, failed]),
      'POST /api/v1/webhooks/deliveries/d-2/redeliver': { ...failed, status: 'Pending' },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Nhật ký gửi: https://cong.tinh.vn/hook' }));
    const log = await screen.findByRole('dialog', { name: 'Nhật ký gửi' });
    const rows = await within(log).findAllByTestId('webhook-delivery-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Đang chờ gửi');
    expect(rows[0]).toHaveTextContent('Thử lại lúc 05/12/2026 11:00');
    expect(rows[0]).toHaveTextContent('Connection refused');
    expect(within(rows[0]).queryByRole('button', { name: /Gửi lại/ })).toBeNull();
    expect(rows[1]).toHaveTextContent('Báo cáo đã gửi');
    expect(rows[1]).toHaveTextContent('Thất bại');
    expect(rows[1]).toHaveTextContent('Mã phản hồi 503');
    expect(rows[1]).toHaveTextContent('Service Unavailable');
    expect(rows[1]).toHaveTextContent('7');
    expect(rows[1]).toHaveTextContent('04/12/2026 08:00');

    await userEvent.click(within(rows[1]).getByRole('button', { name: 'Gửi lại sự kiện Báo cáo đã gửi lúc 03/12/2026 08:00' }));
    expect(await within(log).findByText('Đã xếp lịch gửi lại sự kiện Báo cáo đã gửi.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/v1/webhooks/deliveries/d-2/redeliver']);
  });

  it('shows why a redelivery was refused', async () => {
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      'GET /api/v1/webhooks/subscriptions': [portal],
      'GET /api/v1/webhooks/subscriptions/s-2/deliveries': page([failed]),
      'POST /api/v1/webhooks/deliveries/d-2/redeliver': json(
        { title: 'Không thể thực hiện', status: 422, code: 'webhook-delivery-pending', detail: 'Lần gửi này đang chờ gửi: chưa cần gửi lại.' },
        422,
      ),
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Nhật ký gửi: https://cong.tinh.vn/hook' }));
    const log = await screen.findByRole('dialog', { name: 'Nhật ký gửi' });
    await userEvent.click(await within(log).findByRole('button', { name: /^Gửi lại sự kiện/ }));
    const alert = await within(log).findByRole('alert');
    expect(alert).toHaveTextContent('Không gửi lại được');
    expect(alert).toHaveTextContent('Lần gửi này đang chờ gửi: chưa cần gửi lại.');
  });
});
