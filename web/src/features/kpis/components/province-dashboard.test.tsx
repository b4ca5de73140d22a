import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import type { KpiRun } from '../api/get-kpi-run';
import type { KpiFigure, KpiLaggard, ProvinceKpis } from '../api/get-province-kpis';
import type { KpiTrend } from '../api/get-kpi-trend';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ProvinceDashboard } from './province-dashboard';

const translations = { kpis: { vi: viTexts, en: enTexts } };
const provinceId = '8513c026-caa1-42bf-a4b6-b8d5e9a87915';
const today = dayjs().format('YYYY-MM-DD');

const officer = {
  id: 'u-1',
  email: 'province@demo.vn',
  fullName: 'Nguyễn Thị Hồng',
  role: 'ProvinceOfficer',
  isApiClient: false,
  facility: null,
  province: { id: provinceId, code: 'TH', name: 'Thanh Hóa (dữ liệu mẫu)' },
  permissions: ['provinces.read', 'facilities.read', 'kpis.read-province', 'kpis.recompute', 'kpis.read-facility'],
};

const laggard = (id: string, code: string, name: string, type: KpiLaggard['type'], unitStatus: KpiLaggard['unitStatus'] = 'None'): KpiLaggard => ({
  facilityId: id,
  code,
  name,
  type,
  unitStatus,
});

function kpis(asOf: string, preventive: Partial<KpiFigure> = {}): ProvinceKpis {
  return {
    provinceId,
    asOf,
    computedAt: '2026-11-22T13:50:06',
    figures: [
      {
        indicator: 'PreventiveSocialWorkShare',
        numerator: 10,
        denominator: 30,
        sharePercent: 33.33,
        targetPercent: 36,
        trajectoryPercent: 31.99,
        state: 'OnTrack',
        laggards: [
          laggard('f-dong-son', 'TTYT-02', 'Trung tâm Y tế huyện Đông Sơn', 'DistrictHealthCentre'),
          laggard('f-ha-trung', 'TTYT-03', 'Trung tâm Y tế huyện Hà Trung', 'DistrictHealthCentre', 'CollaboratorsOnly'),
        ],
        laggardCount: 2,
        ...preventive,
      } as KpiFigure,
      {
        indicator: 'CurativeUnitShare',
        numerator: 34,
        denominator: 40,
        sharePercent: 85,
        targetPercent: 100,
        trajectoryPercent: null,
        state: 'Behind',
        laggards: [laggard('f-hop-luc', 'BV-TN00', 'Bệnh viện Đa khoa Hợp Lực', 'PrivateHospital', 'CollaboratorsOnly')],
        laggardCount: 1,
      },
      {
        indicator: 'CommuneStationShare',
        numerator: 66,
        denominator: 160,
        sharePercent: 41.25,
        targetPercent: null,
        trajectoryPercent: null,
        state: 'NotJudged',
        laggards: [],
        laggardCount: 0,
      },
    ],
  };
}

const point = (asOf: string, sharePercent: number, live = false) => ({
  asOf,
  live,
  sharePercent,
  numerator: 0,
  denominator: 30,
  targetPercent: 30,
  trajectoryPercent: 0,
  state: 'OnTrack' as const,
  computedAt: '2026-11-22T13:49:44',
});

const preventiveTargets = [2025, 2026, 2027, 2028, 2029, 2030].map((year) => ({
  year,
  targetPercent: year === 2025 ? 30 : 30 + (year - 2025) * 6,
  trajectoryPercent: 30 + (year - 2025) * 6,
}));

