import { screen } from '@testing-library/react';
import { renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { TrainingSharesCard } from './training-shares-card';

const translations = { workforce: { vi: viTexts, en: enTexts } };
const admin = {
  id: 'u-1',
  email: 'hospital.admin@demo.vn',
  fullName: 'Lê Văn Minh',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' },
  permissions: ['activities.read'],
};
const figures = {
  year: 2026,
  yearlyHoursThreshold: 24,
  medicalStaffCount: 1450,
  medicalStaffTrained: 466,
  medicalStaffTrainedPercent: 32.1,
  socialWorkStaff: 7,
  certifiedStaff: 3,
  certifiedPercent: 42.9,
  people: 15,
  totalHours: 456,
  hoursPerPerson: 30.4,
  belowThresholdCount: 4,
  hours: [],
};

describe('TrainingSharesCard', () => {
  it('shows the shares the API computed, in Vietnamese and in English', async () => {
    stubApi({ 'GET /api/v1/me': admin, 'GET /api/v1/training/figures': figures });
    signIn();
    renderRoute([{ path: '/', element: <TrainingSharesCard /> }], { translations });
    expect(await screen.findByTestId('share-medical-trained')).toHaveTextContent('32,1 %');
    expect(screen.getByText('466/1.450 người (mục tiêu 80%)')).toBeInTheDocument();
    expect(screen.getByTestId('share-certified')).toHaveTextContent('42,9 %');
    expect(screen.getByText('4 người dưới 24 giờ/năm')).toBeInTheDocument();
  });

  it('says so when the unit has no social-work staff to count', async () => {
    stubApi({ 'GET /api/v1/me': admin, 'GET /api/v1/training/figures': { ...figures, socialWorkStaff: 0, certifiedStaff: 0, certifiedPercent: null } });
    signIn();
    renderRoute([{ path: '/', element: <TrainingSharesCard /> }], { translations, language: 'en' });
    expect(await screen.findByTestId('share-certified')).toHaveTextContent('—');
    expect(screen.getByText('466 of 1,450 (target 80%)')).toBeInTheDocument();
  });
});
