import { screen, within } from '@testing-library/react';
import { useParams } from 'react-router';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import { facilityAdmin, hospitalId, hospitalProfile, officer, translations } from '../testing/fixtures';
import { FacilityProfile } from './facility-profile';

function ProfileRoute() {
  const { facilityId = '' } = useParams();
  return <FacilityProfile facilityId={facilityId} />;
}

const routes = [{ path: '/facilities/:facilityId', element: <ProfileRoute /> }];

describe('FacilityProfile', () => {
  beforeEach(signIn);

  it('shows the facility and its unit history, keeping corrected and retracted entries visible', async () => {
    stubApi({ 'GET /api/v1/me': officer, [`GET /api/v1/facilities/${hospitalId}`]: hospitalProfile });
    renderRoute(routes, { path: `/facilities/${hospitalId}`, translations });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bệnh viện Đa khoa tỉnh Thanh Hóa' })).toBeInTheDocument();
    const details = screen.getByRole('region', { name: 'Thông tin cơ sở' });
    expect(details).toHaveTextContent('Bệnh viện công lập');
    expect(details).toHaveTextContent('Khám, chữa bệnh');
    expect(details).toHaveTextContent('Công lập');
    expect(details).toHaveTextContent('Phường Ba Đình');
    expect(details).toHaveTextContent('0237 3851 224');
    expect(details).toHaveTextContent('1.450');
    expect(details).toHaveTextContent('01/04/1963');
    expect(screen.getByTestId('current-unit-status')).toHaveTextContent('Phòng CTXH');

    const timeline = screen.getByTestId('unit-history');
    const entries = within(timeline).getAllByTestId('unit-history-entry');
    expect(entries).toHaveLength(5);
    // Oldest first, with the state each entry is in.
    expect(entries.map((e) => e.dataset.state)).toEqual(['superseded', 'retraction', 'superseded', 'inForce', 'current']);

    // The retracted entry stays, struck, and says it was retracted; the retraction names it and why.
    expect(entries[0]).toHaveTextContent('Chỉ có cộng tác viên');
    expect(entries[0]).toHaveTextContent('Đã được thay thế');
    expect(entries[0]).toHaveTextContent('Đã bị rút lại ngày 23/11/2026');
    expect(within(entries[0]).getByText('Chỉ có cộng tác viên')).toHaveStyle({ textDecoration: 'line-through' });
    expect(entries[1]).toHaveTextContent('Rút lại');
    expect(entries[1]).toHaveTextContent('Rút lại bản ghi Chỉ có cộng tác viên hiệu lực từ 10/01/2015');
    expect(entries[1]).toHaveTextContent('Lý do: Không có quyết định này');
    expect(entries[1]).toHaveTextContent('bởi tài khoản 7ab3c3c5');
    expect(entries[3]).toHaveTextContent('bởi Lê Văn Minh');

    // The wrong date stays visible next to its correction.
    expect(entries[2]).toHaveTextContent('06/01/2017');
    expect(entries[2]).toHaveTextContent('Đã được đính chính ngày 23/11/2026');
    expect(entries[3]).toHaveTextContent('Đính chính');
    expect(entries[3]).toHaveTextContent('Đính chính cho bản ghi Tổ CTXH hiệu lực từ 06/01/2017');
    expect(entries[3]).toHaveTextContent('Lý do: Nhập sai ngày hiệu lực');
    expect(entries[3]).toHaveTextContent('01/06/2017');
    expect(within(entries[3]).getByText('Tổ CTXH')).not.toHaveStyle({ textDecoration: 'line-through' });
    expect(within(entries[3]).getByRole('link', { name: 'Xem bản ghi' })).toHaveAttribute('href', '#unit-entry-e2');

    expect(entries[4]).toHaveTextContent('Phòng CTXH');
    expect(entries[4]).toHaveTextContent('Đang áp dụng');
    expect(entries[4]).toHaveTextContent('512/QĐ-BV');
    expect(entries[4]).toHaveTextContent('Lê Văn Minh');
    expect(entries[4]).toHaveTextContent('Thành lập Phòng Công tác xã hội');
    expect(entries[4]).toHaveTextContent('Ghi nhận lúc 22/11/2026');

    // A province officer reads; only the facility's own admin records changes.
    expect(screen.queryByTestId('record-unit-change')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Danh sách cơ sở y tế' })).toHaveAttribute('href', '/facilities');
  });

  it('names the signed-in user as the one who recorded an entry, in English too', async () => {
    stubApi({ 'GET /api/v1/me': facilityAdmin, [`GET /api/v1/facilities/${hospitalId}`]: hospitalProfile });
    renderRoute(routes, { path: `/facilities/${hospitalId}`, translations, language: 'en' });

    const entries = await screen.findAllByTestId('unit-history-entry');
    expect(entries[1]).toHaveTextContent('Retracts the entry Collaborators only effective 10/01/2015');
    expect(entries[1]).toHaveTextContent('by you');
    expect(entries[4]).toHaveTextContent('by the system (initial data)');
    // Its own facility: no link back to a registry it does not use.
    expect(screen.queryByRole('link', { name: 'Facilities' })).not.toBeInTheDocument();
  });

  it('shows the not-found page, never data, for a facility the caller may not see', async () => {
    const otherId = 'aa32a17d-2c0a-4ec3-9684-a2e5684ae85b';
    stubApi({
      'GET /api/v1/me': facilityAdmin,
      [`GET /api/v1/facilities/${otherId}`]: json({ title: 'Không tìm thấy / Not found.', status: 404, detail: `Facility '${otherId}' was not found.` }, 404),
    });
    renderRoute(routes, { path: `/facilities/${otherId}`, translations });

    expect(await screen.findByTestId('not-found')).toBeInTheDocument();
    expect(screen.queryByTestId('unit-history')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Thông tin cơ sở' })).not.toBeInTheDocument();
  });

  it('says when no change has been recorded', async () => {
    stubApi({
      'GET /api/v1/me': officer,
      [`GET /api/v1/facilities/${hospitalId}`]: { ...hospitalProfile, currentUnitStatus: 'None', unitHistory: [], closedOn: '2026-01-01' },
    });
    renderRoute(routes, { path: `/facilities/${hospitalId}`, translations });

    expect(await screen.findByTestId('unit-history-empty')).toHaveTextContent('Chưa ghi nhận thay đổi nào');
    expect(screen.getByTestId('current-unit-status')).toHaveTextContent('Chưa có');
    expect(screen.getByText('Đã ngừng hoạt động')).toBeInTheDocument();
  });
});
