import { screen, waitFor } from '@testing-library/react';
import { renderElement, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CounsellingLogPage } from './counselling-log-page';

const translations = { clients: { vi: viTexts, en: enTexts } };
const session = (id: string, before: number | null, after: number | null, withRelative = false) => ({
  id, clientId: 'c-1', clientName: 'Nguyễn Văn An', caseId: null, withRelative, relativeName: withRelative ? 'Vợ' : null, heldOn: '2026-03-15',
  durationMinutes: 45, topic: 'Lo âu trước phẫu thuật', counsellorId: 'u-2', counsellorName: 'Trần Thị Lan', distressBefore: before, distressAfter: after,
});

describe('CounsellingLogPage', () => {
  it('lists the period’s sessions with the average distress change over the scored ones', async () => {
    const calls = stubApi({
      'GET /api/v1/me': { id: 'u-2', email: 'w@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false, permissions: ['clients.read'] },
      'GET /api/v1/counselling-sessions': [session('s-1', 8, 4), session('s-2', 6, 5, true), session('s-3', null, null)],
    });
    signIn();
    renderElement(<CounsellingLogPage />, { translations });
    expect(await screen.findAllByTestId('log-row')).toHaveLength(3);
    expect(screen.getByTestId('log-count')).toHaveTextContent('3');
    // (4 − 8 + 5 − 6) / 2 = −2,5
    expect(screen.getByTestId('log-change')).toHaveTextContent('-2,5');
    expect(screen.getByText('Người nhà: Vợ')).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => /from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}/.test(c.path))).toBe(true));
  });
});
