import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { AreaScreeningCard } from './area-screening-card';

const translations = { targets: { vi: viTexts, en: enTexts } };
const stationHead = {
  id: 'u-2',
  email: 'tram.admin@demo.vn',
  fullName: 'Phạm Thị Lan',
  role: 'FacilityAdmin',
  isApiClient: false,
  facility: { id: 'f-2', code: 'TYT', name: 'Trạm Y tế phường Bạch Đằng', type: 'CommuneHealthStation', group: 'CommuneStation' },
  permissions: ['plans.read', 'plans.write'],
};

describe('AreaScreeningCard', () => {
  it('declares the area figures of the year for the first time, the hardship count left empty', async () => {
    const calls = stubApi({
      'GET /api/v1/me': stationHead,
      'GET /api/v1/area-screening': { year: 2026, childrenInSpecialCircumstances: null, peopleInHardship: null, updatedAt: null, version: null },
      'PUT /api/v1/area-screening': (request: Request) =>
        request
          .clone()
          .json()
          .then((body: Record<string, unknown>) => json({ ...body, updatedAt: '2026-06-30T03:00:00Z', version: 'v1' })),
    });
    signIn();
    renderRoute([{ path: '/', element: <AreaScreeningCard year={2026} editable /> }], { translations });

    expect(await screen.findByText('Chưa khai báo: các tỷ lệ theo địa bàn chưa tính được.')).toBeInTheDocument();
    // An empty children count is not sent: the station must say how many it counted, 0 included.
    await userEvent.click(screen.getByRole('button', { name: 'Lưu số liệu rà soát' }));
    expect(await screen.findByText('Nhập số trẻ em đã rà soát (có thể là 0).')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(screen.getByRole('textbox', { name: /Trẻ em có hoàn cảnh đặc biệt trên địa bàn/ }), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu số liệu rà soát' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ year: 2026, childrenInSpecialCircumstances: 12, peopleInHardship: null, version: null });
  });

  it('shows the declared figures read-only to someone who may not write the plan', async () => {
    stubApi({
      'GET /api/v1/me': { ...stationHead, permissions: ['plans.read'] },
      'GET /api/v1/area-screening': { year: 2026, childrenInSpecialCircumstances: 1234, peopleInHardship: 56, updatedAt: '2026-03-01T02:00:00Z', version: 'v3' },
    });
    signIn();
    renderRoute([{ path: '/', element: <AreaScreeningCard year={2026} editable={false} /> }], { translations });

    const children = await screen.findByRole('textbox', { name: /Trẻ em có hoàn cảnh đặc biệt trên địa bàn/ });
    expect(children).toHaveValue('1.234');
    expect(children).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Lưu số liệu rà soát' })).not.toBeInTheDocument();
  });
});
