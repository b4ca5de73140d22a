import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderElement, signIn, stubApi } from '@/testing/test-utils';
import type { ReportTimeliness as Figures } from '../api/get-report-timeliness';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ReportTimeliness } from './report-timeliness';

const translations = { reports: { vi: viTexts, en: enTexts } };
const provinceId = 'p-1';

const row = (i: number, state: Figures['facilities'][number]['state']) => ({
  facilityId: `f-${i}`,
  code: `F${i}`,
  name: `Trạm Y tế xã số ${i}`,
  type: 'CommuneHealthStation' as const,
  state,
  reportId: null,
  status: null,
  firstSubmittedAt: null,
});

function answer(url: URL): Figures {
  const page = Number(url.searchParams.get('page') ?? 1);
  const state = url.searchParams.get('state');
  return {
    kind: 'Quarter',
    year: 2026,
    number: 3,
    periodName: 'Quý 3/2026',
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    dueOn: '2026-10-15',
    today: '2026-12-06',
    onTime: 1200,
    late: 30,
    overdue: 950,
    notYetDue: 0,
    onTimePercent: 55.05,
    facilities: state === 'Late' ? [row(999, 'Late')] : [row(page * 100, 'Overdue')],
    facilityCount: state === 'Late' ? 30 : 2180,
    page,
    pageSize: 25,
  };
}

function render() {
  signIn();
  const calls = stubApi({
    'GET /api/v1/me': { id: 'u', email: 'o@demo.vn', fullName: 'Cán bộ Sở', role: 'ProvinceOfficer', isApiClient: false, facility: null, province: { id: provinceId, code: 'TH', name: 'Thanh Hóa' }, permissions: ['reports.review'] },
    [`GET /api/v1/provinces/${provinceId}/report-timeliness`]: (_: Request, url: URL) => json(answer(url)),
  });
  renderElement(<ReportTimeliness provinceId={provinceId} />, { translations });
  return calls;
}

describe('ReportTimeliness', () => {
  it('shows the province counts as filter tiles in Vietnamese numbers and one page of facilities', async () => {
    const calls = render();
    expect(await screen.findByTestId('timeliness-count-OnTime', {}, { timeout: 5000 })).toHaveTextContent('1.200');
    expect(screen.getByTestId('timeliness-count-Overdue')).toHaveTextContent('950');
    expect(screen.getByTestId('timeliness-share')).toHaveTextContent('55,05 %');
    expect(screen.getAllByTestId('timeliness-row')).toHaveLength(1);
    expect(screen.getByTestId('pager-range')).toHaveTextContent('1–25 trong 2.180');
    expect(calls.some((c) => c.path.includes('page=1') && c.path.includes('pageSize=25'))).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Trang 2' }));
    expect(await screen.findByText('Trạm Y tế xã số 200')).toBeInTheDocument();
  });

  it('filters by state from its tile, back to the first page', async () => {
    const calls = render();
    await userEvent.click(await screen.findByRole('button', { name: 'Trang 3' }));
    await screen.findByText('Trạm Y tế xã số 300');
    await userEvent.click(screen.getByTestId('timeliness-count-Late'));
    expect(screen.getByTestId('timeliness-count-Late')).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('Trạm Y tế xã số 999')).toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('state=Late') && c.path.includes('page=1'))).toBe(true);
    expect(within(screen.getByTestId('report-timeliness')).getByTestId('pager-range')).toHaveTextContent('1–25 trong 30');
  });

  it('searches facilities by name, sent to the API', async () => {
    const calls = render();
    await screen.findByTestId('timeliness-count-OnTime');
    await userEvent.type(screen.getByLabelText('Tìm đơn vị'), 'dang xa');
    await waitFor(() => expect(calls.some((c) => c.path.includes('search=dang+xa') || c.path.includes('search=dang%20xa'))).toBe(true));
  });
});
