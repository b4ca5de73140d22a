import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseOption, json, renderRoute, signIn, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { CasePage } from './case-page';

const translations = { cases: { vi: viTexts, en: enTexts } };
const me = (permissions: string[]) => ({
  id: 'u-1', email: 'x@demo.vn', fullName: 'Lê Văn Minh', role: 'FacilityAdmin', isApiClient: false,
  facility: { id: 'f-1', code: 'BV', name: 'Bệnh viện', type: 'PublicHospital', group: 'Curative' }, permissions,
});
const base = {
  id: 'k-1', caseNumber: 'BV-2026-0042', clientId: 'c-1', clientName: 'Nguyễn Văn An', clientBirthYear: 1970, assignedWorkerId: 'u-2', assignedWorkerName: 'Trần Thị Lan',
  priority: 'High', riskLevel: 'Medium', stage: 'Planning', isSensitive: false, intakeSource: 'Self', presentingProblem: 'Không có tiền về quê',
  urgentNeeds: ['TransportHome'], openedOn: '2026-11-01', closedOn: null, closingReason: null, planApproval: 'Requested', planReviewOn: null,
  planReviewOverdueSince: null, closureApproval: 'None', requestedClosingReason: null, fromReferralId: null, version: 'v-1',
  transitions: [], assessments: [], planGoals: [{ id: 'g-1', goal: 'Về quê an toàn', plannedService: 'Transport', responsible: 'Lan', dueOn: null }],
  approvals: [], services: [], notes: [], tasks: [], riskChanges: [], closureReason: null, requestedClosureReason: null,
};

function renderCase() {
  signIn();
  return renderRoute([{ path: '/cases/:id', element: <CasePage caseId="k-1" /> }], { path: '/cases/k-1', translations });
}

