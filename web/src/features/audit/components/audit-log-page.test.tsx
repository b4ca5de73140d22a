import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { AuditLogPage } from './audit-log-page';

const translations = { audit: { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh', type: 'PublicHospital', group: 'Curative' };
const unitHead = {
  id: 'u-head',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility,
  permissions: ['audit.read'],
};
const platformAdmin = { ...unitHead, id: 'u-platform', role: 'PlatformAdmin', facility: null, permissions: ['audit.read-platform'] };

const read = {
  id: 'a-2',
  position: 2,
  at: '2026-12-05T03:15:00Z',
  userId: 'u-head',
  userName: 'Lê Văn Minh',
  action: 'client.view-identifiers',
  entityType: 'Client',
  entityId: '3b0f6a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  detail: null,
};
const page = (items: unknown[]) => ({ items, page: 1, pageSize: 25, totalCount: items.length, totalPages: items.length ? 1 : 0 });
const ok = (chain: string, count: number) => ({ chain, ok: true, count, lastHash: 'ab'.repeat(32), firstBreak: null });

function renderPage() {
  signIn();
  return renderRoute([{ path: '/audit', element: <AuditLogPage /> }], { path: '/audit', translations });
}

describe('AuditLogPage', () => {
  it('shows the facility log by name and filters by the person clicked and by Vietnamese dates', async () => {
    const calls = stubApi({ 'GET /api/v1/me': unitHead, 'GET /api/v1/audit/entries': page([read]) });
    renderPage();
    const row = await screen.findByTestId('audit-row');
    expect(row).toHaveTextContent('Lê Văn Minh');
    expect(row).toHaveTextContent('Xem giấy tờ tùy thân');
    expect(row).toHaveTextContent('Đối tượng');

    await userEvent.click(screen.getByRole('button', { name: 'Lọc theo người: Lê Văn Minh' }));
    expect(await screen.findByText('Người thực hiện: Lê Văn Minh')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Từ ngày'), '01/12/2026');
    await waitFor(() =>
      expect(calls.some((c) => c.path.startsWith('/api/v1/audit/entries?') && c.path.includes('userId=u-head') && c.path.includes('from=2026-12-01'))).toBe(true),
    );
  });

  it('names the first broken link of a chain and says the other is intact', async () => {
    stubApi({
      'GET /api/v1/me': unitHead,
      'GET /api/v1/audit/entries': page([read]),
      'GET /api/v1/audit/verification': (_: Request, url: URL) =>
        new Response(
          JSON.stringify(
            url.searchParams.get('chain') === 'Ledger'
              ? ok('ledger', 12)
              : {
                  chain: 'audit',
                  ok: false,
                  count: 1,
                  lastHash: 'cd'.repeat(32),
                  firstBreak: { rowId: 'a-2', position: 2, problem: 'content', expected: 'ef'.repeat(32), found: '01'.repeat(32) },
                },
          ),
          { headers: { 'content-type': 'application/json' } },
        ),
    });
    renderPage();
    await screen.findByTestId('audit-row');
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }));
    const audit = await screen.findByTestId('chain-audit');
    expect(audit).toHaveAttribute('data-ok', 'false');
    expect(audit).toHaveTextContent('Chuỗi nhật ký kiểm toán đã bị can thiệp');
    expect(audit).toHaveTextContent('Nội dung bản ghi ở vị trí 2 đã bị sửa sau khi ghi.');
    expect(audit).toHaveTextContent('a-2');
    expect(audit).toHaveTextContent('ef'.repeat(32));
    expect(screen.getByTestId('chain-ledger')).toHaveTextContent('Chuỗi sổ thu chi tài trợ toàn vẹn');
    expect(screen.getByTestId('chain-ledger')).toHaveTextContent('12 bản ghi');
  });

  it('shows the platform admin the platform log and its chain', async () => {
    const calls = stubApi({
      'GET /api/v1/me': platformAdmin,
      'GET /api/v1/platform/audit/entries': page([{ ...read, action: 'province.create', entityType: 'Province' }]),
      'GET /api/v1/platform/audit/verification': ok('platform-audit', 1),
    });
    renderPage();
    expect(await screen.findByTestId('audit-row')).toHaveTextContent('Tạo tỉnh');
    expect(screen.getByText('Các thao tác của nền tảng: tỉnh, cơ sở và tài khoản do quản trị nền tảng tạo')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }));
    expect(await screen.findByTestId('chain-platform-audit')).toHaveTextContent('Chuỗi nhật ký nền tảng toàn vẹn');
    expect(calls.some((c) => c.path.startsWith('/api/v1/audit/'))).toBe(false);
  });
});
