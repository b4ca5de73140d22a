import { ApiProblem, fieldPath } from './problem';

describe('ApiProblem', () => {
  it('reads RFC 9457 fields and the validation errors', () => {
    const problem = new ApiProblem(400, {
      title: 'One or more validation errors occurred.',
      status: 400,
      traceId: '00-abc',
      errors: { decisionNumber: ['Số quyết định là bắt buộc.'], 'initialUnit.effectiveDate': ['Ngày không hợp lệ.'] },
    });
    expect(problem.status).toBe(400);
    expect(problem.traceId).toBe('00-abc');
    expect(problem.errors.decisionNumber).toEqual(['Số quyết định là bắt buộc.']);
    expect(problem.message).toBe('One or more validation errors occurred.');
  });

  it('survives a body that is not ProblemDetails', () => {
    const problem = new ApiProblem(502, 'Bad gateway');
    expect(problem.title).toBe('HTTP 502');
    expect(problem.errors).toEqual({});
  });

  it('maps JSON field paths onto form paths', () => {
    expect(fieldPath('decisionNumber')).toEqual(['decisionNumber']);
    expect(fieldPath('InitialUnit.EffectiveDate')).toEqual(['initialUnit', 'effectiveDate']);
    expect(fieldPath('scopes[1]')).toEqual(['scopes', 1]);
  });
});
