import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, renderElement, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CaseList } from './case-list';

const translations = { cases: { vi: viTexts, en: enTexts } };
const row = {
  id: 'k-1', caseNumber: 'BV-2026-0042', clientId: 'c-1', clientName: 'Nguyễn Văn An', assignedWorkerId: 'u-2', assignedWorkerName: 'Trần Thị Lan', priority: 'High', riskLevel: 'Medium',
  stage: 'Planning', isSensitive: true, openedOn: '2026-11-01', closedOn: null, planApproval: 'None', closureApproval: 'None',
};

describe('CaseList', () => {
  it('filters by name, stage and "mine", and exports with the same filters', async () => {
    const calls = stubApi({
      'GET /api/v1/me': { id: 'u-2', email: 'w@demo.vn', fullName: 'Trần Thị Lan', role: 'SocialWorker', isApiClient: false, permissions: ['cases.work', 'cases.export'] },
      'GET /api/v1/cases': { items: [row], page: 1, pageSize: 20, totalCount: 1, totalPages: 1 },
      'GET /api/v1/cases/export': () => new Response(new Blob(['xlsx']), { status: 200, headers: { 'content-type': 'application/octet-stream' } }),
    });
    URL.createObjectURL = () => 'blob:cases';
    URL.revokeObjectURL = () => {};
    signIn();
    renderElement(<CaseList />, { translations });

    expect(await screen.findByTestId('case-row')).toHaveTextContent('Nguyễn Văn An');
    expect(screen.getByTestId('case-row')).toHaveTextContent('Lập kế hoạch');
    expect(screen.getByTestId('case-number')).toHaveTextContent('BV-2026-0042');
    await userEvent.type(screen.getByTestId('case-search'), 'nguyen');
    await chooseOption('Bước', 'Lập kế hoạch');
    await userEvent.click(screen.getByRole('switch', { name: 'Chỉ của tôi' }));
    await waitFor(() =>
      expect(calls.some((c) => c.path.startsWith('/api/v1/cases?') && c.path.includes('mine=true') && c.path.includes('stage=Planning') && c.path.includes('search=nguyen'))).toBe(true),
    );

    await userEvent.click(screen.getByTestId('export-cases'));
    await waitFor(() => expect(calls.some((c) => c.path.startsWith('/api/v1/cases/export'))).toBe(true));
    const exported = new URL(calls.find((c) => c.path.startsWith('/api/v1/cases/export'))!.path, 'http://x').searchParams;
    expect(Object.fromEntries(exported)).toEqual({ mine: 'true', openOnly: 'true', stage: 'Planning', search: 'nguyen' });
  });

  it('offers no export to a collaborator, whom the API refuses', async () => {
    stubApi({
      'GET /api/v1/me': { id: 'u-3', email: 'c@demo.vn', fullName: 'Phạm Thu Hà', role: 'Collaborator', isApiClient: false, permissions: ['cases.work'] },
      'GET /api/v1/cases': { items: [row], page: 1, pageSize: 20, totalCount: 1, totalPages: 1 },
    });
    signIn();
    renderElement(<CaseList />, { translations });
    expect(await screen.findByTestId('case-row')).toHaveTextContent('BV-2026-0042');
    expect(screen.queryByTestId('export-cases')).not.toBeInTheDocument();
  });
});
