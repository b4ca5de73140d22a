import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sessionStore } from '@/lib/auth/session';
import { json, renderElement, stubApi } from '@/testing/test-utils';
import enTexts from '../locales/en.json';
import viTexts from '../locales/vi.json';
import { LoginForm } from './login-form';

const translations = { auth: { vi: viTexts, en: enTexts } };

describe('LoginForm', () => {
  it('signs in and keeps the session', async () => {
    const calls = stubApi({
      'POST /api/v1/auth/login': json({ accessToken: 'a', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z' }),
    });
    const onSignedIn = vi.fn();
    renderElement(<LoginForm onSignedIn={onSignedIn} />, { translations });

    await userEvent.type(screen.getByLabelText('Email'), 'province@demo.vn');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'Demo@2026');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(calls[0].body).toEqual({ email: 'province@demo.vn', password: 'Demo@2026' });
    expect(sessionStore.get()?.refreshToken).toBe('r');
  });

  it('shows the server refusal without signing in', async () => {
    stubApi({ 'POST /api/v1/auth/login': json({ title: 'Unauthorized', status: 401, detail: 'Email hoặc mật khẩu không đúng.' }, 401) });
    renderElement(<LoginForm onSignedIn={() => {}} />, { translations });

    await userEvent.type(screen.getByLabelText('Email'), 'province@demo.vn');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Email hoặc mật khẩu không đúng.');
    expect(sessionStore.get()).toBeNull();
  });

  it('puts the server field errors on the fields', async () => {
    stubApi({ 'POST /api/v1/auth/login': json({ title: 'Validation', status: 400, errors: { email: ['Email quá dài.'] } }, 400) });
    renderElement(<LoginForm onSignedIn={() => {}} />, { translations });

    await userEvent.type(screen.getByLabelText('Email'), 'a@b.vn');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Email quá dài.')).toBeInTheDocument();
  });

  it('asks for the code after the password and signs in only once the second step succeeds', async () => {
    const calls = stubApi({
      'POST /api/v1/auth/login': json({ mfa: { challenge: 'ch-1', enrolmentRequired: false, expiresAt: '2030-01-01T00:00:00Z' } }),
      'POST /api/v1/auth/mfa': json({ accessToken: 'a2', refreshToken: 'r2', expiresAt: '2030-01-01T00:00:00Z' }),
    });
    const onSignedIn = vi.fn();
    renderElement(<LoginForm onSignedIn={onSignedIn} />, { translations });

    await userEvent.type(screen.getByLabelText('Email'), 'province@demo.vn');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'Demo@2026');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(sessionStore.get()).toBeNull();

    // A recovery code instead of the app's code.
    await userEvent.click(await screen.findByRole('button', { name: 'Dùng mã khôi phục' }));
    await userEvent.type(screen.getByLabelText('Mã khôi phục'), 'ABCDE-FGHJK');
    await userEvent.click(screen.getByRole('button', { name: 'Xác thực' }));

    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(calls[1].body).toEqual({ challenge: 'ch-1', recoveryCode: 'ABCDE-FGHJK' });
    expect(sessionStore.get()?.refreshToken).toBe('r2');
  });
});
