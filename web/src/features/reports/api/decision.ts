/** The body of a workflow step: the version read, and the comment (required to return or reopen). */
export type ReportDecisionInput = { version: string; comment: string | null };
