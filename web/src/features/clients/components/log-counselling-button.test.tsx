import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderElement, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { LogCounsellingButton } from './log-counselling-button';

const translations = { clients: { vi: viTexts, en: enTexts } };

describe('LogCounsellingButton', () => {
  it('lets a collaborator log a session on an assigned case from the start page, sending the case and its client', async () => {
    const calls = stubApi({ 'POST /api/v1/counselling-sessions': { id: 's-9' } });
    const logged = vi.fn();
    renderElement(
      <LogCounsellingButton
        cases={[
          { caseId: 'k-1', clientId: 'c-1', label: 'BV-2026-0042 – Hà Thị Cộng' },
          { caseId: 'k-2', clientId: 'c-2', label: 'BV-2026-0043 – Trần Văn Bình' },
        ]}
        onLogged={logged}
      />,
      { translations },
    );
    const user = userEvent.setup();
    await user.click(screen.getByTestId('log-counselling'));
    expect(screen.getByText('Chọn ca để ghi buổi tham vấn.')).toBeInTheDocument();
    await user.click(screen.getByTestId('counselling-case'));
    await user.click(await screen.findByRole('option', { name: 'BV-2026-0043 – Trần Văn Bình' }));
    await user.type(screen.getByTestId('counselling-topic'), 'Lo lắng trước phẫu thuật');
    await user.click(screen.getByTestId('counselling-submit'));
    await waitFor(() => expect(logged).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({ caseId: 'k-2', clientId: 'c-2', topic: 'Lo lắng trước phẫu thuật', durationMinutes: 30 });
  });

  it('is disabled, saying why, when no case is assigned', () => {
    stubApi({});
    renderElement(<LogCounsellingButton cases={[]} />, { translations });
    const button = screen.getByTestId('log-counselling');
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('title', 'Chưa có ca nào được giao cho bạn');
  });
});