const trend: KpiTrend = {
  provinceId,
  series: [
    {
      indicator: 'PreventiveSocialWorkShare',
      points: [point('2023-12-31', 26.67), point('2024-12-31', 33.33), point('2025-12-31', 33.33), point('2026-11-22', 35, true)],
      targets: preventiveTargets,
    },
    {
      indicator: 'CurativeUnitShare',
      points: [point('2024-12-31', 80), point('2025-12-31', 85)],
      targets: preventiveTargets.map(({ year }) => ({ year, targetPercent: 100, trajectoryPercent: 100 })),
    },
    { indicator: 'CommuneStationShare', points: [point('2025-12-31', 41.25)], targets: [] },
  ],
  preventiveTargets,
};

const routes = [
  { path: '/province', element: <ProvinceDashboard /> },
  { path: '/facilities/:facilityId', element: <p>facility profile</p> },
];

function render(path = '/province', language: 'vi' | 'en' = 'vi') {
  signIn();
  return renderRoute(routes, { path, translations, language });
}

function standardApi(overrides: Record<string, unknown> = {}) {
  return stubApi({
    'GET /api/v1/me': officer,
    [`GET /api/v1/provinces/${provinceId}/kpis`]: (_: Request, url: URL) => json(kpis(url.searchParams.get('asOf') ?? today)),
    [`GET /api/v1/provinces/${provinceId}/kpis/trend`]: trend,
    [`GET /api/v1/provinces/${provinceId}/kpis/map`]: { provinceId, asOf: today, facilityCount: 0, communes: [] },
    [`GET /api/v1/provinces/${provinceId}/kpis/status-hints`]: { items: [], page: 1, pageSize: 10, totalCount: 0, totalPages: 0 },
    ...overrides,
  });
}

