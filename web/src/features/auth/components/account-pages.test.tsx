import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, renderElement, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { ForgotPasswordForm } from './forgot-password-form';
import { SetPasswordForm } from './set-password-form';

const translations = { auth: { vi: viTexts, en: enTexts } };

describe('SetPasswordForm', () => {
  it('checks the length and the repeat before sending the token and the password', async () => {
    const calls = stubApi({ 'POST /api/v1/auth/accept-invitation': () => new Response(null, { status: 204 }) });
    const onDone = vi.fn();
    renderElement(<SetPasswordForm token="tok-1" kind="invitation" onDone={onDone} />, { translations });

    await userEvent.type(screen.getAllByLabelText(/mật khẩu mới/i)[0], 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Đặt mật khẩu' }));
    expect(await screen.findByText('Mật khẩu cần ít nhất 8 ký tự')).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    const [password, repeat] = screen.getAllByLabelText(/mật khẩu mới/i);
    await userEvent.clear(password);
    await userEvent.type(password, 'hoa sen nở trên hồ');
    await userEvent.type(repeat, 'hoa sen nở trên hồ');
    await userEvent.click(screen.getByRole('button', { name: 'Đặt mật khẩu' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls[0].body).toEqual({ token: 'tok-1', password: 'hoa sen nở trên hồ' });
  });

  it('says when a reset link has expired', async () => {
    stubApi({
      'POST /api/v1/auth/reset-password': json({ title: 'Business rule', status: 422, code: 'account-link-expired', detail: 'Liên kết đã hết hạn; hãy yêu cầu một liên kết mới.' }, 422),
    });
    renderElement(<SetPasswordForm token="tok-2" kind="reset" onDone={() => {}} />, { translations });
    const [password, repeat] = screen.getAllByLabelText(/mật khẩu mới/i);
    await userEvent.type(password, 'một cụm từ dài');
    await userEvent.type(repeat, 'một cụm từ dài');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu mật khẩu mới' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('hết hạn');
  });
});

describe('ForgotPasswordForm', () => {
  it('answers the same way whatever the address', async () => {
    const calls = stubApi({ 'POST /api/v1/auth/forgot-password': () => new Response(null, { status: 202 }) });
    renderElement(<ForgotPasswordForm />, { translations });
    await userEvent.type(screen.getByLabelText('Email'), 'ai.do@demo.vn');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi liên kết' }));
    expect(await screen.findByTestId('forgot-password-sent')).toHaveTextContent('Nếu ai.do@demo.vn là email của một tài khoản');
    expect(calls[0].body).toEqual({ email: 'ai.do@demo.vn' });
  });
});
