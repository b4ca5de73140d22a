import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import { officer, page, platformAdmin, provinceId, summary, translations } from '../testing/fixtures';
import { FacilityRegistry } from './facility-registry';

const routes = [
  { path: '/facilities', element: <FacilityRegistry /> },
  { path: '/facilities/:facilityId', element: <div data-testid="profile-page" /> },
];

const listCalls = (calls: { method: string; path: string }[]) =>
  calls.filter((call) => call.method === 'GET' && call.path.startsWith('/api/v1/facilities')).map((call) => new URL(call.path, 'http://x').searchParams);

describe('FacilityRegistry', () => {
  beforeEach(signIn);

  it('sends the filters, the search and the page from the address bar and shows the rows and the total', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/facilities': page([summary(26, { name: 'Bệnh viện Nhi Thanh Hóa', unitStatus: 'Department', unitStatusSince: '2023-04-21' }), summary(27)], 230, 2),
    });
    const { router } = renderRoute(routes, {
      path: '/facilities?type=PublicHospital&group=Curative&unitStatus=Department&search=Thanh%20Hoa&page=2',
      translations,
    });

    const rows = await screen.findAllByTestId('facility-row');
    expect(rows).toHaveLength(2);
    const query = listCalls(calls)[0];
    expect(Object.fromEntries(query)).toEqual({
      type: 'PublicHospital',
      group: 'Curative',
      unitStatus: 'Department',
      search: 'Thanh Hoa',
      page: '2',
      pageSize: '25',
    });
    expect(screen.getByTestId('facility-total')).toHaveTextContent('230 cơ sở y tế');
    expect(screen.getByText('Hiển thị 26–50 trên tổng số 230')).toBeInTheDocument();
    expect(within(rows[0]).getByText('BV-26')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Phòng CTXH')).toBeInTheDocument();
    expect(within(rows[0]).getByText('21/04/2023')).toBeInTheDocument();
    expect(within(rows[0]).getByText('1.450')).toBeInTheDocument();
    expect(screen.getByLabelText('Tìm theo tên hoặc mã')).toHaveValue('Thanh Hoa');

    await userEvent.click(within(rows[0]).getByRole('link', { name: 'Bệnh viện Nhi Thanh Hóa' }));
    expect(await screen.findByTestId('profile-page')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/facilities/${summary(26).id}`);
  });

  it('debounces the search into the address bar, back to page 1', async () => {
    const calls = stubApi({ 'GET /api/v1/me': officer, 'GET /api/v1/facilities': page([summary(1)], 80, 3) });
    const { router } = renderRoute(routes, { path: '/facilities?page=3', translations });
    await screen.findAllByTestId('facility-row');

    // Keystrokes without pauses between them (delay: null): on a busy machine a zero-delay pause can outlast the debounce.
    await userEvent.setup({ delay: null }).type(screen.getByLabelText('Tìm theo tên hoặc mã'), 'Nhi');
    await waitFor(() => expect(router.state.location.search).toBe('?search=Nhi'));
    await waitFor(() => expect(listCalls(calls)).toHaveLength(2));
    const queries = listCalls(calls);
    // One request for the page, one once typing paused: not one per keystroke.
    expect(queries[1].get('search')).toBe('Nhi');
    expect(queries[1].get('page')).toBe('1');

    // The back button brings the previous list and the empty search box back.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByLabelText('Tìm theo tên hoặc mã')).toHaveValue(''));
    expect(router.state.location.search).toBe('?page=3');
  });

  it('filters by unit status and pages through the results', async () => {
    const calls = stubApi({ 'GET /api/v1/me': officer, 'GET /api/v1/facilities': page([summary(1)], 80) });
    const { router } = renderRoute(routes, { path: '/facilities', translations });
    await screen.findAllByTestId('facility-row');

    await chooseOption('Bộ phận CTXH hiện nay', 'Chỉ có cộng tác viên');
    await waitFor(() => expect(router.state.location.search).toBe('?unitStatus=CollaboratorsOnly'));

    await userEvent.click(screen.getByRole('button', { name: 'Trang 2' }));
    await waitFor(() => expect(router.state.location.search).toBe('?unitStatus=CollaboratorsOnly&page=2'));
    await waitFor(() => expect(listCalls(calls).at(-1)?.get('page')).toBe('2'));
    expect(listCalls(calls).at(-1)?.get('unitStatus')).toBe('CollaboratorsOnly');
    // A province officer sees one province: there is no province filter and no province list request.
    expect(screen.queryByRole('combobox', { name: 'Tỉnh/thành phố' })).not.toBeInTheDocument();
    expect(calls.some((call) => call.path.startsWith('/api/v1/provinces'))).toBe(false);
  });

  it('ignores values in the address bar the API would refuse', async () => {
    const calls = stubApi({ 'GET /api/v1/me': officer, 'GET /api/v1/facilities': page([summary(1)], 1) });
    renderRoute(routes, { path: `/facilities?type=Bogus&page=0&pageSize=9999&provinceId=${provinceId}`, translations });
    await screen.findAllByTestId('facility-row');
    expect(Object.fromEntries(listCalls(calls)[0])).toEqual({ page: '1', pageSize: '25' });
  });

  it('lets a platform admin filter by province', async () => {
    const calls = stubApi({
      'GET /api/v1/me': platformAdmin,
      'GET /api/v1/provinces': [{ id: provinceId, code: 'TH', name: 'Thanh Hóa', curativeCount: 40, preventiveCount: 30, communeStationCount: 160 }],
      'GET /api/v1/facilities': page([summary(1)], 1),
    });
    const { router } = renderRoute(routes, { path: '/facilities', translations });
    await screen.findAllByTestId('facility-row');

    await chooseOption('Tỉnh/thành phố', 'Thanh Hóa');
    await waitFor(() => expect(router.state.location.search).toBe(`?provinceId=${provinceId}`));
    await waitFor(() => expect(listCalls(calls).at(-1)?.get('provinceId')).toBe(provinceId));
    expect(within(screen.getAllByTestId('facility-row')[0]).getByText('Thanh Hóa')).toBeInTheDocument();
  });

  it('says so when nothing matches, and clears the filters', async () => {
    const calls = stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/facilities': (_request: Request, url: URL) =>
        json(url.searchParams.get('search') ? page([], 0) : page([summary(1), summary(2)], 2)),
    });
    const { router } = renderRoute(routes, { path: '/facilities?search=zzz', translations });

    expect(await screen.findByText('Không tìm thấy cơ sở y tế nào')).toBeInTheDocument();
    expect(screen.queryByTestId('facility-row')).not.toBeInTheDocument();
    expect(screen.getByTestId('facility-total')).toHaveTextContent('0 cơ sở y tế');

    await userEvent.click(within(screen.getByTestId('facility-empty')).getByRole('button', { name: 'Xóa lọc' }));
    expect(await screen.findAllByTestId('facility-row')).toHaveLength(2);
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Tìm theo tên hoặc mã')).toHaveValue('');
    expect(listCalls(calls).at(-1)?.get('search')).toBeNull();
  });
});