describe('ProvinceDashboard', () => {
  it("shows the province's figures as of today, formatted in Vietnamese", async () => {
    const calls = standardApi();
    render();

    const preventive = await screen.findByTestId('kpi-card-PreventiveSocialWorkShare');
    expect(calls.some((c) => c.path === `/api/v1/provinces/${provinceId}/kpis?asOf=${today}`)).toBe(true);
    expect(within(preventive).getByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('33,33 %');
    expect(within(preventive).getByTestId('kpi-count-PreventiveSocialWorkShare')).toHaveTextContent('10/30');
    expect(within(preventive).getByTestId('kpi-target-PreventiveSocialWorkShare')).toHaveTextContent('36 %');
    expect(within(preventive).getByText(`Chỉ tiêu năm ${today.slice(0, 4)}`)).toBeInTheDocument();
    expect(within(preventive).getByTestId('kpi-trajectory-PreventiveSocialWorkShare')).toHaveTextContent('31,99 %');
    expect(within(preventive).getByTestId('kpi-state-PreventiveSocialWorkShare')).toHaveTextContent('Đúng lộ trình');
    expect(within(preventive).getByText('Tỷ lệ cơ sở y tế dự phòng có bộ phận CTXH')).toBeInTheDocument();

    const curative = screen.getByTestId('kpi-card-CurativeUnitShare');
    expect(within(curative).getByTestId('kpi-share-CurativeUnitShare')).toHaveTextContent('85 %');
    expect(within(curative).getByTestId('kpi-count-CurativeUnitShare')).toHaveTextContent('34/40');
    expect(within(curative).getByTestId('kpi-target-CurativeUnitShare')).toHaveTextContent('100 %');
    expect(within(curative).getByTestId('kpi-state-CurativeUnitShare')).toHaveTextContent('Chậm so với lộ trình');

    const commune = screen.getByTestId('kpi-card-CommuneStationShare');
    expect(within(commune).getByTestId('kpi-share-CommuneStationShare')).toHaveTextContent('41,25 %');
    expect(within(commune).getByTestId('kpi-state-CommuneStationShare')).toHaveTextContent('Theo dõi');
    expect(within(commune).getByText('Chỉ theo dõi, chưa giao chỉ tiêu')).toBeInTheDocument();

    expect(screen.getByRole('heading', { level: 1, name: 'Tổng quan tỉnh' })).toBeInTheDocument();
    expect(screen.getByTestId('kpi-computed-at')).toHaveTextContent('Tính lúc 22/11/2026 13:50');
    expect(screen.getByLabelText(/Ngày tính/)).toHaveValue(dayjs().format('YYYY-MM-DD'));
  });

  it('says a group has no facility instead of showing 0 % behind', async () => {
    standardApi({
      [`GET /api/v1/provinces/${provinceId}/kpis`]: (_: Request, url: URL) =>
        json(kpis(url.searchParams.get('asOf') ?? today, { numerator: 0, denominator: 0, sharePercent: 0, state: 'NoFacility', laggards: [] })),
    });
    render();
    const preventive = await screen.findByTestId('kpi-card-PreventiveSocialWorkShare');
    expect(within(preventive).getByTestId('kpi-empty-PreventiveSocialWorkShare')).toHaveTextContent('Không có cơ sở nào trong nhóm này');
    expect(within(preventive).queryByTestId('kpi-share-PreventiveSocialWorkShare')).not.toBeInTheDocument();
    expect(within(preventive).getByTestId('kpi-state-PreventiveSocialWorkShare')).toHaveTextContent('Không có cơ sở');
    expect(within(preventive).queryByText('Chậm so với lộ trình')).not.toBeInTheDocument();
  });

  it('shows the figures in English with English number formats', async () => {
    standardApi();
    render('/province', 'en');
    expect(await screen.findByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('33.33%');
    expect(screen.getByTestId('kpi-state-CurativeUnitShare')).toHaveTextContent('Behind the trajectory');
    expect(screen.getByRole('button', { name: 'Recompute now' })).toBeInTheDocument();
  });

  it('draws the preventive trend up to today against its path, with the other shares and their own targets on demand', async () => {
    standardApi();
    render();
    const chart = await screen.findByRole('img', { name: /Biểu đồ đường/ });
    // Three year ends and today's live point of the current year.
    expect(within(chart).getAllByTestId('point-PreventiveSocialWorkShare')).toHaveLength(4);
    expect(within(chart).getAllByTestId('point-target-PreventiveSocialWorkShare')).toHaveLength(6);
    expect(within(chart).queryByTestId('point-CurativeUnitShare')).not.toBeInTheDocument();
    expect(within(chart).queryByTestId('point-target-CurativeUnitShare')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Hiện các chỉ số khác' }));
    expect(within(chart).getAllByTestId('point-CurativeUnitShare')).toHaveLength(2);
    // Each indicator its own target line: curative 100 %, none for the stations (followed, not judged).
    expect(within(chart).getAllByTestId('point-target-CurativeUnitShare')).toHaveLength(6);
    expect(within(chart).queryByTestId('point-target-CommuneStationShare')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    expect(screen.getByRole('button', { name: 'Ẩn bảng' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByTestId('line-chart-table')).getByRole('row', { name: /31\/12\/2024/ })).toHaveTextContent('33,33 %');
    expect(within(screen.getByTestId('line-chart-table')).getByRole('row', { name: /22\/11\/2026 \(hôm nay\)/ })).toHaveTextContent('35 %');
  });

  it('hints at the units whose records contradict their declared status, each linking to it', async () => {
    standardApi({
      [`GET /api/v1/provinces/${provinceId}/kpis/status-hints`]: {
        items: [
          {
            facilityId: 'f-tyt',
            code: 'TYT-01',
            name: 'Trạm Y tế phường Hàm Rồng',
            type: 'CommuneHealthStation',
            declaredStatus: 'None',
            kind: 'RecordsShowSocialWork',
            activeStaff: 1,
            activitiesLastYear: 12,
          },
        ],
        page: 1,
        pageSize: 10,
        totalCount: 1,
        totalPages: 1,
      },
    });
    render();
    const hints = await screen.findByTestId('status-hints');
    expect(hints).toHaveTextContent('1 đơn vị có hồ sơ chưa khớp trạng thái khai báo');
    expect(hints).toHaveTextContent('khai báo “Chưa có”, 1 người làm CTXH, 12 hoạt động trong 12 tháng');
    expect(within(hints).getByRole('link', { name: 'Trạm Y tế phường Hàm Rồng' })).toHaveAttribute('href', '/facilities/f-tyt');
  });

  it('shows no hint when the records agree with the declared statuses', async () => {
    const calls = standardApi();
    render();
    await screen.findByTestId('kpi-card-PreventiveSocialWorkShare');
    await waitFor(() => expect(calls.some((c) => c.path.includes('/kpis/status-hints'))).toBe(true));
    expect(screen.queryByTestId('status-hints')).not.toBeInTheDocument();
  });

  it('names the first laggards with their full count and pages through all of them', async () => {
    const many = Array.from({ length: 20 }, (_, i) => laggard(`f-${i}`, `TYT-${i}`, `Trạm Y tế xã số ${i + 1}`, 'CommuneHealthStation'));
    const calls = standardApi({
      [`GET /api/v1/provinces/${provinceId}/kpis`]: (_: Request, url: URL) =>
        json(kpis(url.searchParams.get('asOf') ?? today, { laggards: many, laggardCount: 1234 })),
      [`GET /api/v1/provinces/${provinceId}/kpis/laggards`]: (_: Request, url: URL) =>
        json({
          items: [laggard(`p-${url.searchParams.get('page')}`, 'X', `Cơ sở trang ${url.searchParams.get('page')}`, 'DistrictHealthCentre')],
          page: Number(url.searchParams.get('page')),
          pageSize: 25,
          totalCount: 1234,
          totalPages: 50,
        }),
    });
    render();
    const list = await screen.findByTestId('laggards-PreventiveSocialWorkShare');
    // The first ten inline, the tab and the card count all 1.234.
    expect(within(list).getAllByTestId('laggard-link')).toHaveLength(10);
    expect(screen.getByRole('tab', { name: /\(1\.234\)/ })).toBeInTheDocument();
    expect(screen.getByTestId('kpi-card-PreventiveSocialWorkShare')).toHaveTextContent('1.234 cơ sở kéo tỷ lệ xuống');

    await userEvent.click(within(list).getByRole('button', { name: 'Xem tất cả 1.234 cơ sở' }));
    expect(await within(list).findByText('Cơ sở trang 1')).toBeInTheDocument();
    expect(within(list).getByTestId('pager-range')).toHaveTextContent('1–25 trong 1.234');
    await userEvent.click(within(list).getByRole('button', { name: 'Trang 2' }));
    expect(await within(list).findByText('Cơ sở trang 2')).toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('/kpis/laggards?') && c.path.includes('page=2') && c.path.includes('indicator=PreventiveSocialWorkShare'))).toBe(true);
  });

  it('lists the facilities that pull each share down, each linking to its profile', async () => {
    standardApi();
    const { router } = render();

    const list = await screen.findByTestId('laggards-PreventiveSocialWorkShare');
    const links = within(list).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/facilities/f-dong-son', '/facilities/f-ha-trung']);
    const row = within(list).getByRole('row', { name: /Hà Trung/ });
    expect(row).toHaveTextContent('TTYT-03');
    expect(row).toHaveTextContent('Trung tâm Y tế huyện');
    expect(row).toHaveTextContent('Chỉ có cộng tác viên');

    await userEvent.click(screen.getByRole('tab', { name: /Bệnh viện có tổ\/phòng CTXH/ }));
    const curative = await screen.findByTestId('laggards-CurativeUnitShare');
    expect(within(curative).getByRole('link', { name: 'Bệnh viện Đa khoa Hợp Lực' })).toHaveAttribute('href', '/facilities/f-hop-luc');

    await userEvent.click(within(curative).getByRole('link', { name: 'Bệnh viện Đa khoa Hợp Lực' }));
    expect(router.state.location.pathname).toBe('/facilities/f-hop-luc');
    expect(await screen.findByText('facility profile')).toBeInTheDocument();
  });

  it('refetches the figures as of the date typed into the picker and keeps it in the URL', async () => {
    const calls = standardApi({
      [`GET /api/v1/provinces/${provinceId}/kpis`]: (_: Request, url: URL) => {
        const asOf = url.searchParams.get('asOf')!;
        return json(asOf === '2024-05-01' ? kpis(asOf, { numerator: 8, sharePercent: 26.67, state: 'Behind' }) : kpis(asOf));
      },
    });
    const { router } = render();
    expect(await screen.findByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('33,33 %');

    // The browser's own date field (it shows dd/mm/yyyy in Vietnamese): a whole date applies, a partial one waits.
    const input = await screen.findByTestId('kpi-as-of');
    expect(input).toHaveAccessibleName('Ngày tính');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.change(input, { target: { value: '2024-05-01' } });

    await waitFor(() => expect(screen.getByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('26,67 %'));
    expect(calls.some((c) => c.path === `/api/v1/provinces/${provinceId}/kpis?asOf=2024-05-01`)).toBe(true);
    expect(screen.getByTestId('kpi-count-PreventiveSocialWorkShare')).toHaveTextContent('8/30');
    expect(screen.getByTestId('kpi-state-PreventiveSocialWorkShare')).toHaveTextContent('Chậm so với lộ trình');
    expect(router.state.location.search).toBe('?asOf=2024-05-01');
  });

  it('reads the as-of date from the URL', async () => {
    const calls = standardApi();
    render('/province?asOf=2025-12-31');
    expect(await screen.findByText(/số liệu tính đến ngày 31\/12\/2025/)).toBeInTheDocument();
    expect(calls.some((c) => c.path === `/api/v1/provinces/${provinceId}/kpis?asOf=2025-12-31`)).toBe(true);
    expect(await screen.findByText('Chỉ tiêu năm 2025')).toBeInTheDocument();
  });

  it('recomputes: posts the date, shows the progress, and shows the new figures once the run succeeded', async () => {
    let recomputed = false;
    let polls = 0;
    const run = (status: KpiRun['status'], progressPercent: number): KpiRun => ({
      id: 'run-1',
      provinceId,
      asOf: today,
      jobId: '7',
      status,
      progressPercent,
      error: null,
      requestedAt: '2026-11-22T14:09:05',
      startedAt: status === 'Queued' ? null : '2026-11-22T14:09:05',
      finishedAt: status === 'Succeeded' ? '2026-11-22T14:09:06' : null,
    });
    const calls = standardApi({
      [`GET /api/v1/provinces/${provinceId}/kpis`]: (_: Request, url: URL) =>
        json(recomputed ? kpis(url.searchParams.get('asOf')!, { numerator: 13, sharePercent: 43.33, state: 'Met' }) : kpis(url.searchParams.get('asOf')!)),
      [`POST /api/v1/provinces/${provinceId}/kpis/recompute`]: json(run('Queued', 0), 202),
      [`GET /api/v1/provinces/${provinceId}/kpis/runs/run-1`]: () => {
        polls += 1;
        if (polls === 1) return json(run('Running', 40));
        recomputed = true;
        return json(run('Succeeded', 100));
      },
    });
    render();
    expect(await screen.findByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('33,33 %');
    const figureCalls = () => calls.filter((c) => c.method === 'GET' && c.path.startsWith(`/api/v1/provinces/${provinceId}/kpis?`)).length;
    const before = figureCalls();

    await userEvent.click(screen.getByTestId('recompute-kpis'));

    await waitFor(() => expect(screen.getByTestId('kpi-run-status')).toHaveTextContent('Đang tính (40 %)'));
    expect(screen.getByRole('progressbar', { name: 'Tiến độ tính lại' })).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByTestId('recompute-kpis')).toBeDisabled();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ asOf: today });

    await waitFor(() => expect(screen.getByTestId('kpi-run-status')).toHaveTextContent('Đã xong'), { timeout: 4000 });
    await waitFor(() => expect(screen.getByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('43,33 %'));
    expect(figureCalls()).toBeGreaterThan(before);
    expect(screen.getByTestId('kpi-count-PreventiveSocialWorkShare')).toHaveTextContent('13/30');
    expect(screen.getByTestId('kpi-state-PreventiveSocialWorkShare')).toHaveTextContent('Đạt chỉ tiêu');
    expect(screen.queryByRole('progressbar', { name: 'Tiến độ tính lại' })).not.toBeInTheDocument();
    expect(screen.getByText(/Hoàn tất lúc 22\/11\/2026 14:09/)).toBeInTheDocument();
    expect(screen.getByTestId('recompute-kpis')).toBeEnabled();
    // Polling stopped once the run had finished.
    const pollsAfterSuccess = polls;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(polls).toBe(pollsAfterSuccess);
  });

  it('shows why a recomputation was refused', async () => {
    standardApi({
      [`POST /api/v1/provinces/${provinceId}/kpis/recompute`]: json(
        { title: 'Dữ liệu không hợp lệ', status: 400, errors: { asOf: ['Ngày tính chỉ số phải từ 01/01/2000 đến 31/12/2050.'] } },
        400,
      ),
    });
    render();
    await userEvent.click(await screen.findByTestId('recompute-kpis'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ngày tính chỉ số phải từ 01/01/2000 đến 31/12/2050.');
  });

  it('lets a platform admin pick a province and hides the recompute button without the permission', async () => {
    const other = '11111111-2222-3333-4444-555555555555';
    const calls = stubApi({
      'GET /api/v1/me': { ...officer, role: 'PlatformAdmin', province: null, permissions: ['kpis.read-province'] },
      'GET /api/v1/provinces': [
        { id: provinceId, code: 'TH', name: 'Thanh Hóa', curativeCount: 40, preventiveCount: 30, communeStationCount: 160 },
        { id: other, code: 'NA', name: 'Nghệ An', curativeCount: 1, preventiveCount: 1, communeStationCount: 1 },
      ],
      [`GET /api/v1/provinces/${provinceId}/kpis`]: (_: Request, url: URL) => json(kpis(url.searchParams.get('asOf')!)),
      [`GET /api/v1/provinces/${provinceId}/kpis/trend`]: trend,
      [`GET /api/v1/provinces/${other}/kpis`]: (_: Request, url: URL) =>
        json({ ...kpis(url.searchParams.get('asOf')!, { numerator: 1, denominator: 1, sharePercent: 100, state: 'Met' }), provinceId: other }),
      [`GET /api/v1/provinces/${other}/kpis/trend`]: { ...trend, provinceId: other },
    });
    const { router } = render();

    expect(await screen.findByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('33,33 %');
    expect(screen.queryByTestId('recompute-kpis')).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Tỉnh/thành phố'), { target: { value: other } });
    await waitFor(() => expect(screen.getByTestId('kpi-share-PreventiveSocialWorkShare')).toHaveTextContent('100 %'));
    expect(screen.getByText(/Nghệ An · số liệu tính đến ngày/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith(`/api/v1/provinces/${other}/kpis?asOf=`))).toBe(true);
    expect(router.state.location.search).toBe(`?province=${other}`);
  });

  it('shows the problem when the figures cannot be loaded', async () => {
    standardApi({
      [`GET /api/v1/provinces/${provinceId}/kpis`]: json({ title: 'Server error', status: 500, detail: 'Máy chủ gặp sự cố.' }, 500),
    });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('Máy chủ gặp sự cố.');
    expect(screen.queryByTestId('kpi-card-PreventiveSocialWorkShare')).not.toBeInTheDocument();
  });
});
