import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderElement, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { MyWorkCard } from './my-work-card';

const translations = { 'my-work': { vi: viTexts, en: enTexts } };
const work = {
  cases: [
    {
      id: 'k-1', caseNumber: 'BV-2026-0042', clientName: 'Hà Thị Cộng', stage: 'Implementation', priority: 'High', riskLevel: 'Medium',
      nextTaskDueOn: '2026-12-13', nextTaskTitle: 'Hẹn tư vấn tiếp: Nỗi lo khi ra viện',
    },
  ],
  tally: { today: 12, thisMonth: 1408, byKind: [{ kind: 'WheelchairEscort', today: 12, thisMonth: 1408 }] },
  logged: [
    { kind: 'Counselling', id: 's-1', date: '2026-12-06', title: 'Nỗi lo khi ra viện', caseId: 'k-1' },
    { kind: 'Charity', id: 'a-1', date: '2026-12-05', title: 'Suất cơm 0 đồng', caseId: null },
  ],
};

describe('MyWorkCard', () => {
  it("shows a collaborator's cases with the next follow-up, their tally and what they logged, and refreshes after logging", async () => {
    const calls = stubApi({
      'GET /api/v1/me': { id: 'u-3', email: 'c@demo.vn', fullName: 'Phạm Thu Hà', role: 'Collaborator', isApiClient: false, permissions: ['cases.work', 'activities.log'] },
      'GET /api/v1/my-work': work,
    });
    signIn();
    renderElement(<MyWorkCard actions={(refresh) => <button onClick={refresh}>Ghi</button>} />, { translations });

    const row = await screen.findByTestId('my-case');
    expect(row).toHaveTextContent('BV-2026-0042');
    expect(row).toHaveTextContent('Thực hiện');
    expect(row).toHaveTextContent('Việc tiếp: 13/12/2026 — Hẹn tư vấn tiếp: Nỗi lo khi ra viện');
    expect(screen.getByRole('link', { name: 'Hà Thị Cộng' })).toHaveAttribute('href', '/cases/k-1');
    expect(screen.getByTestId('my-tally-today')).toHaveTextContent('12');
    expect(screen.getByTestId('my-tally-month')).toHaveTextContent('1.408');
    const logged = screen.getAllByTestId('my-logged');
    expect(logged[0]).toHaveTextContent('06/12/2026Tư vấnNỗi lo khi ra viện');
    expect(logged[1]).toHaveTextContent('Từ thiện');

    const before = calls.filter((c) => c.path === '/api/v1/my-work').length;
    await userEvent.click(screen.getByRole('button', { name: 'Ghi' }));
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/v1/my-work').length).toBeGreaterThan(before));
  });

  it('says so when nothing is assigned or logged yet', async () => {
    stubApi({ 'GET /api/v1/me': { id: 'u-3', email: 'c@demo.vn', fullName: 'Phạm Thu Hà', role: 'Collaborator', isApiClient: false, permissions: ['activities.log'] }, 'GET /api/v1/my-work': { cases: [], tally: { today: 0, thisMonth: 0, byKind: [] }, logged: [] } });
    signIn();
    renderElement(<MyWorkCard />, { translations });
    expect(await screen.findByText('Chưa có trường hợp nào được phân công cho bạn.')).toBeInTheDocument();
    expect(screen.getByText('Bạn chưa ghi hoạt động nào.')).toBeInTheDocument();
  });
});
