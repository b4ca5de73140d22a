import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { DonorSelect } from './receipt-modals';

const translations = { fundraising: { vi: viTexts, en: enTexts } };
const me = {
  id: 'u-1', email: 'hospital.worker@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' }, permissions: ['fundraising.record'],
};
const hoaPhat = { id: 'd-1', name: 'Công ty Hòa Phát', kind: 'Organisation', phone: null, email: null, isAnonymousInPublic: false, receiptCount: 1, cashTotal: 0 };

function Picker() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <DonorSelect label="Nhà hảo tâm" value={value} onChange={setValue} />
      <p data-testid="picked">{value ?? 'ẩn danh'}</p>
    </>
  );
}

function renderPicker() {
  signIn();
  return renderRoute([{ path: '/', element: <Picker /> }], { path: '/', translations });
}

describe('DonorSelect', () => {
  it('finds a donor typed without accents', async () => {
    stubApi({ 'GET /api/v1/me': me, 'GET /api/v1/fundraising/donors': { items: [hoaPhat], page: 1, pageSize: 200, totalCount: 1, totalPages: 1 } });
    renderPicker();
    const field = await screen.findByRole('combobox', { name: 'Nhà hảo tâm' });
    await userEvent.type(field, 'hoa phat');
    await userEvent.click(await screen.findByRole('option', { name: 'Công ty Hòa Phát' }));
    expect(screen.getByTestId('picked')).toHaveTextContent('d-1');
  });

  it('offers to add a new name as a donor and picks it, never leaving the receipt anonymous', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me,
      'GET /api/v1/fundraising/donors': { items: [hoaPhat], page: 1, pageSize: 200, totalCount: 1, totalPages: 1 },
      'POST /api/v1/fundraising/donors': json({ ...hoaPhat, id: 'd-2', name: 'Bà Lê Thị Mai', kind: 'Individual' }, 201),
    });
    renderPicker();
    await userEvent.type(await screen.findByRole('combobox', { name: 'Nhà hảo tâm' }), 'Bà Lê Thị Mai');
    await userEvent.click(await screen.findByRole('option', { name: '+ Thêm nhà hảo tâm “Bà Lê Thị Mai”' }));
    await waitFor(() => expect(screen.getByTestId('picked')).toHaveTextContent('d-2'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ kind: 'Individual', name: 'Bà Lê Thị Mai', isAnonymousInPublic: false });
  });
});