describe('CasePage', () => {
  it('shows the stage in the stepper and holds implementation until the plan is approved', async () => {
    stubApi({ 'GET /api/v1/me': me(['cases.work']), 'GET /api/v1/cases/k-1': base });
    renderCase();
    expect(await screen.findByTestId('case-stage')).toHaveTextContent('Lập kế hoạch');
    expect(screen.getByText('Kế hoạch cần được trưởng đơn vị phê duyệt trước khi thực hiện.')).toBeInTheDocument();
    expect(screen.getByTestId('next-stage')).toBeDisabled();
  });

  it('lets the unit head approve the plan, sending the version read', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me(['cases.work', 'cases.supervise']),
      'GET /api/v1/cases/k-1': base,
      'POST /api/v1/cases/k-1/approval-decisions': json({ ...base, planApproval: 'Approved', version: 'v-2' }),
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('tab-plan'));
    await userEvent.click(await screen.findByTestId('approve-plan'));
    await waitFor(() => expect(screen.getByTestId('plan-approval')).toHaveTextContent('Đã duyệt'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ subject: 'Plan', approve: true, comment: null, version: 'v-1' });
    expect(screen.getByTestId('next-stage')).toBeEnabled();
  });

  it('shows the plan awaiting approval as readable text beside the approve and return actions', async () => {
    const longGoal = 'Hỗ trợ người bệnh về quê an toàn sau khi ra viện, có người thân đón tại bến xe và được trạm y tế xã theo dõi trong hai tuần đầu';
    const calls = stubApi({
      'GET /api/v1/me': me(['cases.work', 'cases.supervise']),
      'GET /api/v1/cases/k-1': { ...base, planGoals: [{ id: 'g-1', goal: longGoal, plannedService: 'Transport', responsible: 'Trần Thị Lan', dueOn: '2026-12-20' }] },
      'POST /api/v1/cases/k-1/approval-decisions': json({ ...base, planApproval: 'Returned', version: 'v-2' }),
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('tab-plan'));
    const goal = await screen.findByTestId('plan-goal-text');
    expect(goal).toHaveTextContent(longGoal);
    expect(goal).toHaveTextContent('20/12/2026');
    expect(goal).toHaveTextContent('Trần Thị Lan');
    expect(screen.queryByTestId('plan-goal')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Mục tiêu' })).not.toBeInTheDocument();
    const decision = screen.getByTestId('plan-decision');
    expect(decision).toContainElement(screen.getByTestId('approve-plan'));
    expect(screen.getByTestId('return-plan')).toBeDisabled();
    await userEvent.type(screen.getByRole('textbox', { name: /Nhận xét/ }), 'Thêm người đón');
    await userEvent.click(screen.getByTestId('return-plan'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ subject: 'Plan', approve: false, comment: 'Thêm người đón', version: 'v-1' }));
  });

  it('lets the unit head reassign the case to a colleague picked by name', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me(['cases.work', 'cases.supervise']),
      'GET /api/v1/cases/k-1': base,
      'GET /api/v1/cases/assignees': [
        { id: 'u-1', fullName: 'Lê Văn Minh', role: 'FacilityAdmin' },
        { id: 'u-2', fullName: 'Trần Thị Lan', role: 'SocialWorker' },
        { id: 'u-3', fullName: 'Phạm Thu Hà', role: 'Collaborator' },
      ],
      'PUT /api/v1/cases/k-1': json({ ...base, assignedWorkerId: 'u-3', assignedWorkerName: 'Phạm Thu Hà', version: 'v-2' }),
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('case-settings'));
    await screen.findByRole('dialog', { name: 'Phân công và mức độ' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Người phụ trách' })).toBeEnabled());
    await chooseOption('Người phụ trách', 'Phạm Thu Hà');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByText('· Phụ trách: Phạm Thu Hà')).toBeInTheDocument());
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ assignedWorkerId: 'u-3', priority: 'High', riskLevel: 'Medium', isSensitive: false, version: 'v-1' });
  });

  it("starts a new assessment at the case's risk level and says when saving would change it", async () => {
    const calls = stubApi({
      'GET /api/v1/me': me(['cases.work']),
      'GET /api/v1/cases/k-1': base,
      'POST /api/v1/cases/k-1/assessments': json({ ...base, version: 'v-2' }),
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('tab-assessments'));
    expect(await screen.findByRole('combobox', { name: 'Mức nguy cơ' })).toHaveValue('Nguy cơ trung bình');
    expect(screen.queryByTestId('risk-change')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Thêm đánh giá' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ riskLevel: 'Medium' }));

    await chooseOption('Mức nguy cơ', 'Nguy cơ thấp');
    expect(screen.getByTestId('risk-change')).toHaveTextContent('Nguy cơ trung bình → Nguy cơ thấp');
  });

  it('shows changes of risk level in the case history', async () => {
    stubApi({
      'GET /api/v1/me': me(['cases.work']),
      'GET /api/v1/cases/k-1': {
        ...base,
        transitions: [{ fromStage: null, toStage: 'Intake', reason: null, at: '2026-11-01T02:00:00Z', byName: 'Trần Thị Lan' }],
        riskChanges: [{ from: 'Medium', to: 'Low', source: 'Assessment', at: '2026-11-03T02:00:00Z', byName: 'Trần Thị Lan' }],
      },
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('tab-history'));
    expect(await screen.findByText('Mức nguy cơ: Nguy cơ trung bình → Nguy cơ thấp')).toBeInTheDocument();
    expect(screen.getByTestId('risk-change-entry')).toHaveTextContent('khi đánh giá');
  });

  it('keeps the assignee fixed for a worker', async () => {
    stubApi({
      'GET /api/v1/me': me(['cases.work']),
      'GET /api/v1/cases/k-1': base,
      'GET /api/v1/cases/assignees': [{ id: 'u-2', fullName: 'Trần Thị Lan', role: 'SocialWorker' }],
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('case-settings'));
    expect(await screen.findByText('Chỉ trưởng đơn vị phân công lại.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Người phụ trách' })).toBeDisabled();
  });

  it('shows the case number and asks for a closure reason from the list, words only for another reason', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me(['cases.work']),
      'GET /api/v1/cases/k-1': { ...base, stage: 'Monitoring', planApproval: 'Approved' },
      'POST /api/v1/cases/k-1/approval-requests': json({ ...base, stage: 'Monitoring', closureApproval: 'Requested', requestedClosureReason: 'GoalsAchieved', version: 'v-2' }),
    });
    renderCase();
    expect(await screen.findByTestId('case-number')).toHaveTextContent('BV-2026-0042');
    await userEvent.click(screen.getByTestId('request-closure'));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Đề nghị kết thúc' });
    expect(confirm).toBeDisabled();
    await chooseOption('Lý do kết thúc', 'Lý do khác');
    expect(confirm).toBeDisabled();
    await chooseOption('Lý do kết thúc', 'Đạt mục tiêu kế hoạch');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ subject: 'Closure', closureReason: 'GoalsAchieved', closingReason: null, version: 'v-1' }));
    expect(await screen.findByText(/Đạt mục tiêu kế hoạch/)).toBeInTheDocument();
  });

  it('says why "Thêm việc" is disabled until the task and its due date are given', async () => {
    stubApi({ 'GET /api/v1/me': me(['cases.work']), 'GET /api/v1/cases/k-1': base });
    renderCase();
    await userEvent.click(await screen.findByTestId('tab-tasks'));
    expect(await screen.findByTestId('add-task')).toBeDisabled();
    expect(screen.getByTestId('add-task-missing')).toHaveTextContent('Ghi việc cần làm và chọn hạn để thêm.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Việc cần làm' }), 'Gọi điện cho con trai');
    expect(screen.getByTestId('add-task-missing')).toHaveTextContent('Chọn hạn để thêm.');
    expect(screen.getByTestId('add-task')).toHaveAccessibleDescription('Chọn hạn để thêm.');
  });

  it('moves to the next stage', async () => {
    const calls = stubApi({
      'GET /api/v1/me': me(['cases.work']),
      'GET /api/v1/cases/k-1': { ...base, stage: 'Intake', planApproval: 'None' },
      'POST /api/v1/cases/k-1/transitions': json({ ...base, stage: 'Assessment', planApproval: 'None', version: 'v-2' }),
    });
    renderCase();
    await userEvent.click(await screen.findByTestId('next-stage'));
    await waitFor(() => expect(screen.getByTestId('case-stage')).toHaveTextContent('Đánh giá'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ toStage: 'Assessment', reason: null, version: 'v-1' });
  });
});
