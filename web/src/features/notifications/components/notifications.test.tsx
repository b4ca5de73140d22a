import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { AwaitingMeCard } from './awaiting-me-card';
import { EmailPreferences } from './email-preferences';
import { NotificationBell } from './notification-bell';
import { NotificationInbox } from './notification-inbox';

const translations = { notifications: { vi: viTexts, en: enTexts } };
const me = {
  id: 'u-1',
  email: 'head@demo.vn',
  fullName: 'Nguyễn Văn Trưởng',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' },
  permissions: [],
};
const item = (id: string, kind: string, text: string, createdAt: string, readAt: string | null = null) => ({
  id,
  kind,
  text,
  recordType: 'case',
  recordId: `c-${id}`,
  path: `/cases/c-${id}`,
  facilityId: 'f-1',
  createdAt,
  readAt,
});

function render(element: React.ReactElement, path = '/') {
  signIn();
  return renderRoute(
    [
      { path: '/', element },
      { path: '/notifications', element },
      { path: '/cases/:caseId', element: <p>case page</p> },
    ],
    { path, translations },
  );
}

describe('NotificationBell', () => {
  it('shows the unread count and links to the inbox', async () => {
    stubApi({ 'GET /api/v1/me': me, 'GET /api/v1/me/notifications/unread-count': { count: 3 } });
    render(<NotificationBell />);
    const bell = await screen.findByRole('link', { name: 'Thông báo: 3 mục chưa đọc' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(screen.getByTestId('notification-count')).toHaveTextContent('3');
  });

  it('shows no count when everything is read', async () => {
    stubApi({ 'GET /api/v1/me': me, 'GET /api/v1/me/notifications/unread-count': { count: 0 } });
    render(<NotificationBell />);
    expect(await screen.findByRole('link', { name: 'Thông báo: không có mục chưa đọc' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).not.toHaveTextContent('0');
  });
});

describe('NotificationInbox', () => {
  it('groups items by day, links each to its record, marks one and all read', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/me/notifications': {
        items: [
          item('1', 'CasePlanApprovalRequested', 'Trần Thị Lan đề nghị duyệt kế hoạch can thiệp của Lê Văn A.', '2026-12-06T02:00:00Z'),
          item('2', 'ReferralReceived', 'Trạm Y tế xã chuyển gửi một đối tượng đến đơn vị.', '2026-12-05T03:00:00Z', '2026-12-05T04:00:00Z'),
        ],
        page: 1,
        pageSize: 50,
        totalCount: 2,
        totalPages: 1,
      },
      'POST /api/v1/me/notifications/1/read': () => new Response(null, { status: 204 }),
      'POST /api/v1/me/notifications/read-all': () => new Response(null, { status: 204 }),
    });
    render(<NotificationInbox />, '/notifications');

    const today = await screen.findByRole('region', { name: '06/12/2026' });
    const first = within(today).getByRole('link', { name: /đề nghị duyệt kế hoạch/ });
    expect(first).toHaveAttribute('href', '/cases/c-1');
    expect(within(today).getByText('Kế hoạch chờ duyệt')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '05/12/2026' })).toHaveTextContent('Chuyển gửi đến');
    expect(calls[1].path).toContain('unreadFirst=true');

    await userEvent.click(within(today).getByRole('button', { name: 'Đã đọc' }));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/me/notifications/1/read')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(calls.find((c) => c.path === '/api/v1/me/notifications/read-all')?.body).toEqual({ kind: null });
  });

  it('filters by the kind in the address', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/me/notifications': { items: [], page: 1, pageSize: 50, totalCount: 0, totalPages: 0 },
    });
    render(<NotificationInbox />, '/notifications?kind=ReportReturned');
    expect(await screen.findByText('Không có thông báo nào.')).toBeInTheDocument();
    expect(calls.find((c) => c.path.startsWith('/api/v1/me/notifications?'))?.path).toContain('kind=ReportReturned');
  });
});

describe('AwaitingMeCard', () => {
  it('counts what awaits me per kind, each opening the inbox on that kind', async () => {
    stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/me/notifications/awaiting': [
        { kind: 'CasePlanApprovalRequested', count: 2 },
        { kind: 'ReferralReceived', count: 1 },
      ],
    });
    render(<AwaitingMeCard />);
    const card = await screen.findByTestId('awaiting-me');
    expect(within(card).getByRole('heading', { name: 'Việc chờ tôi' })).toBeInTheDocument();
    expect(await within(card).findByRole('link', { name: 'Kế hoạch chờ duyệt' })).toHaveAttribute(
      'href',
      '/notifications?kind=CasePlanApprovalRequested',
    );
    expect(card).toHaveTextContent('2');
    expect(within(card).getByRole('link', { name: 'Chuyển gửi đến' })).toBeInTheDocument();
  });
});

describe('EmailPreferences', () => {
  it('saves a kind’s e-mail choice at once', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/me/notification-preferences': [
        { kind: 'ReferralReceived', email: true, urgent: true },
        { kind: 'ReportApproved', email: true, urgent: false },
      ],
      'PUT /api/v1/me/notification-preferences': [
        { kind: 'ReferralReceived', email: true, urgent: true },
        { kind: 'ReportApproved', email: false, urgent: false },
      ],
    });
    render(<EmailPreferences />);
    const approved = await screen.findByRole('checkbox', { name: /Báo cáo được duyệt/ });
    expect(approved).toBeChecked();
    expect(screen.getByText('Gửi ngay')).toBeInTheDocument();
    await userEvent.click(approved);
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ preferences: [{ kind: 'ReportApproved', email: false }] });
    expect(await screen.findByRole('checkbox', { name: /Báo cáo được duyệt/ })).not.toBeChecked();
  });
});
