import { i18n } from '@/lib/i18n';

/**
 * An RFC 9457 ProblemDetails answer from the API, as an Error the UI can catch and show.
 *
 * The API names every problem with a stable machine `code` ("stale-version", "validation-failed",
 * "overdrawn"…). The `message` the user sees is the portal's own text for that code (`errors.<code>`,
 * in the current language, see {@link translateProblemCode}) where it has one, the server's
 * `detail`/`title` otherwise. It is read when shown, so it follows a language switch.
 */
export class ApiProblem extends Error {
  readonly status: number;
  /** The machine code of the problem ("stale-version", "not-found"…), when the server sent one. */
  readonly code?: string;
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
    this.code = typeof problem.code === 'string' && problem.code !== '' ? problem.code : undefined;
    this.title = title;
    this.detail = typeof problem.detail === 'string' ? problem.detail : undefined;
    this.traceId = typeof problem.traceId === 'string' ? problem.traceId : undefined;
    this.errors = normaliseErrors(problem.errors);
    this.body = problem;
    // Error sets `message` on the instance; replace it with one read in the language of the moment.
    Object.defineProperty(this, 'message', {
      get: () => translateProblemCode(this.code) ?? this.serverMessage,
      configurable: true,
      enumerable: false,
    });
  }

  /** The server's own wording (its detail, else its title), in the language the request asked for. */
  get serverMessage(): string {
    return this.detail ?? this.title;
  }

  get isNotFound() {
    return this.status === 404;
  }
}

/**
 * The portal's text for a problem code, `errors.<code>` in the current language (falling back as i18next
 * does, Vietnamese first), or undefined when the portal has none. The generic codes live in the common
 * namespace; a feature may word its own business codes under `errors` in its namespace, which counts once
 * the feature's screen has loaded it.
 */
export function translateProblemCode(code: string | undefined): string | undefined {
  if (!code || !i18n.isInitialized) return undefined;
  const key = `errors.${code}`;
  const languages = i18n.languages?.length ? i18n.languages : [i18n.language];
  const namespaces = ['common', ...new Set(languages.flatMap((language) => Object.keys(i18n.store.data[language] ?? {})))].filter(
    (namespace, index, all) => all.indexOf(namespace) === index,
  );
  for (const namespace of namespaces) {
    for (const language of languages) {
      const text: unknown = i18n.getResource(language, namespace, key);
      if (typeof text === 'string' && text !== '') return i18n.t(key, { ns: namespace, lng: language });
    }
  }
  return undefined;
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
