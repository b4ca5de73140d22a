import { screen, within } from '@testing-library/react';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ProvincePlansSection } from './province-plans-section';

const translations = { targets: { vi: viTexts, en: enTexts } };
const officer = {
  id: 'u-9',
  email: 'officer@demo.vn',
  fullName: 'Trần Thị Hoa',
  role: 'ProvinceOfficer',
  isApiClient: false,
  province: { id: 'p-1', name: 'Tỉnh Hòa Bình' },
  permissions: ['plans.review'],
};

describe('ProvincePlansSection', () => {
  it('shows a returned plan as awaiting resubmission with the comment, and offers no view of the rework', async () => {
    stubApi({
      'GET /api/v1/me': officer,
      'GET /api/v1/provinces/p-1/plans': [
        { id: 'plan-1', facilityId: 'f-1', facilityName: 'Bệnh viện Đa khoa Hòa Bình', year: 2026, status: 'Submitted', submittedAt: '2026-02-03T02:00:00Z', reviewComment: null, targets: 4, activities: 9 },
        { id: 'plan-2', facilityId: 'f-2', facilityName: 'Trạm Y tế xã Đông Hưng', year: 2026, status: 'Returned', submittedAt: '2026-02-05T02:00:00Z', reviewComment: 'Bổ sung chỉ tiêu trẻ em', targets: null, activities: null },
      ],
    });
    signIn();
    renderRoute([{ path: '/', element: <ProvincePlansSection provinceId="p-1" year={2026} /> }], { translations });

    const submitted = (await screen.findByText('Bệnh viện Đa khoa Hòa Bình', {}, { timeout: 5000 })).closest('tr')!;
    expect(within(submitted).getByText('4 / 9')).toBeInTheDocument();
    expect(within(submitted).getByRole('button', { name: 'Xem' })).toBeInTheDocument();
    const returned = screen.getByText('Trạm Y tế xã Đông Hưng').closest('tr')!;
    expect(within(returned).getByText('Sở trả lại')).toBeInTheDocument();
    expect(within(returned).getByText('Đã trả lại, chờ cơ sở nộp lại')).toBeInTheDocument();
    expect(within(returned).getByText('Ý kiến khi trả lại: Bổ sung chỉ tiêu trẻ em')).toBeInTheDocument();
    expect(within(returned).queryByRole('button', { name: 'Xem' })).not.toBeInTheDocument();
  });
});
