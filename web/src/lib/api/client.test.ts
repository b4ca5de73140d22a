import { sessionStore } from '@/lib/auth/session';
import { i18n, initI18n } from '@/lib/i18n';
import { json, signIn, stubApi } from '@/testing/test-utils';
import { api, unwrap } from './client';
import { ApiProblem } from './problem';

describe('api client', () => {
  it('sends the bearer token', async () => {
    signIn();
    let seen = '';
    stubApi({ 'GET /api/v1/me': (request: Request) => ((seen = request.headers.get('authorization') ?? ''), json({ id: '1', permissions: [] })) });
    await unwrap(api.GET('/api/v1/me'));
    expect(seen).toBe('Bearer test-token');
  });

  it('renews an expired access token once for parallel calls and retries them', async () => {
    signIn();
    let refreshes = 0;
    const calls = stubApi({
      'POST /api/v1/auth/refresh': () => {
        refreshes++;
        return json({ accessToken: 'renewed', refreshToken: 'r2', expiresAt: new Date(Date.now() + 900_000).toISOString() });
      },
      'GET /api/v1/me': (request: Request) =>
        request.headers.get('authorization') === 'Bearer renewed' ? json({ id: '1', permissions: [] }) : json({ title: 'Unauthorized', status: 401 }, 401),
    });
    const results = await Promise.all([unwrap(api.GET('/api/v1/me')), unwrap(api.GET('/api/v1/me')), unwrap(api.GET('/api/v1/me'))]);
    expect(results.map((me) => me.id)).toEqual(['1', '1', '1']);
    expect(refreshes).toBe(1);
    expect(calls.filter((call) => call.path === '/api/v1/auth/refresh')[0].body).toEqual({ refreshToken: 'test-refresh' });
    expect(sessionStore.get()?.refreshToken).toBe('r2');
  });

  it('ends the session as expired when the refresh is refused', async () => {
    signIn();
    stubApi({
      'POST /api/v1/auth/refresh': json({ title: 'Unauthorized', status: 401 }, 401),
      'GET /api/v1/me': json({ title: 'Unauthorized', status: 401 }, 401),
    });
    await expect(unwrap(api.GET('/api/v1/me'))).rejects.toBeInstanceOf(ApiProblem);
    expect(sessionStore.get()).toBeNull();
    expect(sessionStore.endedByExpiry()).toBe(true);
  });

  it('throws the ProblemDetails of a refused request', async () => {
    signIn();
    stubApi({ 'GET /api/v1/facilities/{facilityId}': undefined, 'GET /api/v1/facilities/abc': json({ title: 'Not Found', status: 404, traceId: 't-1' }, 404) });
    const error = await unwrap(api.GET('/api/v1/facilities/{facilityId}', { params: { path: { facilityId: 'abc' } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).status).toBe(404);
    expect((error as ApiProblem).traceId).toBe('t-1');
  });

  it('carries the problem code and shows the portal\'s text for it, the server\'s for one it does not know', async () => {
    initI18n('vi');
    await i18n.changeLanguage('vi');
    signIn();
    stubApi({
      'GET /api/v1/facilities/stale': json({ title: 'Xung đột dữ liệu', status: 409, detail: 'Bản ghi đã được người khác thay đổi; hãy tải lại.', code: 'stale-version' }, 409),
      'GET /api/v1/facilities/odd': json({ title: 'Không thể thực hiện', status: 422, detail: 'Quy tắc mới của máy chủ.', code: 'brand-new-rule' }, 422),
    });
    const stale = (await unwrap(api.GET('/api/v1/facilities/{facilityId}', { params: { path: { facilityId: 'stale' } } })).catch((e: unknown) => e)) as ApiProblem;
    expect(stale.code).toBe('stale-version');
    expect(stale.message).toBe(i18n.t('errors.stale-version'));
    expect(stale.serverMessage).toBe('Bản ghi đã được người khác thay đổi; hãy tải lại.');
    const odd = (await unwrap(api.GET('/api/v1/facilities/{facilityId}', { params: { path: { facilityId: 'odd' } } })).catch((e: unknown) => e)) as ApiProblem;
    expect(odd.code).toBe('brand-new-rule');
    expect(odd.message).toBe('Quy tắc mới của máy chủ.');
  });
});
