/** An RFC 9457 ProblemDetails answer from the API, as an Error the UI can catch and show. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly traceId?: string;
  /** Field errors keyed by the JSON field path the API reported ("decisionNumber", "initialUnit.effectiveDate"). */
  readonly errors: Record<string, string[]>;
  /** The whole body, for the members a screen knows about (e.g. "matches" of a likely duplicate). */
  readonly body: Record<string, unknown>;

  constructor(status: number, body: unknown) {
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const title = typeof problem.title === 'string' ? problem.title : `HTTP ${status}`;
    super(typeof problem.detail === 'string' ? problem.detail : title);
    this.name = 'ApiProblem';
    this.status = status;
    this.title = title;
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    this.traceId = typeof problem.traceId === 'string' ? problem.traceId : undefined;
    this.errors = normaliseErrors(problem.errors);
    this.body = problem;
  }

  get isNotFound() {
    return this.status === 404;
  }
}

function normaliseErrors(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null) return {};
  const result: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(value)) {
    const list = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [String(messages)];
    if (list.length > 0) result[key] = list;
  }
  return result;
}

/** "initialUnit.effectiveDate" or "items[2].name" -> ["initialUnit", "effectiveDate"] / ["items", 2, "name"] (form field paths). */
export function fieldPath(key: string): (string | number)[] {
  return key
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : lowerFirst(part)));
}

function lowerFirst(value: string) {
  return value.length > 0 ? value[0].toLowerCase() + value.slice(1) : value;
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}
