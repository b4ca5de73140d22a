import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import type { MapFacility, ProvinceMap as ProvinceMapData } from '../api/get-province-map';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ProvinceMap } from './province-map';

const translations = { kpis: { vi: viTexts, en: enTexts } };
const provinceId = 'p-1';

const facility = (id: string, name: string, group: MapFacility['group'], unitStatus: MapFacility['unitStatus'], countsTowardTarget: boolean): MapFacility => ({
  id,
  code: id.toUpperCase(),
  name,
  type: group === 'Curative' ? 'PublicHospital' : group === 'Preventive' ? 'DistrictHealthCentre' : 'CommuneHealthStation',
  group,
  unitStatus,
  countsTowardTarget,
});

const map: ProvinceMapData = {
  provinceId,
  asOf: '2026-12-06',
  facilityCount: 4,
  communes: [
    {
      code: '14758',
      name: 'Phường Hàm Rồng',
      kind: 'phường',
      facilities: [
        facility('bv1', 'Bệnh viện Đa khoa tỉnh', 'Curative', 'Department', true),
        facility('tyt1', 'Trạm Y tế phường Hàm Rồng', 'CommuneStation', 'None', false),
      ],
    },
    { code: '14797', name: 'Phường Hạc Thành', kind: 'phường', facilities: [facility('tyt2', 'Trạm Y tế phường Hạc Thành', 'CommuneStation', 'CollaboratorsOnly', true)] },
    { code: '14812', name: 'Phường Bỉm Sơn', kind: 'phường', facilities: [] },
    { code: null, name: '', kind: null, facilities: [facility('ttyt', 'Trung tâm Y tế Đông Sơn', 'Preventive', 'Team', true)] },
  ],
};

function render() {
  signIn();
  stubApi({
    'GET /api/v1/me': {
      id: 'u-1',
      email: 'province@demo.vn',
      fullName: 'Nguyễn Thị Hồng',
      role: 'ProvinceOfficer',
      isApiClient: false,
      facility: null,
      province: { id: provinceId, code: 'TH', name: 'Thanh Hóa' },
      permissions: ['kpis.read-province'],
    },
    [`GET /api/v1/provinces/${provinceId}/kpis/map`]: (_: Request, url: URL) => (url.searchParams.get('asOf') === '2026-12-06' ? json(map) : undefined),
  });
  return renderRoute(
    [
      { path: '/province', element: <ProvinceMap provinceId={provinceId} asOf="2026-12-06" /> },
      { path: '/facilities/:facilityId', element: <p>facility profile</p> },
    ],
    { path: '/province', translations },
  );
}

describe('ProvinceMap', () => {
  it('draws a tile per official commune, a dot per facility coloured by status, ringed when it pulls its share down', async () => {
    render();
    const grid = await screen.findByRole('list', { name: 'Các xã/phường của tỉnh' });
    expect(within(grid).getAllByRole('listitem')).toHaveLength(4);
    const hamRong = screen.getByTestId('commune-14758');
    expect(hamRong).toHaveAccessibleName('Phường Hàm Rồng: 2 cơ sở, 1 cơ sở kéo tỷ lệ xuống');
    const station = within(hamRong).getByRole('link', { name: 'Trạm Y tế phường Hàm Rồng – Chưa có – kéo tỷ lệ xuống' });
    expect(station).toHaveAttribute('data-status', 'None');
    expect(station).toHaveAttribute('data-pulling', 'true');
    expect(station.style.background).toContain('red');
    expect(within(hamRong).getByRole('link', { name: 'Bệnh viện Đa khoa tỉnh – Phòng CTXH' }).style.outline).toBe('');
    expect(within(screen.getByTestId('commune-14812')).getByText('Chưa có cơ sở')).toBeInTheDocument();
    expect(within(screen.getByTestId('commune-unplaced')).getByText('Chưa ghi xã/phường')).toBeInTheDocument();
    // The legend counts each status and the facilities pulling a share down.
    const legend = screen.getByTestId('map-legend');
    expect(legend).toHaveTextContent('Chưa có (1)');
    expect(legend).toHaveTextContent('Phòng CTXH (1)');
    expect(legend).toHaveTextContent('Kéo tỷ lệ xuống (1)');
  });

  it('filters by group, by commune name without accents, and to communes with laggards', async () => {
    render();
    await screen.findByTestId('map-grid');
    await userEvent.type(screen.getByLabelText('Tìm xã/phường'), 'hac thanh');
    expect(within(screen.getByTestId('map-grid')).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.clear(screen.getByLabelText('Tìm xã/phường'));

    await userEvent.click(screen.getByRole('switch', { name: 'Chỉ xã/phường có cơ sở kéo tỷ lệ xuống' }));
    expect(within(screen.getByTestId('map-grid')).getAllByRole('listitem').map((li) => li.dataset.testid)).toEqual(['commune-14758']);
    await userEvent.click(screen.getByRole('switch', { name: 'Chỉ xã/phường có cơ sở kéo tỷ lệ xuống' }));

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Nhóm cơ sở' }), 'Khám, chữa bệnh');
    expect(screen.getAllByTestId('map-facility')).toHaveLength(1);
    expect(screen.getByTestId('map-legend')).toHaveTextContent('Chưa có (0)');
  });

  it('opens the facility from its tile', async () => {
    const { router } = render();
    await userEvent.click(await screen.findByRole('link', { name: /Trung tâm Y tế Đông Sơn/ }));
    expect(router.state.location.pathname).toBe('/facilities/ttyt');
  });
});
