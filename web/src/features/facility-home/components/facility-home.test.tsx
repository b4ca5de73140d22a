import { screen, within } from '@testing-library/react';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { FacilityHome } from './facility-home';

const translations = { 'facility-home': { vi: viTexts, en: enTexts } };
const facility = { id: 'f-1', code: 'BV-DKT', name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa', type: 'PublicHospital', group: 'Curative' };
const socialWorker = {
  id: 'u-2',
  email: 'hospital.worker@demo.vn',
  fullName: 'Trần Thị Lan',
  role: 'SocialWorker',
  isApiClient: false,
  facility,
  permissions: ['provinces.read', 'facilities.read', 'kpis.read-facility'],
};
const collaborator = { ...socialWorker, id: 'u-3', fullName: 'Đỗ Văn Nam', role: 'Collaborator', permissions: ['facilities.read'] };
const kpis = {
  facilityId: 'f-1',
  asOf: '2026-11-22',
  group: 'Curative',
  unitStatus: 'Department',
  countsTowardTarget: true,
  indicator: 'CurativeUnitShare',
  provinceSharePercent: 85,
  targetPercent: 100,
  provinceState: 'Behind',
};

function renderHome() {
  signIn();
  return renderRoute([{ path: '/home', element: <FacilityHome /> }], { path: '/home', translations });
}

describe('FacilityHome', () => {
  it('greets a social worker and shows the facility’s social-work status', async () => {
    const calls = stubApi({ 'GET /api/v1/me': socialWorker, 'GET /api/v1/facilities/f-1/kpis': kpis });
    renderHome();

    expect(await screen.findByRole('heading', { level: 1, name: 'Xin chào, Trần Thị Lan' })).toBeInTheDocument();
    expect(screen.getByText('Bệnh viện Đa khoa tỉnh Thanh Hóa · Nhân viên CTXH')).toBeInTheDocument();

    const card = await screen.findByTestId('facility-status');
    expect(await within(card).findByText('Phòng CTXH')).toBeInTheDocument();
    expect(card).toHaveTextContent('Khám, chữa bệnh');
    expect(card).toHaveTextContent('Tính vào chỉ tiêu của tỉnh');
    expect(within(card).getByText('Có')).toBeInTheDocument();
    expect(card).toHaveTextContent('Bệnh viện có tổ/phòng CTXH');
    expect(card).toHaveTextContent('85 %');
    expect(card).toHaveTextContent('100 %');
    expect(card).toHaveTextContent('Chậm so với lộ trình');
    expect(card).toHaveTextContent('Số liệu ngày 22/11/2026');
    expect(calls.map((c) => c.path)).toContain('/api/v1/facilities/f-1/kpis');

    expect(screen.getByRole('link', { name: 'Xem hồ sơ đơn vị' })).toHaveAttribute('href', '/my-facility');
  });

  it('shows a collaborator no status card and never asks for the facility’s KPIs', async () => {
    const calls = stubApi({ 'GET /api/v1/me': collaborator });
    renderHome();

    expect(await screen.findByRole('heading', { level: 1, name: 'Xin chào, Đỗ Văn Nam' })).toBeInTheDocument();
    expect(screen.queryByTestId('facility-status')).toBeNull();
    expect(calls.some((c) => c.path.includes('/kpis'))).toBe(false);
    expect(screen.getByRole('link', { name: 'Xem hồ sơ đơn vị' })).toBeInTheDocument();
  });
});
