import { addTranslations, i18n, initI18n } from '@/lib/i18n';
import { ApiProblem, fieldPath, translateProblemCode } from './problem';

describe('ApiProblem', () => {
  beforeAll(() => {
    initI18n('vi');
  });

  afterEach(async () => {
    await i18n.changeLanguage('vi');
  });

  it('reads RFC 9457 fields and the validation errors', () => {
    const problem = new ApiProblem(400, {
      title: 'One or more validation errors occurred.',
      status: 400,
      traceId: '00-abc',
      errors: { decisionNumber: ['Số quyết định là bắt buộc.'], 'initialUnit.effectiveDate': ['Ngày không hợp lệ.'] },
    });
    expect(problem.status).toBe(400);
    expect(problem.traceId).toBe('00-abc');
    expect(problem.code).toBeUndefined();
    expect(problem.errors.decisionNumber).toEqual(['Số quyết định là bắt buộc.']);
    expect(problem.message).toBe('One or more validation errors occurred.');
  });

  it('survives a body that is not ProblemDetails', () => {
    const problem = new ApiProblem(502, 'Bad gateway');
    expect(problem.title).toBe('HTTP 502');
    expect(problem.code).toBeUndefined();
    expect(problem.message).toBe('HTTP 502');
    expect(problem.errors).toEqual({});
  });

  it('maps JSON field paths onto form paths', () => {
    expect(fieldPath('decisionNumber')).toEqual(['decisionNumber']);
    expect(fieldPath('InitialUnit.EffectiveDate')).toEqual(['initialUnit', 'effectiveDate']);
    expect(fieldPath('scopes[1]')).toEqual(['scopes', 1]);
  });
});

describe('problem code → message', () => {
  beforeAll(() => {
    initI18n('vi');
  });

  afterEach(async () => {
    await i18n.changeLanguage('vi');
  });

  const stale = { type: 'about:blank', title: 'Xung đột dữ liệu', status: 409, detail: 'Bản ghi đã được người khác thay đổi; hãy tải lại.', code: 'stale-version' };

  it('shows the SPA’s own translation of a code it knows, in the current language', async () => {
    const problem = new ApiProblem(409, stale);
    expect(problem.code).toBe('stale-version');
    expect(problem.message).toBe(i18n.t('errors.stale-version', { lng: 'vi' }));
    expect(problem.message).toMatch(/người khác thay đổi/);
    expect(problem.serverMessage).toBe(stale.detail);

    await i18n.changeLanguage('en');
    expect(problem.message).toMatch(/Someone else changed this record/);
    expect(new ApiProblem(409, stale).message).toMatch(/Someone else changed this record/);
  });

  it('translates every generic code the API sends, in both languages', async () => {
    const codes = [
      'validation-failed', 'malformed-request', 'malformed-json', 'unauthenticated', 'authentication-required', 'token-required',
      'token-invalid', 'forbidden', 'permission-required', 'not-found', 'conflict', 'stale-version', 'duplicate', 'business-rule',
      'too-many-requests', 'internal-error', 'request-cancelled',
    ];
    for (const language of ['vi', 'en']) {
      await i18n.changeLanguage(language);
      for (const code of codes) {
        const text = translateProblemCode(code);
        expect(text, `${language}: ${code}`).toBeTruthy();
        expect(text).not.toBe(`errors.${code}`);
      }
    }
  });

  it('gives the validation summary from the SPA while the field errors stay the server’s', () => {
    const problem = new ApiProblem(400, {
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      code: 'validation-failed',
      errors: { decisionNumber: ['Số quyết định là bắt buộc.'] },
    });
    expect(problem.message).toBe(i18n.t('errors.validation-failed'));
    expect(problem.errors).toEqual({ decisionNumber: ['Số quyết định là bắt buộc.'] });
  });

  it('falls back to the server’s detail for a code the SPA has no text for', () => {
    const problem = new ApiProblem(422, { title: 'Không thể thực hiện', status: 422, detail: 'Số lượng trong kho không đủ.', code: 'out-of-stock' });
    expect(problem.code).toBe('out-of-stock');
    expect(translateProblemCode('out-of-stock')).toBeUndefined();
    expect(problem.message).toBe('Số lượng trong kho không đủ.');
  });

  it('falls back to the server’s title when there is neither a known code nor a detail', () => {
    expect(new ApiProblem(422, { title: 'Không thể thực hiện', status: 422, code: 'some-new-rule' }).message).toBe('Không thể thực hiện');
    expect(new ApiProblem(418, { title: 'I am a teapot', status: 418 }).message).toBe('I am a teapot');
  });

  it('does not take a group of texts or an empty code for a translation', () => {
    // "errors" itself and a non-string code are not codes the SPA words.
    expect(new ApiProblem(400, { title: 'T', detail: 'D', code: '' }).message).toBe('D');
    expect(new ApiProblem(400, { title: 'T', detail: 'D', code: 42 }).code).toBeUndefined();
    expect(translateProblemCode(undefined)).toBeUndefined();
  });

  it('uses a feature’s wording of its business code once the feature’s texts are loaded', async () => {
    const body = { title: 'Không thể thực hiện', status: 422, detail: 'Số dư không đủ (máy chủ).', code: 'demo-overdrawn' };
    expect(new ApiProblem(422, body).message).toBe('Số dư không đủ (máy chủ).');
    addTranslations('demo-fund', {
      vi: { errors: { 'demo-overdrawn': 'Số dư tiền mặt không đủ.' } },
      en: { errors: { 'demo-overdrawn': 'The cash balance does not cover this.' } },
    });
    expect(new ApiProblem(422, body).message).toBe('Số dư tiền mặt không đủ.');
    await i18n.changeLanguage('en');
    expect(new ApiProblem(422, body).message).toBe('The cash balance does not cover this.');
  });
});
