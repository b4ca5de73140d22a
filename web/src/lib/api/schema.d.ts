/**
 * Generated from openapi/socialworkcloud.v1.json by `npm run api:generate`. Do not edit by hand.
 * A test fails when this file or that document is stale against the API.
 */
export interface paths {
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Third-party clients the caller administers
         * @description Third-party clients the caller administers.
         */
        get: operations["ListApiClients"];
        put?: never;
        /**
         * Register a third-party client; the secret is in this response only
         * @description Register a third-party client; the secret is in this response only.
         */
        post: operations["CreateApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{apiClientId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a client: its tokens stop working at once
         * @description Revoke a client: its tokens stop working at once.
         */
        post: operations["RevokeApiClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's facility's audit log (unit head), filtered by person, record, action and Vietnamese dates, newest first
         * @description The caller's facility's audit log (unit head), filtered by person, record, action and Vietnamese dates, newest first.
         */
        get: operations["ListAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/entries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered audit log as an Excel workbook with Vietnamese headers
         * @description The filtered audit log as an Excel workbook with Vietnamese headers.
         */
        get: operations["ExportAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the facility's audit or ledger hash chain: ok with the row count, or the first broken link
         * @description Recompute the facility's audit or ledger hash chain: ok with the row count, or the first broken link.
         */
        get: operations["VerifyFacilityChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/audit/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The platform's own audit log (platform admin): provinces, facilities, platform accounts
         * @description The platform's own audit log (platform admin): provinces, facilities, platform accounts.
         */
        get: operations["ListPlatformAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/audit/entries/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered platform log as an Excel workbook
         * @description The filtered platform log as an Excel workbook.
         */
        get: operations["ExportPlatformAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/audit/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the platform's audit hash chain
         * @description Recompute the platform's audit hash chain.
         */
        get: operations["VerifyPlatformChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sign in with email and password.
         */
        post: operations["Login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Swap a refresh token for a new token pair (rotation)
         * @description Swap a refresh token for a new token pair (rotation).
         */
        post: operations["Refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of a refresh token
         * @description End the session of a refresh token.
         */
        post: operations["Logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth 2.0 client-credentials grant for third-party systems (form-encoded)
         * @description OAuth 2.0 client-credentials grant for third-party systems (form-encoded).
         */
        post: operations["Token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/accept-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the first password with the link of an invitation e-mail (once, within 72 hours)
         * @description Set the first password with the link of an invitation e-mail (once, within 72 hours).
         */
        post: operations["AcceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a password-reset link; the answer is the same whether or not the address has an account
         * @description E-mail a password-reset link; the answer is the same whether or not the address has an account.
         */
        post: operations["ForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the link of a reset e-mail (once, within 30 minutes); every session ends
         * @description Set a new password with the link of a reset e-mail (once, within 30 minutes); every session ends.
         */
        post: operations["ResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's profile
         * @description The signed-in user's profile.
         */
        get: operations["Profile"];
        /**
         * Change one's name, phone number and language
         * @description Change one's name, phone number and language.
         */
        put: operations["UpdateProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change one's password (the current one required); other sessions end, this one gets new tokens
         * @description Change one's password (the current one required); other sessions end, this one gets new tokens.
         */
        post: operations["ChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the signed-in user, this one included: every live access token stops at once
         * @description End every session of the signed-in user, this one included: every live access token stops at once.
         */
        post: operations["SignOutMyselfEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user or client, its facility or province, and its permissions
         * @description The signed-in user or client, its facility or province, and its permissions.
         */
        get: operations["Me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a sign-in with a code of the authenticator app or a recovery code (each recovery code works once)
         * @description Complete a sign-in with a code of the authenticator app or a recovery code (each recovery code works once).
         */
        post: operations["CompleteMfaSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the MFA enrolment a sign-in requires (an account that must have MFA and has none)
         * @description Start the MFA enrolment a sign-in requires (an account that must have MFA and has none).
         */
        post: operations["StartRequiredMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the required enrolment with a first code: the tokens, and the recovery codes shown once
         * @description Confirm the required enrolment with a first code: the tokens, and the recovery codes shown once.
         */
        post: operations["ConfirmRequiredMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's two-step sign-in: on or off, required or not, recovery codes left
         * @description The signed-in user's two-step sign-in: on or off, required or not, recovery codes left.
         */
        get: operations["MyMfa"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start MFA enrolment: a new secret as a QR code, an otpauth:// URI and text (inactive until confirmed)
         * @description Start MFA enrolment: a new secret as a QR code, an otpauth:// URI and text (inactive until confirmed).
         */
        post: operations["StartMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm enrolment with a code: MFA is on, other sessions end, the recovery codes are shown this once
         * @description Confirm enrolment with a code: MFA is on, other sessions end, the recovery codes are shown this once.
         */
        post: operations["ConfirmMfaEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn MFA off with a current code or the password (refused where MFA is required); other sessions end
         * @description Turn MFA off with a current code or the password (refused where MFA is required); other sessions end.
         */
        post: operations["DisableMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the recovery codes (a current code required); the new ones are shown this once
         * @description Replace the recovery codes (a current code required); the new ones are shown this once.
         */
        post: operations["RegenerateMfaRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/case-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case-management aggregates per facility of a province (counts only; province officers)
         * @description Case-management aggregates per facility of a province (counts only; province officers).
         */
        get: operations["GetProvinceCaseFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cases the caller may see (sensitive ones only to their worker and the unit head; collaborators their own)
         * @description Cases the caller may see (sensitive ones only to their worker and the unit head; collaborators their own).
         */
        get: operations["ListCases"];
        put?: never;
        /**
         * Open a case for a client at intake
         * @description Open a case for a client at intake.
         */
        post: operations["OpenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/work-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My open cases, overdue tasks, plans past review; for the unit head also approvals awaiting a decision and alerts
         * @description My open cases, overdue tasks, plans past review; for the unit head also approvals awaiting a decision and alerts.
         */
        get: operations["GetWorkLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people of the facility a case can be assigned to (unit head, social workers, collaborators): names and roles
         * @description The people of the facility a case can be assigned to (unit head, social workers, collaborators): names and roles.
         */
        get: operations["ListAssignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's figures for a period: cases opened/closed, average days to close, clients by category, children supported, counselling, referrals by status
         * @description The facility's figures for a period: cases opened/closed, average days to close, clients by category, children supported, counselling, referrals by status.
         */
        get: operations["GetCaseFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case list the caller may see as an Excel workbook, identifiers masked
         * @description The case list the caller may see as an Excel workbook, identifiers masked.
         */
        get: operations["ExportCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its transitions, assessments, plan, approvals, services, notes and tasks (reading a sensitive case is audited)
         * @description A case with its transitions, assessments, plan, approvals, services, notes and tasks (reading a sensitive case is audited).
         */
        get: operations["GetCase"];
        /**
         * Assignment, priority, risk level, sensitive mark; send the version you read
         * @description Assignment, priority, risk level, sensitive mark; send the version you read.
         */
        put: operations["UpdateCase"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the case to another stage; skipping or going back needs a reason
         * @description Move the case to another stage; skipping or going back needs a reason.
         */
        post: operations["MoveCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an assessment; a child at high risk raises an alert for the unit head
         * @description Record an assessment; a child at high risk raises an alert for the unit head.
         */
        post: operations["AddAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the case plan; a changed plan needs approval again
         * @description Write the case plan; a changed plan needs approval again.
         */
        put: operations["SavePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/approval-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the unit head to approve the plan or the closure (closing reason required)
         * @description Ask the unit head to approve the plan or the closure (closing reason required).
         */
        post: operations["RequestApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/approval-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unit head approves or returns (with a comment) the plan or the closure
         * @description The unit head approves or returns (with a comment) the plan or the closure.
         */
        post: operations["DecideApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed case with a reason
         * @description Reopen a closed case with a reason.
         */
        post: operations["ReopenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a service delivered (one taxonomy, value in whole VND)
         * @description Record a service delivered (one taxonomy, value in whole VND).
         */
        post: operations["RecordService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a case note
         * @description Add a case note.
         */
        post: operations["AddCaseNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a follow-up task with a due date
         * @description Add a follow-up task with a due date.
         */
        post: operations["AddFollowUpTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/tasks/{taskId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a follow-up task done
         * @description Mark a follow-up task done.
         */
        post: operations["CompleteFollowUpTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unit head has seen an alert (it leaves the work list)
         * @description The unit head has seen an alert (it leaves the work list).
         */
        post: operations["AcknowledgeAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charity/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities held: one-off and confirmed occurrences of schedules
         * @description Activities held: one-off and confirmed occurrences of schedules.
         */
        get: operations["ListCharityActivities"];
        put?: never;
        /**
         * Record a one-off charity or community activity (optionally the donation distribution it handed out)
         * @description Record a one-off charity or community activity (optionally the donation distribution it handed out).
         */
        post: operations["CreateCharityActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charity/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities, beneficiaries and value per kind; occurrences still to confirm
         * @description Activities, beneficiaries and value per kind; occurrences still to confirm.
         */
        get: operations["GetCharitySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charity/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recurring activities with their occurrences still to confirm
         * @description Recurring activities with their occurrences still to confirm.
         */
        get: operations["ListCharitySchedules"];
        put?: never;
        /**
         * Enter a recurring activity once: days of the month or a weekday
         * @description Enter a recurring activity once: days of the month or a weekday.
         */
        post: operations["CreateCharitySchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charity/schedules/{scheduleId}/occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A schedule's occurrences generated from its rule, with their state
         * @description A schedule's occurrences generated from its rule, with their state.
         */
        get: operations["ListCharityOccurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/charity/schedules/{scheduleId}/occurrences/{date}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an occurrence (date yyyy-MM-dd) with the actual counts, or that it was not held
         * @description Confirm an occurrence (date yyyy-MM-dd) with the actual counts, or that it was not held.
         */
        post: operations["ConfirmCharityOccurrence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's clients: search by name from its start or by the given name (accents ignored), or by an identifier; CCCD and phone masked
         * @description The facility's clients: search by name from its start or by the given name (accents ignored), or by an identifier; CCCD and phone masked.
         */
        get: operations["ListClients"];
        put?: never;
        /**
         * Register a client; 409 with the likely duplicates (property 'matches') unless createAnyway is true
         * @description Register a client; 409 with the likely duplicates (property 'matches') unless createAnyway is true.
         */
        post: operations["CreateClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A client's page; full identifiers for callers allowed to see them (each such view is audited)
         * @description A client's page; full identifiers for callers allowed to see them (each such view is audited).
         */
        get: operations["GetClient"];
        /**
         * Correct a client's record; send the version you read. 409 with 'matches' when the new details are another client's, unless saveAnyway is true
         * @description Correct a client's record; send the version you read. 409 with 'matches' when the new details are another client's, unless saveAnyway is true.
         */
        put: operations["UpdateClient"];
        post?: never;
        /**
         * Delete the client where no law keeps the records; 422 naming the records kept otherwise (pseudonymise instead) (audited)
         * @description Delete the client where no law keeps the records; 422 naming the records kept otherwise (pseudonymise instead) (audited).
         */
        delete: operations["EraseClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate into this client, keeping every history (unit head)
         * @description Merge a duplicate into this client, keeping every history (unit head).
         */
        post: operations["MergeClients"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commendations/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Nominations and awards (thi đua, khen thưởng): the facility's own, or the submitted ones of the province's facilities
         * @description With status=Awarded this is the record of awards per facility and per person (search by name, accents ignored).
         */
        get: operations["ListNominations"];
        put?: never;
        /**
         * Draft a nomination of the unit or a person for a year (unit head)
         * @description Draft a nomination of the unit or a person for a year (unit head).
         */
        post: operations["CreateNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commendations/nominations/{nominationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One nomination with its decision
         * @description One nomination with its decision.
         */
        get: operations["GetNomination"];
        /**
         * Edit a draft nomination; send the version you read (409 when stale, 422 once submitted)
         * @description Edit a draft nomination; send the version you read (409 when stale, 422 once submitted).
         */
        put: operations["UpdateNomination"];
        post?: never;
        /**
         * Discard a draft nomination
         * @description Discard a draft nomination.
         */
        delete: operations["DeleteNomination"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commendations/nominations/{nominationId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft nomination to the Health Department
         * @description Submit a draft nomination to the Health Department.
         */
        post: operations["SubmitNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/commendations/nominations/{nominationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a submitted nomination: awarded (decision number and date) or not (reason); final, one per nomination (province officer)
         * @description Decide a submitted nomination: awarded (decision number and date) or not (reason); final, one per nomination (province officer).
         */
        post: operations["DecideNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Communication items, newest first, by channel and dates
         * @description Communication items, newest first, by channel and dates.
         */
        get: operations["ListCommunicationItems"];
        put?: never;
        /**
         * Record a broadcast, article, post, direct session or printed material
         * @description Record a broadcast, article, post, direct session or printed material.
         */
        post: operations["CreateCommunicationItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communication/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Items and audience per channel and month or year
         * @description Items and audience per channel and month or year.
         */
        get: operations["GetCommunicationCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a consent for one purpose, by the client or a guardian
         * @description Record a consent for one purpose, by the client or a guardian.
         */
        post: operations["RecordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a consent from a date; the record stays
         * @description Withdraw a consent from a date; the record stays.
         */
        post: operations["WithdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counselling-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counselling sessions, latest first (at most 500): one client's, or the facility's in a date range
         * @description Counselling sessions, latest first (at most 500): one client's, or the facility's in a date range.
         */
        get: operations["ListCounsellingSessions"];
        put?: never;
        /**
         * Log a counselling session (client or relative; distress 0–10 before and after)
         * @description Log a counselling session (client or relative; distress 0–10 before and after).
         */
        post: operations["RecordCounsellingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility registry: filter by province, type, group, current unit status; search ignores diacritics
         * @description The facility registry: filter by province, type, group, current unit status; search ignores diacritics.
         */
        get: operations["ListFacilities"];
        put?: never;
        /**
         * Onboard a facility into a province (platform admin)
         * @description Onboard a facility into a province (platform admin).
         */
        post: operations["RegisterFacility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{facilityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A facility's profile with its social-work unit's history
         * @description A facility's profile with its social-work unit's history.
         */
        get: operations["GetFacility"];
        /**
         * Edit a facility's profile; send the version you read (409 when stale)
         * @description Edit a facility's profile; send the version you read (409 when stale).
         */
        put: operations["UpdateFacility"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{facilityId}/unit-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a change of the unit's status with its decision and effective date (facility admin)
         * @description Record a change of the unit's status with its decision and effective date (facility admin).
         */
        post: operations["RecordUnitStatusChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{facilityId}/unit-history/{changeId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct or retract an entry of the unit's history; the original stays visible
         * @description Correct or retract an entry of the unit's history; the original stays visible.
         */
        post: operations["CorrectUnitStatusChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's campaigns and general fund with their totals
         * @description The facility's campaigns and general fund with their totals.
         */
        get: operations["ListCampaigns"];
        put?: never;
        /**
         * Start a campaign (in draft) or the facility's standing general fund
         * @description Start a campaign (in draft) or the facility's standing general fund.
         */
        post: operations["CreateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A campaign with its totals and stock
         * @description A campaign with its totals and stock.
         */
        get: operations["GetCampaign"];
        /**
         * Edit a campaign's description and dates; send the version you read (409 when stale)
         * @description Edit a campaign's description and dates; send the version you read (409 when stale).
         */
        put: operations["UpdateCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a campaign forward: draft → open → closed → settled (unit head)
         * @description Move a campaign forward: draft → open → closed → settled (unit head).
         */
        post: operations["ChangeCampaignStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the campaign's public disclosure page; it cannot be withdrawn (unit head)
         * @description Publish the campaign's public disclosure page; it cannot be withdrawn (unit head).
         */
        post: operations["PublishCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The campaign's ledger as a statement: every entry, reversals included, with the running cash balance
         * @description The campaign's ledger as a statement: every entry, reversals included, with the running cash balance.
         */
        get: operations["GetCampaignStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}/cash-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record money received; it gets the facility's next receipt number of the year
         * @description A receipt dated after the campaign's end date (or before its start) is refused with 422.
         */
        post: operations["RecordCashReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}/goods-receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record goods received in kind; they enter the campaign's stock
         * @description Record goods received in kind; they enter the campaign's stock.
         */
        post: operations["RecordGoodsReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/campaigns/{campaignId}/distributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Distribute cash or goods to a client, a department or a group activity; never more than the campaign holds
         * @description Distribute cash or goods to a client, a department or a group activity; never more than the campaign holds.
         */
        post: operations["RecordDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/entries/{entryId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a mistaken entry with the reason; the original stays in the ledger (unit head)
         * @description Reverse a mistaken entry with the reason; the original stays in the ledger (unit head).
         */
        post: operations["ReverseEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/entries/{entryId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a distribution above the facility's threshold (unit head)
         * @description Approve a distribution above the facility's threshold (unit head).
         */
        post: operations["ApproveDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/entries/{entryId}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the beneficiary's acknowledgement, optionally with the signed paper scanned
         * @description Record the beneficiary's acknowledgement, optionally with the signed paper scanned.
         */
        post: operations["AcknowledgeDistribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/entries/{entryId}/acknowledgement/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed paper of an acknowledgement
         * @description The signed paper of an acknowledgement.
         */
        get: operations["GetAcknowledgementScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/entries/{entryId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The printable receipt (biên nhận) for the donor, as a PDF
         * @description The printable receipt (biên nhận) for the donor, as a PDF.
         */
        get: operations["GetReceiptDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/donors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's donors with what each has given; search ignores diacritics
         * @description The facility's donors with what each has given; search ignores diacritics.
         */
        get: operations["ListDonors"];
        put?: never;
        /**
         * Add a donor
         * @description Add a donor.
         */
        post: operations["CreateDonor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/donors/{donorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A donor and their history of gifts
         * @description A donor and their history of gifts.
         */
        get: operations["GetDonor"];
        /**
         * Edit a donor; send the version you read (409 when stale)
         * @description Edit a donor; send the version you read (409 when stale).
         */
        put: operations["UpdateDonor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's approval threshold and yearly fundraising target
         * @description The facility's approval threshold and yearly fundraising target.
         */
        get: operations["GetFundraisingSettings"];
        /**
         * Set the approval threshold and yearly target (unit head)
         * @description Set the approval threshold and yearly target (unit head).
         */
        put: operations["UpdateFundraisingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's figures for a year: raised against the target, patients supported, goods distributed
         * @description The facility's figures for a year: raised against the target, patients supported, goods distributed.
         */
        get: operations["GetFundraisingSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fundraising/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute every campaign's balances and stock from the ledger and compare (unit head)
         * @description Recompute every campaign's balances and stock from the ledger and compare (unit head).
         */
        get: operations["CheckLedgerConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/fundraising": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fundraising totals per facility of a province for a year, with each facility's ledger check (aggregates only)
         * @description Fundraising totals per facility of a province for a year, with each facility's ledger check (aggregates only).
         */
        get: operations["GetProvinceFundraising"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the caller's running check or commit stands: rows read, share of the sheet read, phase
         * @description `token` is the GUID the caller sent in the `Import-Progress` header of its check or commit. Kept for 15 minutes by the replica that ran the import; 404 elsewhere or when unknown.
         */
        get: operations["GetImportProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Past imports of the caller's province or facility, newest first
         * @description Past imports of the caller's province or facility, newest first.
         */
        get: operations["ListImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/facilities/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facilities template (province officer)
         * @description The facilities template (province officer).
         */
        get: operations["GetFacilitiesImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/facilities/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a facilities workbook: every problem by row and column; writes nothing
         * @description Dry run of a facilities workbook: every problem by row and column; writes nothing.
         */
        post: operations["CheckFacilitiesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/facilities/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The facilities workbook with a column naming each row's problems
         * @description The facilities workbook with a column naming each row's problems.
         */
        post: operations["AnnotateFacilitiesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/facilities/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a facilities workbook, all or nothing (422 when the dry run finds problems)
         * @description Import a facilities workbook, all or nothing (422 when the dry run finds problems).
         */
        post: operations["CommitFacilitiesImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The clients template (facility admin)
         * @description The clients template (facility admin).
         */
        get: operations["GetClientsImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a clients workbook: problems by row and column, and rows that look like existing clients
         * @description Dry run of a clients workbook: problems by row and column, and rows that look like existing clients.
         */
        post: operations["CheckClientsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The clients workbook with a column naming each row's problems
         * @description The clients workbook with a column naming each row's problems.
         */
        post: operations["AnnotateClientsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a clients workbook, all or nothing; `decisions` (JSON: [{row, choice: Skip|CreateAnyway}]) for each look-alike row
         * @description Import a clients workbook, all or nothing; `decisions` (JSON: [{row, choice: Skip|CreateAnyway}]) for each look-alike row.
         */
        post: operations["CommitClientsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/staff/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The staff template (facility admin)
         * @description The staff template (facility admin).
         */
        get: operations["GetStaffImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/staff/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a staff workbook: every problem by row and column; writes nothing
         * @description Dry run of a staff workbook: every problem by row and column; writes nothing.
         */
        post: operations["CheckStaffImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/staff/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The staff workbook with a column naming each row's problems
         * @description The staff workbook with a column naming each row's problems.
         */
        post: operations["AnnotateStaffImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/staff/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import staff with practice certificates from a workbook, all or nothing (422 when the dry run finds problems)
         * @description Import staff with practice certificates from a workbook, all or nothing (422 when the dry run finds problems).
         */
        post: operations["CommitStaffImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/departments/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The departments template (facility admin)
         * @description The departments template (facility admin).
         */
        get: operations["GetDepartmentsImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/departments/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a departments workbook: every problem by row and column; writes nothing
         * @description Dry run of a departments workbook: every problem by row and column; writes nothing.
         */
        post: operations["CheckDepartmentsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/departments/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The departments workbook with a column naming each row's problems
         * @description The departments workbook with a column naming each row's problems.
         */
        post: operations["AnnotateDepartmentsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/departments/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import departments and residential groups from a workbook, all or nothing (422 when the dry run finds problems)
         * @description Import departments and residential groups from a workbook, all or nothing (422 when the dry run finds problems).
         */
        post: operations["CommitDepartmentsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/collaborators/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The collaborators template (facility admin)
         * @description The collaborators template (facility admin).
         */
        get: operations["GetCollaboratorsImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/collaborators/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a collaborators workbook: every problem by row and column; writes nothing
         * @description Dry run of a collaborators workbook: every problem by row and column; writes nothing.
         */
        post: operations["CheckCollaboratorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/collaborators/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The collaborators workbook with a column naming each row's problems
         * @description The collaborators workbook with a column naming each row's problems.
         */
        post: operations["AnnotateCollaboratorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/collaborators/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import collaborators from a workbook, all or nothing (422 when the dry run finds problems)
         * @description Import collaborators from a workbook, all or nothing (422 when the dry run finds problems).
         */
        post: operations["CommitCollaboratorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/donors/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The donors template (facility admin)
         * @description The donors template (facility admin).
         */
        get: operations["GetDonorsImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/donors/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a donors workbook: every problem by row and column; writes nothing
         * @description Dry run of a donors workbook: every problem by row and column; writes nothing.
         */
        post: operations["CheckDonorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/donors/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The donors workbook with a column naming each row's problems
         * @description The donors workbook with a column naming each row's problems.
         */
        post: operations["AnnotateDonorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/donors/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import donors from a workbook, all or nothing (422 when the dry run finds problems)
         * @description Import donors from a workbook, all or nothing (422 when the dry run finds problems).
         */
        post: operations["CommitDonorsImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/users/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The users template (platform admin, province officer)
         * @description The users template (platform admin, province officer).
         */
        get: operations["GetUsersImportTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/users/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a users workbook: every problem by row and column; writes nothing
         * @description Dry run of a users workbook: every problem by row and column; writes nothing.
         */
        post: operations["CheckUsersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/users/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The users workbook with a column naming each row's problems
         * @description The users workbook with a column naming each row's problems.
         */
        post: operations["AnnotateUsersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/users/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import user accounts (each invited by e-mail) from a workbook, all or nothing (422 when the dry run finds problems)
         * @description Import user accounts (each invited by e-mail) from a workbook, all or nothing (422 when the dry run finds problems).
         */
        post: operations["CommitUsersImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs-dashboard/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time ticket (60 seconds, once, this session) to open the Hangfire dashboard without a token in the URL
         * @description A one-time ticket (60 seconds, once, this session) to open the Hangfire dashboard without a token in the URL.
         */
        post: operations["OpenJobsDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A province's KPIs as of a date (asOf=yyyy-MM-dd, default today), with the facilities that pull each share down
         * @description A province's KPIs as of a date (asOf=yyyy-MM-dd, default today), with the facilities that pull each share down.
         */
        get: operations["GetProvinceKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/kpis/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stored KPI snapshots over time, with the yearly preventive targets
         * @description Stored KPI snapshots over time, with the yearly preventive targets.
         */
        get: operations["GetKpiTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/kpis/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Queue a background recomputation; follow it at the returned run's URL
         * @description Queue a background recomputation; follow it at the returned run's URL.
         */
        post: operations["RequestKpiRecompute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/kpis/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recomputation's status and progress
         * @description A recomputation's status and progress.
         */
        get: operations["GetKpiRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/kpis/status-hints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facilities whose records (social-work staff, activities in the last 12 months) contradict their declared unit status; a hint, never a change
         * @description The facilities whose records (social-work staff, activities in the last 12 months) contradict their declared unit status; a hint, never a change.
         */
        get: operations["ListStatusHints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{facilityId}/kpis/status-hint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether this facility's records contradict its declared unit status (hint is null when they agree)
         * @description Whether this facility's records contradict its declared unit status (hint is null when they agree).
         */
        get: operations["GetFacilityStatusHint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{facilityId}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where one facility stands as of a date
         * @description Where one facility stands as of a date.
         */
        get: operations["GetFacilityKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My open assigned cases with their next follow-up, my tally today and this month, and what I logged lately
         * @description My open assigned cases with their next follow-up, my tally today and this month, and what I logged lately.
         */
        get: operations["GetMyWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My inbox: newest first (unread first if asked), one kind or only unread, paged
         * @description My inbox: newest first (unread first if asked), one kind or only unread, paged.
         */
        get: operations["ListMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How many of my items are unread (the bell)
         * @description How many of my items are unread (the bell).
         */
        get: operations["GetUnreadNotificationCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/awaiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * "Việc chờ tôi": my unread items that ask me to act, counted per kind
         * @description "Việc chờ tôi": my unread items that ask me to act, counted per kind.
         */
        get: operations["GetAwaitingMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of my items read
         * @description Mark one of my items read.
         */
        post: operations["MarkNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all my unread items read (or those of one kind)
         * @description Mark all my unread items read (or those of one kind).
         */
        post: operations["MarkAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which kinds I also get by e-mail (urgent kinds at once, the rest in the morning digest)
         * @description Which kinds I also get by e-mail (urgent kinds at once, the rest in the morning digest).
         */
        get: operations["GetNotificationPreferences"];
        /**
         * Choose per kind whether it is also e-mailed; the inbox always has every kind
         * @description Choose per kind whether it is also e-mailed; the inbox always has every kind.
         */
        put: operations["UpdateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's reports, or the province's submitted reports (status=Submitted: the inbox)
         * @description The facility's reports, or the province's submitted reports (status=Submitted: the inbox).
         */
        get: operations["ListReports"];
        put?: never;
        /**
         * Start the report of a period (unit head): a draft whose figures a background job generates; follow the returned run
         * @description Start the report of a period (unit head): a draft whose figures a background job generates; follow the returned run.
         */
        post: operations["CreateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A generation's status, step and progress
         * @description A generation's status, step and progress.
         */
        get: operations["GetReportRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report with its figures, narrative and history
         * @description A report with its figures, narrative and history.
         */
        get: operations["GetReport"];
        /**
         * Write the unit's parts of a draft or returned report (number, narrative, recipients, signer)
         * @description Write the unit's parts of a draft or returned report (number, narrative, recipients, signer).
         */
        put: operations["UpdateReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute a draft or returned report's figures from the records, in the background
         * @description Recompute a draft or returned report's figures from the records, in the background.
         */
        post: operations["RegenerateReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the report to the province (unit head); its figures are frozen
         * @description Send the report to the province (unit head); its figures are frozen.
         */
        post: operations["SubmitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted report to the unit with a comment (province officer)
         * @description Return a submitted report to the unit with a comment (province officer).
         */
        post: operations["ReturnReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a submitted report (province officer): it is locked
         * @description Approve a submitted report (province officer): it is locked.
         */
        post: operations["ApproveReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen an approved report for a correction, with the reason (province officer): back to draft
         * @description Reopen an approved report for a correction, with the reason (province officer): back to draft.
         */
        post: operations["ReopenReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report as Excel (format=Xlsx) or as a PDF in the Vietnamese administrative format (format=Pdf)
         * @description The report as Excel (format=Xlsx) or as a PDF in the Vietnamese administrative format (format=Pdf).
         */
        get: operations["ExportReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/report-timeliness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For a period, every facility of the province: submitted on time, late, overdue or not yet due, with the on-time share
         * @description For a period, every facility of the province: submitted on time, late, overdue or not yet due, with the on-time share.
         */
        get: operations["GetReportTimeliness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/report-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the province's due date for a period (default: 15 days after the period ends)
         * @description Set the province's due date for a period (default: 15 days after the period ends).
         */
        put: operations["SetReportDeadline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/consents/{consentId}/legal-ground": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unit head records the legal ground for processing on after this consent was withdrawn (audited)
         * @description The unit head records the legal ground for processing on after this consent was withdrawn (audited).
         */
        post: operations["RecordLegalGround"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The client's data-subject requests with their due dates and status
         * @description The client's data-subject requests with their due dates and status.
         */
        get: operations["ListClientDataRequests"];
        put?: never;
        /**
         * Record a data-subject request (access, correction, restriction, deletion) with the date received; the due date follows (audited)
         * @description Record a data-subject request (access, correction, restriction, deletion) with the date received; the due date follows (audited).
         */
        post: operations["ReceiveDataSubjectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/personal-data-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about the client as a zip of JSON files and a PDF summary (audited)
         * @description Everything held about the client as a zip of JSON files and a PDF summary (audited).
         */
        get: operations["ExportClientData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/restriction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restrict processing: the record becomes read-only and leaves lists and search (audited)
         * @description Restrict processing: the record becomes read-only and leaves lists and search (audited).
         */
        post: operations["RestrictClient"];
        /**
         * Lift the restriction (audited)
         * @description Lift the restriction (audited).
         */
        delete: operations["LiftClientRestriction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/pseudonymisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the client's identifiers and clear the search keys; records and figures stay (audited)
         * @description Replace the client's identifiers and clear the search keys; records and figures stay (audited).
         */
        post: operations["PseudonymiseClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's data-subject requests, soonest due first, overdue ones flagged
         * @description The facility's data-subject requests, soonest due first, overdue ones flagged.
         */
        get: operations["ListDataRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-requests/{requestId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a request as completed or refused (a refusal says why); send the version you read (audited)
         * @description Close a request as completed or refused (a refusal says why); send the version you read (audited).
         */
        post: operations["CloseDataSubjectRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Records past their retention period, as the last monthly review listed them (nothing is deleted automatically)
         * @description Records past their retention period, as the last monthly review listed them (nothing is deleted automatically).
         */
        get: operations["ListRetentionDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 34 provinces of the 2025 reform with the statistics office's codes
         * @description The 34 provinces of the 2025 reform with the statistics office's codes.
         */
        get: operations["ListPlaceProvinces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Communes, wards and special zones of a province; the search ignores accents ("ham rong" finds "Hàm Rồng")
         * @description Communes, wards and special zones of a province; the search ignores accents ("ham rong" finds "Hàm Rồng").
         */
        get: operations["ListPlaceCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's activities and workforce per facility of a province: reception, communication, charity, staff, certificates, training shares (figures only)
         * @description A year's activities and workforce per facility of a province: reception, communication, charity, staff, certificates, training shares (figures only).
         */
        get: operations["GetProvinceActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provinces the caller may see, with facility counts per group
         * @description Provinces the caller may see, with facility counts per group.
         */
        get: operations["ListProvinces"];
        put?: never;
        /**
         * Onboard a province (platform admin)
         * @description Onboard a province (platform admin).
         */
        post: operations["CreateProvince"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One province
         * @description One province.
         */
        get: operations["GetProvince"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published campaign's disclosure page, without login: totals, donors, de-identified distributions
         * @description A published campaign's disclosure page, without login: totals, donors, de-identified distributions.
         */
        get: operations["GetPublicCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/campaigns/{campaignId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The disclosure as Excel (format=Xlsx) or PDF (format=Pdf)
         * @description The disclosure as Excel (format=Xlsx) or PDF (format=Pdf).
         */
        get: operations["ExportPublicCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's reception points
         * @description The facility's reception points.
         */
        get: operations["ListReceptionPoints"];
        put?: never;
        /**
         * Open a reception point
         * @description Open a reception point.
         */
        post: operations["CreateReceptionPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception/tallies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a batch of reception contacts (tally screen or hospital information system)
         * @description Each entry carries an id generated by the sender: an entry already counted is skipped, so a queue replayed after a network loss never counts twice. With an `Idempotency-Key` header, the same batch sent again is answered from the first time without counting; the same key with a different body is refused with 422.
         */
        post: operations["RecordTallies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contacts per day, month or year, per reception point and kind
         * @description Contacts per day, month or year, per reception point and kind.
         */
        get: operations["GetReceptionCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Today's, this month's and this year's contacts per kind
         * @description Today's, this month's and this year's contacts per kind.
         */
        get: operations["GetReceptionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's referrals with their status
         * @description The case's referrals with their status.
         */
        get: operations["ListCaseReferrals"];
        put?: never;
        /**
         * Refer to an external agency or a facility on the platform; sharing personal data needs consent or the unit head's written override
         * @description Refer to an external agency or a facility on the platform; sharing personal data needs consent or the unit head's written override.
         */
        post: operations["SendReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseId}/referrals/{referralId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an external agency's answer, or completion with the outcome
         * @description Record an external agency's answer, or completion with the outcome.
         */
        post: operations["UpdateReferralStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/receivers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Facilities of my province a referral may go to (names only); search ignores accents
         * @description Facilities of my province a referral may go to (names only); search ignores accents.
         */
        get: operations["ListReferralReceivers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals other facilities sent to mine: only the package each sender chose to share
         * @description Referrals other facilities sent to mine: only the package each sender chose to share.
         */
        get: operations["ListReferralInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One referral package addressed to my facility
         * @description One referral package addressed to my facility.
         */
        get: operations["GetReferralPackage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox/{referralId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (opens our own linked case) or decline with a reason
         * @description Accept (opens our own linked case) or decline with a reason.
         */
        post: operations["AnswerReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Per facility: visits, last and next visit, recommendations open, overdue and awaiting review
         * @description A province officer sees every facility of the province; a facility user sees its own row.
         */
        get: operations["GetSupervisionOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supervision visits: the facility's own, or the province's facilities'
         * @description Supervision visits: the facility's own, or the province's facilities'.
         */
        get: operations["ListSupervisionVisits"];
        put?: never;
        /**
         * Plan a visit to a facility of the province (province officer)
         * @description Plan a visit to a facility of the province (province officer).
         */
        post: operations["PlanSupervisionVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/visits/{visitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A visit with its team, findings and recommendations, each with its follow-up history
         * @description A visit with its team, findings and recommendations, each with its follow-up history.
         */
        get: operations["GetSupervisionVisit"];
        /**
         * Record the visit: date conducted, scope, team, findings; send the version you read (409 when stale)
         * @description Record the visit: date conducted, scope, team, findings; send the version you read (409 when stale).
         */
        put: operations["UpdateSupervisionVisit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/visits/{visitId}/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a recommendation (kiến nghị) with its due date to a visit not yet closed
         * @description Add a recommendation (kiến nghị) with its due date to a visit not yet closed.
         */
        post: operations["AddRecommendation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/visits/{visitId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a conducted visit: its findings and recommendations become final and the facility follows up
         * @description Close a conducted visit: its findings and recommendations become final and the facility follows up.
         */
        post: operations["CloseSupervisionVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recommendations not yet settled (open, in progress, awaiting review), with the overdue flag as of a date
         * @description Recommendations not yet settled (open, in progress, awaiting review), with the overdue flag as of a date.
         */
        get: operations["ListOpenRecommendations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/recommendations/{recommendationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a recommendation of a visit not yet closed (province officer)
         * @description Remove a recommendation of a visit not yet closed (province officer).
         */
        delete: operations["RemoveRecommendation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/recommendations/{recommendationId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The visited facility records its follow-up: in progress, done, or not feasible with the reason (kept append-only)
         * @description The visited facility records its follow-up: in progress, done, or not feasible with the reason (kept append-only).
         */
        post: operations["RecordFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/recommendations/{recommendationId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The province officer accepts a done / not-feasible follow-up or reopens it with a comment
         * @description The province officer accepts a done / not-feasible follow-up or reopens it with a comment.
         */
        post: operations["ReviewFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The indicator catalogue: unit, direction, source records, facility groups and the national target of the year
         * @description The indicator catalogue: unit, direction, source records, facility groups and the national target of the year.
         */
        get: operations["ListIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The province's targets of a year (group targets and single-facility targets)
         * @description The province's targets of a year (group targets and single-facility targets).
         */
        get: operations["ListTargets"];
        put?: never;
        /**
         * Set a target per indicator and year for a facility group or one facility (a facility's target overrides its group's)
         * @description Set a target per indicator and year for a facility group or one facility (a facility's target overrides its group's).
         */
        post: operations["CreateTarget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/targets/{targetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a target's value; send the version you read (409 when stale)
         * @description Change a target's value; send the version you read (409 when stale).
         */
        put: operations["UpdateTarget"];
        post?: never;
        /**
         * Remove a target (the group's or the national target applies again)
         * @description Remove a target (the group's or the national target applies again).
         */
        delete: operations["DeleteTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every indicator for every facility of the province as of a date, against its target, with the state and province totals
         * @description Every indicator for every facility of the province as of a date, against its target, with the state and province totals.
         */
        get: operations["GetProvinceProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/progress/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole progress table as an Excel workbook
         * @description The whole progress table as an Excel workbook.
         */
        get: operations["ExportProvinceProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{facilityId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One facility's indicators against its targets as of a date, its annual plan's targets, and optionally the month-end trend
         * @description One facility's indicators against its targets as of a date, its annual plan's targets, and optionally the month-end trend.
         */
        get: operations["GetFacilityProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's annual plans
         * @description The facility's annual plans.
         */
        get: operations["ListPlans"];
        put?: never;
        /**
         * Draft the facility's annual social-work plan for a year (one per year)
         * @description Draft the facility's annual social-work plan for a year (one per year).
         */
        post: operations["CreatePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An annual plan with its targets and planned activities
         * @description An annual plan with its targets and planned activities.
         */
        get: operations["GetPlan"];
        /**
         * Replace a draft or returned plan's summary, targets and activities; send the version you read
         * @description Replace a draft or returned plan's summary, targets and activities; send the version you read.
         */
        put: operations["UpdatePlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plans/{planId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the plan to the Health Department
         * @description Submit the plan to the Health Department.
         */
        post: operations["SubmitPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual plans the province's facilities submitted for a year
         * @description The annual plans the province's facilities submitted for a year.
         */
        get: operations["ListProvincePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A submitted plan of a facility of the province
         * @description A submitted plan of a facility of the province.
         */
        get: operations["GetProvincePlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/provinces/{provinceId}/plans/{planId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge a submitted plan or return it with a comment
         * @description Acknowledge a submitted plan or return it with a comment.
         */
        post: operations["ReviewPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Courses, workshops and study visits, newest first
         * @description Courses, workshops and study visits, newest first.
         */
        get: operations["ListTrainingCourses"];
        put?: never;
        /**
         * Record a course, workshop or study visit
         * @description Record a course, workshop or study visit.
         */
        post: operations["CreateTrainingCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/courses/{courseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A course with its participants
         * @description A course with its participants.
         */
        get: operations["GetTrainingCourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/courses/{courseId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add participants: staff and collaborators by id, the facility's medical staff by name or headcount
         * @description Add participants: staff and collaborators by id, the facility's medical staff by name or headcount.
         */
        post: operations["AddTrainingParticipants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's shares: medical staff trained, social-work staff certified, hours per person and who is below the threshold
         * @description A year's shares: medical staff trained, social-work staff certified, hours per person and who is below the threshold.
         */
        get: operations["GetTrainingFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/training/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit's yearly continuing-education threshold (default 24 hours)
         * @description The unit's yearly continuing-education threshold (default 24 hours).
         */
        get: operations["GetTrainingSettings"];
        /**
         * Set the yearly threshold (unit head); send the version you read
         * @description Set the yearly threshold (unit head); send the version you read.
         */
        put: operations["UpdateTrainingSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility-mfa-requirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the facility admin's facility requires MFA of its users
         * @description Whether the facility admin's facility requires MFA of its users.
         */
        get: operations["GetFacilityMfaRequirement"];
        /**
         * Require MFA of every user of the facility (they enrol at their next sign-in), or stop requiring it
         * @description Require MFA of every user of the facility (they enrol at their next sign-in), or stop requiring it.
         */
        put: operations["SetFacilityMfaRequirement"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accounts the caller administers
         * @description Accounts the caller administers.
         */
        get: operations["ListUsers"];
        put?: never;
        /**
         * Create an account with a role
         * @description Create an account with a role.
         */
        post: operations["CreateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an account and end its sessions
         * @description Close an account and end its sessions.
         */
        post: operations["DeactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an account's name, role (within what the caller may grant) and facility
         * @description Change an account's name, role (within what the caller may grant) and facility.
         */
        put: operations["UpdateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a deactivated account again
         * @description Open a deactivated account again.
         */
        post: operations["ReactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/resend-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail a new invitation link; earlier links stop working
         * @description E-mail a new invitation link; earlier links stop working.
         */
        post: operations["ResendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * E-mail the user a link to choose a new password
         * @description E-mail the user a link to choose a new password.
         */
        post: operations["SendPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End every session of the account: its live access tokens stop at once
         * @description End every session of the account: its live access tokens stop at once.
         */
        post: operations["SignOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event catalogue: the types a subscription may choose, with what each announces
         * @description The event catalogue: the types a subscription may choose, with what each announces.
         */
        get: operations["ListWebhookEventTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The webhook subscriptions of the caller's facility or province
         * @description The webhook subscriptions of the caller's facility or province.
         */
        get: operations["ListWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe to events; the signing secret is in this response only
         * @description Deliveries follow Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature; see the README's event catalogue). In production the URL must be https and resolve to public addresses only.
         */
        post: operations["CreateWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a subscription's URL, events or description
         * @description Change a subscription's URL, events or description.
         */
        put: operations["UpdateWebhookSubscription"];
        post?: never;
        /**
         * Remove a subscription and its delivery log
         * @description Remove a subscription and its delivery log.
         */
        delete: operations["DeleteWebhookSubscription"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{subscriptionId}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret; the new one is in this response only
         * @description Rotate the signing secret; the new one is in this response only.
         */
        post: operations["RotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{subscriptionId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause deliveries
         * @description Pause deliveries.
         */
        post: operations["PauseWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{subscriptionId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume deliveries (also after the platform paused a failing subscription)
         * @description Resume deliveries (also after the platform paused a failing subscription).
         */
        post: operations["ResumeWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log, newest first
         * @description The delivery log, newest first.
         */
        get: operations["ListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Send a delivery again.
         */
        post: operations["RedeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's departments and residential groups, with collaborators per department (a collaborator in every clinical department)
         * @description The facility's departments and residential groups, with collaborators per department (a collaborator in every clinical department).
         */
        get: operations["ListDepartments"];
        put?: never;
        /**
         * Add a department or residential group (unit head)
         * @description Add a department or residential group (unit head).
         */
        post: operations["CreateDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The unit's staff with their practice certificates
         * @description The unit's staff with their practice certificates.
         */
        get: operations["ListStaffMembers"];
        put?: never;
        /**
         * Add a staff member (unit head)
         * @description Add a staff member (unit head).
         */
        post: operations["CreateStaffMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/staff/{staffMemberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Edit a staff member; send the version you read (409 when stale)
         * @description Edit a staff member; send the version you read (409 when stale).
         */
        put: operations["UpdateStaffMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/staff/{staffMemberId}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a practice certificate (Decree 110/2024/NĐ-CP)
         * @description Record a practice certificate (Decree 110/2024/NĐ-CP).
         */
        post: operations["AddPracticeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/certificates/{certificateId}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the scanned copy of a certificate
         * @description Download the scanned copy of a certificate.
         */
        get: operations["GetCertificateScan"];
        put?: never;
        /**
         * Upload the scanned copy of a certificate (multipart field `file`: PDF, JPEG or PNG, up to 5 MB)
         * @description Upload the scanned copy of a certificate (multipart field `file`: PDF, JPEG or PNG, up to 5 MB).
         */
        post: operations["UploadCertificateScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/certificate-watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who practises without a certificate, who needs one by 01/01/2027, certificates expiring within 60 days
         * @description Who practises without a certificate, who needs one by 01/01/2027, certificates expiring within 60 days.
         */
        get: operations["GetCertificateWatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/collaborators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The facility's collaborators with their department or residential group
         * @description The facility's collaborators with their department or residential group.
         */
        get: operations["ListCollaborators"];
        put?: never;
        /**
         * Add a collaborator (unit head)
         * @description Add a collaborator (unit head).
         */
        post: operations["CreateCollaborator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The invited person sets their first password with the link from the invitation e-mail (once, within 72 hours). */
        AcceptInvitation: {
            token: string;
            password: string;
        };
        /**
         * @description The beneficiary's acknowledgement of a distribution: who received it and when, optionally with the
         *     signed paper scanned (PDF or image, base64, up to 2 MB). Recorded once; an approval must come first when one is needed.
         */
        AcknowledgeDistribution: {
            receivedBy: string;
            /** Format: date */
            receivedOn: string;
            note?: string | null;
            scanFileName?: string | null;
            scanContentType?: string | null;
            scanBase64?: string | null;
        };
        AcknowledgementDto: {
            receivedBy: string;
            /** Format: date */
            receivedOn: string;
            note?: string | null;
            hasScan: boolean;
            scanFileName?: string | null;
        };
        /** @description Records an assessment. A high risk for a child raises an alert on the unit head's work list and the case's risk follows. */
        AddAssessment: {
            /** Format: date */
            assessedOn: string;
            health?: string | null;
            psychological?: string | null;
            familyAndEconomic?: string | null;
            legal?: string | null;
            risks?: string | null;
            riskLevel: string & components["schemas"]["RiskLevel"];
        };
        AddCaseNote: {
            text: string;
        };
        /** @description A follow-up task with a due date; without an assignee it goes to the case's worker. */
        AddFollowUpTask: {
            title: string;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            assigneeId?: string | null;
        };
        /** @description Records a staff member's practice certificate; the scanned copy is uploaded after. Numbers are unique per facility (409). */
        AddPracticeCertificate: {
            number: string;
            issuer: string;
            /** Format: date */
            issuedOn: string;
            /** Format: date */
            expiresOn?: string | null;
        };
        /** @description The province officer adds a recommendation (kiến nghị) with its due date to a visit that is not closed. */
        AddRecommendation: {
            text: string;
            /** Format: date */
            dueOn: string;
        };
        /**
         * @description Adds participants to a course: staff and collaborators by id (one already listed is skipped),
         *     medical staff by name or as a headcount of unnamed attendees.
         */
        AddTrainingParticipants: {
            participants: components["schemas"]["NewParticipant"][];
        };
        /** @enum {string} */
        AgencyKind: "Police" | "Justice" | "SocialProtectionCentre" | "School" | "Ngo" | "HospitalOffPlatform" | "Other";
        AlertItem: {
            /** Format: uuid */
            alertId: string;
            /** Format: uuid */
            caseId: string;
            clientName: string;
            kind: string & components["schemas"]["CaseAlertKind"];
            /** Format: date-time */
            raisedAt: string;
        };
        /**
         * @description The receiving facility accepts a referral, which opens its own case (and client) from the package,
         *     linked to the referral; or declines it with a reason. Nothing of the sender beyond the package is read.
         */
        AnswerReferral: {
            accept: boolean;
            declineReason?: string | null;
            /** Format: uuid */
            assignedWorkerId?: string | null;
            /** Format: uuid */
            version: string;
        };
        ApiClientDto: {
            /** Format: uuid */
            id: string;
            clientId: string;
            name: string;
            /** Format: uuid */
            facilityId?: string | null;
            facilityName?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
            provinceName?: string | null;
            scopes: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            revokedAt?: string | null;
            /** Format: date-time */
            lastUsedAt?: string | null;
        };
        ApprovalDto: {
            subject: string & components["schemas"]["ApprovalSubject"];
            decision: string & components["schemas"]["ApprovalState"];
            comment?: string | null;
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        /** @enum {string} */
        ApprovalState: "None" | "Requested" | "Approved" | "Returned";
        /** @enum {string} */
        ApprovalSubject: "Plan" | "Closure";
        /** @description The province officer approves a submitted report: it is locked, its figures stay as submitted even if records change later. */
        ApproveReport: {
            /** Format: uuid */
            version: string;
            comment?: string | null;
        };
        AssessmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: date */
            assessedOn: string;
            health?: string | null;
            psychological?: string | null;
            familyAndEconomic?: string | null;
            legal?: string | null;
            risks?: string | null;
            riskLevel: string & components["schemas"]["RiskLevel"];
            /** Format: date-time */
            recordedAt: string;
            recordedByName?: string | null;
        };
        Assignee: {
            /** Format: uuid */
            id: string;
            fullName: string;
            role: string & components["schemas"]["UserRole"];
        };
        /** @description One line of an audit log, with the person's name; SocialWorkCloud.Application.Features.Audit.AuditEntryView.Position is its place in the chain. */
        AuditEntryView: {
            /** Format: uuid */
            id: string;
            /** Format: int64 */
            position: number;
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            userId?: string | null;
            userName?: string | null;
            action: string;
            entityType: string;
            /** Format: uuid */
            entityId: string;
            detail?: string | null;
        };
        /** @description How many unread items of a kind ask the person to act. */
        AwaitingCount: {
            kind: string & components["schemas"]["NotificationKind"];
            /** Format: int32 */
            count: number;
        };
        /** @enum {string} */
        AwardKind: "DirectorCertificateOfMerit" | "CertificateOfMerit" | "GrassrootsEmulationFighter" | "ProvincialEmulationFighter" | "AdvancedCollective" | "ExcellentCollective" | "Other";
        CampaignCheck: {
            /** Format: uuid */
            campaignId: string;
            /** Format: uuid */
            facilityId: string;
            stored: components["schemas"]["FundTotals"];
            fromLedger: components["schemas"]["FundTotals"];
            /** Format: int32 */
            stockLotsOff: number;
            isConsistent: boolean;
        };
        CampaignDetail: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["FundKind"];
            title: string;
            purpose: string;
            scope?: string | null;
            beneficiaries?: string | null;
            bankAccount?: string | null;
            goodsReceptionPlace?: string | null;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: date */
            distributionDate?: string | null;
            /** Format: int64 */
            targetAmount?: number | null;
            status: string & components["schemas"]["CampaignStatus"];
            /** Format: date-time */
            publishedAt?: string | null;
            /** Format: uuid */
            version: string;
            totals: components["schemas"]["FundTotals"];
            stock: components["schemas"]["StockLine"][];
            /** Format: int32 */
            awaitingApproval: number;
        };
        CampaignStatement: {
            /** Format: uuid */
            campaignId: string;
            title: string;
            totals: components["schemas"]["FundTotals"];
            entries: components["schemas"]["LedgerEntryDto"][];
        };
        /** @enum {string} */
        CampaignStatus: "Draft" | "Open" | "Closed" | "Settled";
        CampaignSummary: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["FundKind"];
            title: string;
            status: string & components["schemas"]["CampaignStatus"];
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: int64 */
            targetAmount?: number | null;
            isPublished: boolean;
            totals: components["schemas"]["FundTotals"];
        };
        /** @enum {string} */
        CaseAlertKind: "ChildAtHighRisk";
        CaseDetail: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: int32 */
            clientBirthYear?: number | null;
            /** Format: uuid */
            assignedWorkerId: string;
            assignedWorkerName?: string | null;
            priority: string & components["schemas"]["CasePriority"];
            riskLevel: string & components["schemas"]["RiskLevel"];
            stage: string & components["schemas"]["CaseStage"];
            isSensitive: boolean;
            intakeSource: string & components["schemas"]["IntakeSource"];
            presentingProblem: string;
            urgentNeeds: components["schemas"]["UrgentNeed"][];
            /** Format: date */
            openedOn: string;
            /** Format: date */
            closedOn?: string | null;
            closingReason?: string | null;
            planApproval: string & components["schemas"]["ApprovalState"];
            /** Format: date */
            planReviewOn?: string | null;
            /** Format: date */
            planReviewOverdueSince?: string | null;
            closureApproval: string & components["schemas"]["ApprovalState"];
            requestedClosingReason?: string | null;
            /** Format: uuid */
            fromReferralId?: string | null;
            /** Format: uuid */
            version: string;
            transitions: components["schemas"]["TransitionDto"][];
            assessments: components["schemas"]["AssessmentDto"][];
            planGoals: components["schemas"]["PlanGoalDto"][];
            approvals: components["schemas"]["ApprovalDto"][];
            services: components["schemas"]["ServiceDto"][];
            notes: components["schemas"]["NoteDto"][];
            tasks: components["schemas"]["TaskDto"][];
            riskChanges: components["schemas"]["RiskChangeDto"][];
            closureReason?: (string & components["schemas"]["ClosureReason"]) | null;
            requestedClosureReason?: (string & components["schemas"]["ClosureReason"]) | null;
        };
        /** @description The facility's case-management figures for a period (both dates included). */
        CaseFigures: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: int32 */
            casesOpened: number;
            /** Format: int32 */
            casesClosed: number;
            /** Format: int32 */
            openCases: number;
            /** Format: double */
            averageDaysToClose?: number | null;
            clientsByVulnerability: components["schemas"]["CategoryCount"][];
            /** Format: int32 */
            childrenInSpecialCircumstancesSupported: number;
            /** Format: int32 */
            counsellingSessions: number;
            /** Format: double */
            averageDistressChange?: number | null;
            referralsByStatus: components["schemas"]["StatusCount"][];
        };
        /** @enum {string} */
        CasePriority: "Low" | "Normal" | "High" | "Urgent";
        CaseSection: {
            /** Format: int32 */
            casesOpened: number;
            /** Format: int32 */
            casesClosed: number;
            /** Format: int32 */
            openCasesAtEnd: number;
            /** Format: int32 */
            childrenInSpecialCircumstancesSupported: number;
        };
        /** @enum {string} */
        CaseStage: "Intake" | "Assessment" | "Planning" | "Implementation" | "Monitoring" | "Closed";
        CaseSummary: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: uuid */
            assignedWorkerId: string;
            assignedWorkerName?: string | null;
            priority: string & components["schemas"]["CasePriority"];
            riskLevel: string & components["schemas"]["RiskLevel"];
            stage: string & components["schemas"]["CaseStage"];
            isSensitive: boolean;
            /** Format: date */
            openedOn: string;
            /** Format: date */
            closedOn?: string | null;
            planApproval: string & components["schemas"]["ApprovalState"];
            closureApproval: string & components["schemas"]["ApprovalState"];
        };
        CategoryCount: {
            category: string & components["schemas"]["Vulnerability"];
            /** Format: int32 */
            clients: number;
        };
        CertificateDto: {
            /** Format: uuid */
            id: string;
            number: string;
            issuer: string;
            /** Format: date */
            issuedOn: string;
            /** Format: date */
            expiresOn?: string | null;
            hasScan: boolean;
            scanFileName?: string | null;
        };
        /**
         * @description The practice-certificate rule of Decree 110/2024 as of a date: who practises without a valid
         *     certificate, who will still lack one on 1 January 2027, and whose certificate expires within 60 days.
         */
        CertificateWatch: {
            /** Format: date */
            asOf: string;
            /** Format: date */
            requiredFrom: string;
            requiredNow: boolean;
            /** Format: int32 */
            activeStaff: number;
            /** Format: int32 */
            certified: number;
            practisingWithout: components["schemas"]["WatchedPerson"][];
            needOneByDeadline: components["schemas"]["WatchedPerson"][];
            expiringSoon: components["schemas"]["ExpiringCertificate"][];
            /** Format: date-time */
            lastCheckedAt?: string | null;
        };
        /**
         * @description The first place where a chain does not hold. SocialWorkCloud.Application.Common.Auditing.ChainBreak.Problem: "position" (a row missing or inserted: the
         *     positions jump), "previous-hash" (the row does not link to the row before it), "content" (the row's content no
         *     longer gives its hash: edited), "head" (rows missing at the end, or the head itself changed).
         *     SocialWorkCloud.Application.Common.Auditing.ChainBreak.RowId is null for "head".
         */
        ChainBreak: {
            /** Format: uuid */
            rowId?: string | null;
            /** Format: int64 */
            position: number;
            problem: string;
            expected: string;
            found: string;
        };
        /** @description A chain's verification: ok with its row count and last hash (worth noting down outside the database), or its first break. */
        ChainVerification: {
            chain: string;
            ok: boolean;
            /** Format: int64 */
            count: number;
            lastHash: string;
            /**
             * @description The first place where a chain does not hold. SocialWorkCloud.Application.Common.Auditing.ChainBreak.Problem: "position" (a row missing or inserted: the
             *     positions jump), "previous-hash" (the row does not link to the row before it), "content" (the row's content no
             *     longer gives its hash: edited), "head" (rows missing at the end, or the head itself changed).
             *     SocialWorkCloud.Application.Common.Auditing.ChainBreak.RowId is null for "head".
             */
            firstBreak?: components["schemas"]["ChainBreak"] | null;
        };
        /** @description The unit head moves a campaign forward: draft → open → closed → settled (never back). */
        ChangeCampaignStatus: {
            /** Format: uuid */
            version: string;
            status: string & components["schemas"]["CampaignStatus"];
        };
        /** @description The signed-in user changes their password (the current one required). Other sessions end; this one gets fresh tokens. */
        ChangePassword: {
            currentPassword: string;
            newPassword: string;
        };
        ChannelCount: {
            channel: string & components["schemas"]["CommunicationChannel"];
            /** Format: int32 */
            count: number;
        };
        ChannelCountRow: {
            /** Format: date */
            periodStart: string;
            channel: string & components["schemas"]["CommunicationChannel"];
            /** Format: int32 */
            items: number;
            /** Format: int32 */
            audienceReached: number;
        };
        ChannelTotal: {
            channel: string & components["schemas"]["CommunicationChannel"];
            /** Format: int32 */
            items: number;
        };
        CharityActivityDto: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["CharityKind"];
            title: string;
            /** Format: date */
            date: string;
            place?: string | null;
            partner?: string | null;
            /** Format: int32 */
            beneficiaryCount: number;
            /** Format: int64 */
            valueVnd: number;
            held: boolean;
            /** Format: uuid */
            scheduleId?: string | null;
            /** Format: uuid */
            distributionId?: string | null;
        };
        /** @enum {string} */
        CharityKind: "FreeMeals" | "PorridgeAndMilk" | "FreeHaircuts" | "GiftsChildrensDay" | "GiftsMidAutumn" | "HumanitarianExamination" | "CulturalActivity" | "Other";
        CharityKindFigures: {
            kind: string & components["schemas"]["CharityKind"];
            /** Format: int32 */
            activities: number;
            /** Format: int32 */
            beneficiaries: number;
            /** Format: int64 */
            valueVnd: number;
        };
        CharityOccurrence: {
            /** Format: date */
            date: string;
            state: string & components["schemas"]["OccurrenceState"];
            activity?: components["schemas"]["CharityActivityDto"] | null;
        };
        CharityScheduleDto: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["CharityKind"];
            title: string;
            place?: string | null;
            partner?: string | null;
            daysOfMonth: number[];
            weekday?: (string & components["schemas"]["DayOfWeek"]) | null;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string | null;
            /** Format: int32 */
            pendingOccurrences: number;
        };
        CharitySection: {
            /** Format: int32 */
            activities: number;
            /** Format: int32 */
            beneficiaries: number;
            /** Format: int64 */
            valueVnd: number;
            byKind: components["schemas"]["CharityKindFigures"][];
        };
        CharitySummary: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: int32 */
            activities: number;
            /** Format: int32 */
            beneficiaries: number;
            /** Format: int64 */
            valueVnd: number;
            /** Format: int32 */
            pendingOccurrences: number;
            byKind: components["schemas"]["KindCountRow"][];
        };
        ClientCaseSummary: {
            /** Format: uuid */
            id: string;
            stage: string & components["schemas"]["CaseStage"];
            /** Format: date */
            openedOn: string;
            /** Format: date */
            closedOn?: string | null;
            isSensitive: boolean;
            caseNumber: string;
        };
        /** @description What the unit head did to a client's record at the data subject's request. */
        ClientDataRightsResult: {
            /** Format: uuid */
            clientId: string;
            fullName: string;
            /** Format: date-time */
            restrictedSince?: string | null;
            /** Format: date-time */
            pseudonymisedAt?: string | null;
            erased: boolean;
        };
        /**
         * @description The client's own page. National ID and phone are in full only when SocialWorkCloud.Application.Features.Clients.ClientDetail.IdentifiersShown
         *     (the caller may see them, and the view was audited); otherwise masked.
         */
        ClientDetail: {
            /** Format: uuid */
            id: string;
            fullName: string;
            /** Format: date */
            dateOfBirth?: string | null;
            /** Format: int32 */
            birthYear?: number | null;
            sex: string & components["schemas"]["Sex"];
            nationalId?: string | null;
            insuranceNumber?: string | null;
            patientId?: string | null;
            province?: string | null;
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            guardianContact?: string | null;
            householdSituation?: string | null;
            vulnerabilities: components["schemas"]["Vulnerability"][];
            identifiersShown: boolean;
            createdDespiteMatches: boolean;
            /** Format: uuid */
            mergedIntoId?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            version: string;
            cases: components["schemas"]["ClientCaseSummary"][];
            consents: components["schemas"]["ConsentDto"][];
            communeCode?: string | null;
            /** Format: date-time */
            restrictedSince?: string | null;
            /** Format: date-time */
            pseudonymisedAt?: string | null;
        };
        /** @description A page of the register; past SocialWorkCloud.Application.Features.Clients.ClientSearch.CountCap matches the total is a lower bound ("1.000+"). */
        ClientPage: {
            items: components["schemas"]["ClientSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            totalIsLowerBound: boolean;
            /** Format: int32 */
            readonly totalPages: number;
        };
        /** @description A client in a list: national ID and phone masked. */
        ClientSummary: {
            /** Format: uuid */
            id: string;
            fullName: string;
            /** Format: int32 */
            birthYear?: number | null;
            /** Format: date */
            dateOfBirth?: string | null;
            sex: string & components["schemas"]["Sex"];
            nationalIdMasked?: string | null;
            phoneMasked?: string | null;
            patientId?: string | null;
            communeWard?: string | null;
            vulnerabilities: components["schemas"]["Vulnerability"][];
        };
        /** @description The RFC 6749 token response, snake_case on the wire. */
        ClientTokenWire: {
            access_token?: string;
            token_type?: string;
            /** Format: int32 */
            expires_in?: number;
            scope: string;
        };
        /** @description Closes a request as done or refused (a refusal says why); send the version you read; audited. */
        CloseDataSubjectRequest: {
            status: string & components["schemas"]["DataSubjectRequestStatus"];
            outcome?: string | null;
            /** Format: uuid */
            version: string;
        };
        /**
         * @description The province officer closes a conducted visit (the minutes are issued): its findings and
         *     recommendations are final and the facility follows up on each recommendation.
         */
        CloseSupervisionVisit: {
            /** Format: uuid */
            version: string;
        };
        /** @enum {string} */
        ClosureReason: "GoalsAchieved" | "ReferredOn" | "Discharged" | "ClientDeclined" | "LostContact" | "Deceased" | "Other";
        CollaboratorDto: {
            /** Format: uuid */
            id: string;
            fullName: string;
            /** Format: uuid */
            departmentId: string;
            departmentName: string;
            departmentKind: string & components["schemas"]["DepartmentKind"];
            phone?: string | null;
            /** Format: date */
            joinedOn?: string | null;
        };
        /** @enum {string} */
        CommunicationChannel: "Loudspeaker" | "WebsiteArticle" | "SocialNetworkPost" | "DirectSession" | "PrintedMaterial";
        CommunicationCounts: {
            granularity: string & components["schemas"]["CountGranularity"];
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: int32 */
            totalItems: number;
            /** Format: int32 */
            totalAudience: number;
            rows: components["schemas"]["ChannelCountRow"][];
        };
        CommunicationItemDto: {
            /** Format: uuid */
            id: string;
            channel: string & components["schemas"]["CommunicationChannel"];
            title: string;
            /** Format: date */
            date: string;
            topic?: string | null;
            /** Format: int32 */
            audienceReached?: number | null;
            link?: string | null;
        };
        CommunicationSection: {
            /** Format: int32 */
            items: number;
            byChannel: components["schemas"]["ChannelCount"][];
            /** Format: int32 */
            audienceReached: number;
        };
        /**
         * @description The second step of a sign-in: the challenge the password earned, with a code of the authenticator app or one
         *     recovery code. Wrong codes count in the sign-in throttle of the account; a code already used is refused; a
         *     recovery code ends the account's other sessions (whoever had the lost phone). Failures are returned, not thrown,
         *     so the throttle's alert to the owner is committed.
         */
        CompleteMfaSignIn: {
            challenge: string;
            code?: string | null;
            recoveryCode?: string | null;
        };
        /**
         * @description Confirms one occurrence of a schedule with the actual counts (or that it was not held). The date
         *     must be one the schedule falls on, not in the future (422); a second confirmation is a 409.
         */
        ConfirmCharityOccurrence: {
            held: boolean;
            /** Format: int32 */
            beneficiaryCount: number;
            /** Format: int64 */
            valueVnd: number;
            partner?: string | null;
            /** Format: uuid */
            distributionId?: string | null;
        };
        /** @description Confirms enrolment with a code of the app: MFA is on, the user's other sessions end, and the recovery codes are shown this once. */
        ConfirmMfaEnrolment: {
            code: string;
        };
        /** @description Completes the enrolment a sign-in required with a first code: MFA is on, the recovery codes are shown once, and the tokens follow. */
        ConfirmRequiredMfaEnrolment: {
            challenge: string;
            code: string;
        };
        ConsentDto: {
            /** Format: uuid */
            id: string;
            purpose: string & components["schemas"]["ConsentPurpose"];
            givenBy: string & components["schemas"]["ConsentGiver"];
            guardianName?: string | null;
            /** Format: date */
            givenOn: string;
            /** Format: date */
            withdrawnOn?: string | null;
            inForce: boolean;
            legalGround?: string | null;
            /** Format: date-time */
            legalGroundRecordedAt?: string | null;
        };
        /** @enum {string} */
        ConsentGiver: "Client" | "Guardian";
        /** @enum {string} */
        ConsentPurpose: "PersonalDataProcessing" | "SharingInReferral" | "StoryOrPhotoInCommunication";
        /** @enum {string} */
        ContactKind: "Guidance" | "AdministrativeHelp" | "Information" | "WheelchairEscort" | "CaseHandover";
        ContactKindCount: {
            kind: string & components["schemas"]["ContactKind"];
            /** Format: int32 */
            count: number;
        };
        /**
         * @description Corrects an entry of the unit's history without erasing it: a new entry replaces it (or, with
         *     `Retract`, withdraws it), and the original stays visible with the reason.
         * @example {
         *       "reason": "Nhập sai ngày hiệu lực",
         *       "retract": false,
         *       "status": "Team",
         *       "effectiveDate": "2017-06-01",
         *       "decisionNumber": "1024/QĐ-BV",
         *       "headcount": 6
         *     }
         */
        CorrectUnitStatusChange: {
            reason: string;
            retract: boolean;
            status: string & components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
            note?: string | null;
        };
        CounsellingSection: {
            /** Format: int32 */
            sessions: number;
            /** Format: int32 */
            withPatients: number;
            /** Format: int32 */
            withRelatives: number;
            /** Format: int32 */
            peopleCounselled: number;
        };
        CounsellingSessionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: uuid */
            caseId?: string | null;
            withRelative: boolean;
            relativeName?: string | null;
            /** Format: date */
            heldOn: string;
            /** Format: int32 */
            durationMinutes: number;
            topic: string;
            /** Format: uuid */
            counsellorId: string;
            counsellorName?: string | null;
            /** Format: int32 */
            distressBefore?: number | null;
            /** Format: int32 */
            distressAfter?: number | null;
            notes?: string | null;
            /** Format: date */
            nextAppointmentOn?: string | null;
        };
        /** @enum {string} */
        CountGranularity: "Day" | "Month" | "Year";
        /**
         * @description Registers a third-party system (a hospital information system, the province's reporting portal).
         *     A facility admin binds it to its facility; a platform admin to a facility or a province.
         * @example {
         *       "name": "Hệ thống HIS bệnh viện",
         *       "scopes": [
         *         "read",
         *         "write"
         *       ]
         *     }
         */
        CreateApiClient: {
            name: string;
            scopes: string[];
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
        };
        /** @description A new campaign in draft, or the facility's one standing general fund (open at once). */
        CreateCampaign: {
            kind: string & components["schemas"]["FundKind"];
            title: string;
            purpose: string;
            scope?: string | null;
            beneficiaries?: string | null;
            bankAccount?: string | null;
            goodsReceptionPlace?: string | null;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: date */
            distributionDate?: string | null;
            /** Format: int64 */
            targetAmount?: number | null;
        };
        /**
         * @description Records a one-off charity or community activity. `distributionId` names the donations
         *     module's distribution it handed out, if any. Collaborators log the activities they took part in.
         */
        CreateCharityActivity: {
            kind: string & components["schemas"]["CharityKind"];
            title: string;
            /** Format: date */
            date: string;
            place?: string | null;
            partner?: string | null;
            /** Format: int32 */
            beneficiaryCount: number;
            /** Format: int64 */
            valueVnd: number;
            /** Format: uuid */
            distributionId?: string | null;
        };
        /**
         * @description Enters a recurring activity once: on given days of every month ("free meals on the 1st and 15th")
         *     or on one weekday every week, from a start date to an optional end date.
         */
        CreateCharitySchedule: {
            kind: string & components["schemas"]["CharityKind"];
            title: string;
            place?: string | null;
            partner?: string | null;
            daysOfMonth?: number[] | null;
            weekday?: (string & components["schemas"]["DayOfWeek"]) | null;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn?: string | null;
        };
        /**
         * @description Registers a client. Likely duplicates (same national ID, insurance number or patient ID; or the
         *     same name ignoring diacritics and case with the same birth year) answer 409 with the matches,
         *     unless the caller saw them and chose to create anyway (recorded on the client and in the audit log).
         */
        CreateClient: {
            fullName: string;
            /** Format: date */
            dateOfBirth?: string | null;
            /** Format: int32 */
            birthYear?: number | null;
            sex: string & components["schemas"]["Sex"];
            nationalId?: string | null;
            insuranceNumber?: string | null;
            patientId?: string | null;
            province?: string | null;
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            guardianContact?: string | null;
            householdSituation?: string | null;
            vulnerabilities?: components["schemas"]["Vulnerability"][] | null;
            createAnyway: boolean;
            communeCode?: string | null;
        };
        /** @description Adds a collaborator to a clinical department or residential group. */
        CreateCollaborator: {
            fullName: string;
            /** Format: uuid */
            departmentId: string;
            phone?: string | null;
            /** Format: date */
            joinedOn?: string | null;
        };
        /** @description Records a piece of communication: a broadcast, article, post, session or printed material (collaborators log what they took part in). */
        CreateCommunicationItem: {
            channel: string & components["schemas"]["CommunicationChannel"];
            title: string;
            /** Format: date */
            date: string;
            topic?: string | null;
            /** Format: int32 */
            audienceReached?: number | null;
            link?: string | null;
        };
        /** @description Adds a department of the facility (or a residential group of the ward). Names are unique (409). */
        CreateDepartment: {
            name: string;
            kind: string & components["schemas"]["DepartmentKind"];
        };
        /** @description A donor (nhà hảo tâm): a person or an organisation, who may ask to stay anonymous in public. */
        CreateDonor: {
            kind: string & components["schemas"]["DonorKind"];
            name: string;
            phone?: string | null;
            email?: string | null;
            address?: string | null;
            isAnonymousInPublic: boolean;
            note?: string | null;
            communeCode?: string | null;
        };
        /** @description The unit head drafts a nomination of the unit or a person for a year's commendation. */
        CreateNomination: {
            /** Format: int32 */
            year: number;
            nomineeKind: string & components["schemas"]["NomineeKind"];
            awardKind: string & components["schemas"]["AwardKind"];
            achievements: string;
            nomineeName?: string | null;
            nomineeTitle?: string | null;
            /** Format: uuid */
            staffMemberId?: string | null;
            awardText?: string | null;
        };
        /** @description Drafts the facility's annual plan for a year (one per year: a second is a 409). */
        CreatePlan: {
            /** Format: int32 */
            year: number;
            summary?: string | null;
            targets?: components["schemas"]["PlanTargetInput"][] | null;
            activities?: components["schemas"]["PlannedActivityInput"][] | null;
        };
        /** @description Onboards a province (its Health Department). */
        CreateProvince: {
            code: string;
            name: string;
        };
        /** @description Opens a reception point (a desk or hall where patients are received and guided). */
        CreateReceptionPoint: {
            name: string;
        };
        /**
         * @description Starts the facility's report for a period: a draft is created at once and its figures are generated
         *     by a background job; the caller follows the returned run. One report per facility and period (409).
         */
        CreateReport: {
            kind: string & components["schemas"]["ReportPeriodKind"];
            /** Format: int32 */
            year: number;
            /** Format: int32 */
            number: number;
        };
        /** @description Adds a member of the social-work unit's staff. */
        CreateStaffMember: {
            fullName: string;
            role: string & components["schemas"]["StaffRole"];
            /** Format: uuid */
            departmentId?: string | null;
            employmentType: string & components["schemas"]["EmploymentType"];
            qualificationLevel: string & components["schemas"]["QualificationLevel"];
            qualificationMajor: string & components["schemas"]["QualificationMajor"];
            practiceHostFacility?: string | null;
            /** Format: date */
            practiceFrom?: string | null;
            /** Format: date */
            practiceTo?: string | null;
            practiceSupervisor?: string | null;
            practiceResult?: (string & components["schemas"]["PracticeResult"]) | null;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
        };
        /**
         * @description Sets a target for an indicator and a year, for a facility group or for one facility of the province
         *     (exactly one of the two). A second target for the same indicator, year and group or facility is a 409.
         */
        CreateTarget: {
            /** Format: int32 */
            year: number;
            indicatorCode: string;
            facilityGroup?: (string & components["schemas"]["FacilityGroup"]) | null;
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: double */
            value: number;
        };
        /** @description Records a course, workshop or study visit; participants are added to it after. */
        CreateTrainingCourse: {
            title: string;
            organiser: string;
            type: string & components["schemas"]["TrainingType"];
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: double */
            hours: number;
        };
        /**
         * @description Creates an account with a role and invites its owner: an e-mail with a one-time link (72 hours) to set
         *     their own password, sent after the commit. No administrator types a password for someone else. A
         *     facility admin staffs its own facility (admins, social workers, collaborators); a platform admin
         *     creates any account. The bulk account import creates its accounts through this same use case.
         */
        CreateUser: {
            email: string;
            fullName: string;
            role: string & components["schemas"]["UserRole"];
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
            language?: string | null;
        };
        /** @description Subscribes the caller's facility (or province) to events; the answer carries the signing secret, once. */
        CreateWebhookSubscription: {
            url: string;
            eventTypes: string[];
            description?: string | null;
        };
        /** @description The one response that carries the secret; it is stored hashed and never shown again. */
        CreatedApiClient: {
            client: components["schemas"]["ApiClientDto"];
            clientSecret: string;
        };
        /** @description The one answer that carries the signing secret (whsec_…): it is never shown again (rotate to get a new one). */
        CreatedWebhookSubscription: {
            subscription: components["schemas"]["WebhookSubscriptionDto"];
            secret: string;
        };
        DataSubjectRequestDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientName?: string | null;
            kind: string & components["schemas"]["DataSubjectRequestKind"];
            /** Format: date */
            receivedOn: string;
            /** Format: date */
            dueOn: string;
            detail?: string | null;
            status: string & components["schemas"]["DataSubjectRequestStatus"];
            outcome?: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedByName?: string | null;
            /** Format: date-time */
            handledAt?: string | null;
            handledByName?: string | null;
            overdue: boolean;
            /** Format: uuid */
            version: string;
        };
        /** @enum {string} */
        DataSubjectRequestKind: "Access" | "Correction" | "Restriction" | "Deletion";
        /** @enum {string} */
        DataSubjectRequestStatus: "Open" | "Completed" | "Refused";
        /** @enum {string} */
        DayOfWeek: "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday";
        /** @description The unit head approves the plan or the closure, or returns it with a comment. An approved closure closes the case. */
        DecideApproval: {
            subject: string & components["schemas"]["ApprovalSubject"];
            approve: boolean;
            comment?: string | null;
            /** Format: uuid */
            version: string;
        };
        /**
         * @description The province officer decides a submitted nomination of a facility of the province: awarded (decision
         *     number and date) or not awarded (reason). Final: a second decision is refused (422, or 409 by the
         *     unique index when two race). The decision row is its own audit record — who decided and when, never
         *     changed — because the facility's AuditLog is tenant-owned and a province officer writes no facility rows.
         */
        DecideNomination: {
            awarded: boolean;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            reason?: string | null;
        };
        DepartmentDto: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: string & components["schemas"]["DepartmentKind"];
            /** Format: int32 */
            collaboratorCount: number;
        };
        /** @enum {string} */
        DepartmentKind: "Clinical" | "NonClinical" | "ResidentialGroup";
        /** @description The departments, with the target "a collaborator in every clinical department" as covered / total. */
        DepartmentList: {
            items: components["schemas"]["DepartmentDto"][];
            /** Format: int32 */
            clinicalDepartments: number;
            /** Format: int32 */
            clinicalWithCollaborator: number;
        };
        /** @description Turns MFA off with a current code or the password; refused where MFA is required. The other sessions end. */
        DisableMfa: {
            code?: string | null;
            password?: string | null;
        };
        DonorDetail: {
            donor: components["schemas"]["DonorSummary"];
            history: components["schemas"]["LedgerEntryDto"][];
        };
        /** @enum {string} */
        DonorKind: "Individual" | "Organisation";
        DonorSummary: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["DonorKind"];
            name: string;
            phone?: string | null;
            email?: string | null;
            address?: string | null;
            isAnonymousInPublic: boolean;
            note?: string | null;
            /** Format: int64 */
            cashGiven: number;
            /** Format: int64 */
            goodsValueGiven: number;
            /** Format: int32 */
            gifts: number;
            /** Format: uuid */
            version: string;
            communeCode?: string | null;
        };
        /** @enum {string} */
        EmploymentType: "Permanent" | "Contract" | "Secondment";
        /** @enum {string} */
        EntryKind: "CashReceipt" | "GoodsReceipt" | "CashDistribution" | "GoodsDistribution";
        ExpiringCertificate: {
            /** Format: uuid */
            certificateId: string;
            /** Format: uuid */
            staffMemberId: string;
            fullName: string;
            number: string;
            /** Format: date */
            expiresOn: string;
            /** Format: int32 */
            daysLeft: number;
        };
        /** @enum {string} */
        ExportFormat: "Xlsx" | "Pdf";
        /** @description One facility's figures for a year: counts and shares only, never the records behind them. */
        FacilityActivityFigures: {
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            facilityType: string & components["schemas"]["FacilityType"];
            /** Format: int32 */
            receptionContacts: number;
            /** Format: int32 */
            communicationItems: number;
            /** Format: int32 */
            communicationAudience: number;
            /** Format: int32 */
            charityActivities: number;
            /** Format: int32 */
            charityBeneficiaries: number;
            /** Format: int64 */
            charityValueVnd: number;
            /** Format: int32 */
            staff: number;
            /** Format: int32 */
            certifiedStaff: number;
            /** Format: int32 */
            practisingWithout: number;
            /** Format: int32 */
            needOneByDeadline: number;
            /** Format: int32 */
            expiringSoon: number;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: int32 */
            medicalStaffTrained: number;
            /** Format: double */
            medicalStaffTrainedPercent?: number | null;
            /** Format: double */
            certifiedPercent?: number | null;
            /** Format: double */
            hoursPerPerson?: number | null;
        };
        FacilityCaseFigures: {
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int32 */
            casesOpened: number;
            /** Format: int32 */
            casesClosed: number;
            /** Format: int32 */
            openCases: number;
            /** Format: int32 */
            childrenInSpecialCircumstancesSupported: number;
            /** Format: int32 */
            counsellingSessions: number;
        };
        /**
         * @description The facility's hash chains that can be verified.
         * @enum {string}
         */
        FacilityChain: "Audit" | "Ledger";
        FacilityFundraising: {
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int64 */
            cashRaised: number;
            /** Format: int64 */
            goodsValueRaised: number;
            /** Format: int64 */
            cashDistributed: number;
            /** Format: int32 */
            patientsSupported: number;
            /** Format: int32 */
            goodsItemsDistributed: number;
            /** Format: int64 */
            cashBalance: number;
            /** Format: int32 */
            campaigns: number;
            /** Format: int32 */
            inconsistentCampaigns: number;
        };
        /** @enum {string} */
        FacilityGroup: "Curative" | "Preventive" | "CommuneStation";
        FacilityKpis: {
            /** Format: uuid */
            facilityId: string;
            /** Format: date */
            asOf: string;
            group: string & components["schemas"]["FacilityGroup"];
            unitStatus: string & components["schemas"]["UnitStatus"];
            countsTowardTarget: boolean;
            indicator: string & components["schemas"]["KpiIndicator"];
            /** Format: double */
            provinceSharePercent: number;
            /** Format: double */
            targetPercent?: number | null;
            provinceState: string & components["schemas"]["KpiState"];
        };
        /** @description Whether the caller's facility requires MFA of its users, and how many active users have not set it up yet. */
        FacilityMfaRequirement: {
            /** Format: uuid */
            facilityId: string;
            required: boolean;
            /** Format: int32 */
            activeUsers: number;
            /** Format: int32 */
            usersWithoutMfa: number;
        };
        FacilityProfile: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            provinceName: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            group: string & components["schemas"]["FacilityGroup"];
            ownership: string & components["schemas"]["Ownership"];
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: date */
            establishedOn?: string | null;
            /** Format: date */
            closedOn?: string | null;
            /** Format: uuid */
            version: string;
            currentUnitStatus: string & components["schemas"]["UnitStatus"];
            unitHistory: components["schemas"]["UnitStatusEntry"][];
            communeCode?: string | null;
            provincePlaceCode?: string | null;
        };
        FacilityProgress: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            group: string & components["schemas"]["FacilityGroup"];
            /** Format: date */
            asOf: string;
            /** Format: int32 */
            year: number;
            indicators: components["schemas"]["IndicatorDto"][];
            cells: components["schemas"]["ProgressCell"][];
            plan?: components["schemas"]["PlanProgress"] | null;
            trend: components["schemas"]["IndicatorTrend"][];
        };
        FacilityProgressRow: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            group: string & components["schemas"]["FacilityGroup"];
            /** Format: int32 */
            behindCount: number;
            cells: components["schemas"]["ProgressCell"][];
        };
        FacilityStatusHint: {
            /** Format: uuid */
            facilityId: string;
            /** Format: date */
            asOf: string;
            /** @description Null when the facility's records agree with its declared status. */
            hint?: components["schemas"]["UnitStatusHint"] | null;
        };
        FacilitySummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            group: string & components["schemas"]["FacilityGroup"];
            ownership: string & components["schemas"]["Ownership"];
            communeWard?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            unitStatus: string & components["schemas"]["UnitStatus"];
            /** Format: date */
            unitStatusSince?: string | null;
        };
        /** @description Supervision of one facility of the province: visits and the state of their recommendations. */
        FacilitySupervisionRow: {
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int32 */
            visits: number;
            /** Format: date */
            lastVisitOn?: string | null;
            /** Format: date */
            nextPlannedOn?: string | null;
            /** Format: int32 */
            openRecommendations: number;
            /** Format: int32 */
            overdueRecommendations: number;
            /** Format: int32 */
            awaitingReview: number;
        };
        FacilityTimeliness: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            state: string & components["schemas"]["Timeliness"];
            /** Format: uuid */
            reportId?: string | null;
            status?: (string & components["schemas"]["ReportStatus"]) | null;
            /** Format: date-time */
            firstSubmittedAt?: string | null;
        };
        /** @enum {string} */
        FacilityType: "PublicHospital" | "PrivateHospital" | "ProvincialCdc" | "DistrictHealthCentre" | "CommuneHealthStation";
        /**
         * @description "Forgot password": e-mails a reset link (30 minutes, once) when the address belongs to an active account
         *     with a password. The answer is the same whatever the address, so it tells nobody who has an account.
         */
        ForgotPassword: {
            email: string;
        };
        /** @enum {string} */
        FundKind: "Campaign" | "GeneralFund";
        FundTotals: {
            /** Format: int64 */
            cashReceived: number;
            /** Format: int64 */
            cashDistributed: number;
            /** Format: int64 */
            cashBalance: number;
            /** Format: int64 */
            goodsValueReceived: number;
            /** Format: int64 */
            goodsValueDistributed: number;
            /** Format: int64 */
            goodsValueInStock: number;
        };
        /** @description Money raised and given, net of reversals (a reversed entry and its reversal both drop out). */
        FundraisingSection: {
            /** Format: int64 */
            cashRaised: number;
            /** Format: int64 */
            goodsValueRaised: number;
            /** Format: int64 */
            cashDistributed: number;
            /** Format: int32 */
            patientsSupported: number;
            goodsReceived: components["schemas"]["ItemQuantity"][];
            goodsDistributed: components["schemas"]["ItemQuantity"][];
        };
        FundraisingSettingsDto: {
            /** Format: int64 */
            approvalThreshold?: number | null;
            /** Format: int64 */
            yearlyTarget?: number | null;
            /** Format: uuid */
            version?: string | null;
        };
        FundraisingSummary: {
            /** Format: int32 */
            year: number;
            /** Format: int64 */
            cashRaised: number;
            /** Format: int64 */
            goodsValueRaised: number;
            /** Format: int64 */
            yearlyTarget?: number | null;
            /** Format: int32 */
            patientsSupported: number;
            /** Format: int32 */
            goodsItemsDistributed: number;
            /** Format: int64 */
            cashDistributed: number;
            /** Format: int32 */
            openCampaigns: number;
            /** Format: int32 */
            awaitingApproval: number;
        };
        /** @description The answer of a dry run: every problem by row and column, and what a commit would change. */
        ImportCheckResult: {
            kind: string & components["schemas"]["ImportKind"];
            fileName: string;
            /** Format: int32 */
            rows: number;
            /** Format: int32 */
            toCreate: number;
            /** Format: int32 */
            toUpdate: number;
            /** Format: int32 */
            unchanged: number;
            problems: components["schemas"]["ImportProblem"][];
            likenesses: components["schemas"]["ImportLikeness"][];
        };
        /** @enum {string} */
        ImportKind: "Facilities" | "Clients" | "Staff" | "Departments" | "Collaborators" | "Donors" | "Users";
        ImportLikelyMatch: {
            /** Format: uuid */
            clientId: string;
            fullName: string;
            /** Format: int32 */
            birthYear?: number | null;
            patientId?: string | null;
        };
        /** @description A row whose person looks like an existing client (same name and birth year): the user decides. */
        ImportLikeness: {
            /** Format: int32 */
            row: number;
            fullName: string;
            /** Format: int32 */
            birthYear?: number | null;
            matches: components["schemas"]["ImportLikelyMatch"][];
        };
        /**
         * @description Where a long check or commit stands: reading the sheet, then writing (commit only), then finished.
         * @enum {string}
         */
        ImportPhase: "Reading" | "Writing" | "Finished";
        /** @description One problem of an uploaded file: the Excel row and column, the column's header, a stable code and its text in the caller's language. */
        ImportProblem: {
            /** Format: int32 */
            row: number;
            column: string;
            header: string;
            code: string;
            message: string;
        };
        ImportProgressDto: {
            /** @description Where a long check or commit stands: reading the sheet, then writing (commit only), then finished. */
            phase: string & components["schemas"]["ImportPhase"];
            /**
             * Format: int32
             * @description Data rows read so far.
             */
            rowsRead: number;
            /**
             * Format: int32
             * @description How much of the worksheet has been read (0–100).
             */
            percentRead: number;
        };
        /** @description A committed import as listed in the history. */
        ImportRecordDto: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["ImportKind"];
            fileName: string;
            /** Format: date-time */
            importedAt: string;
            /** Format: uuid */
            importedBy?: string | null;
            importedByName?: string | null;
            /** Format: int32 */
            rows: number;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
        };
        /** @enum {string} */
        IndicatorDirection: "HigherIsBetter" | "LowerIsBetter";
        IndicatorDto: {
            code: string;
            nameVi: string;
            nameEn: string;
            unit: string & components["schemas"]["IndicatorUnit"];
            direction: string & components["schemas"]["IndicatorDirection"];
            source: string & components["schemas"]["IndicatorSource"];
            groups: components["schemas"]["FacilityGroup"][];
            definitionVi: string;
            definitionEn: string;
            /** Format: double */
            nationalTarget?: number | null;
        };
        /** @enum {string} */
        IndicatorSource: "Cases" | "Counselling" | "Reception" | "Donations" | "Communication" | "Charity" | "Training" | "Certificates" | "UnitStatus" | "Workforce";
        IndicatorTrend: {
            indicatorCode: string;
            points: components["schemas"]["TrendPoint"][];
        };
        /** @enum {string} */
        IndicatorUnit: "Count" | "Percent" | "Vnd";
        InitialUnitStatus: {
            status: string & components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
        };
        /** @enum {string} */
        IntakeSource: "Self" | "ClinicalDepartment" | "Police" | "Commune" | "Hotline" | "AnotherFacility";
        ItemQuantity: {
            item: string;
            unit?: string | null;
            /** Format: int32 */
            quantity: number;
        };
        /** @description Where the portal sends the browser: the dashboard's address with a one-time ticket, good for SocialWorkCloud.Application.Identity.DashboardTickets.TicketLifetime. */
        JobsDashboardTicket: {
            url: string;
            /** Format: date-time */
            expiresAt: string;
        };
        KindCountRow: {
            kind: string & components["schemas"]["CharityKind"];
            /** Format: int32 */
            activities: number;
            /** Format: int32 */
            beneficiaries: number;
            /** Format: int64 */
            valueVnd: number;
        };
        KindCounts: {
            kind: string & components["schemas"]["ContactKind"];
            /** Format: int32 */
            today: number;
            /** Format: int32 */
            thisMonth: number;
            /** Format: int32 */
            thisYear: number;
        };
        KpiFigure: {
            indicator: string & components["schemas"]["KpiIndicator"];
            /** Format: int32 */
            numerator: number;
            /** Format: int32 */
            denominator: number;
            /** Format: double */
            sharePercent: number;
            /** Format: double */
            targetPercent?: number | null;
            /** Format: double */
            trajectoryPercent?: number | null;
            state: string & components["schemas"]["KpiState"];
            laggards: components["schemas"]["KpiLaggard"][];
        };
        /** @enum {string} */
        KpiIndicator: "PreventiveSocialWorkShare" | "CurativeUnitShare" | "CommuneStationShare";
        KpiLaggard: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            unitStatus: string & components["schemas"]["UnitStatus"];
        };
        KpiRunDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            /** Format: date */
            asOf: string;
            jobId?: string | null;
            status: string & components["schemas"]["KpiRunStatus"];
            /** Format: int32 */
            progressPercent: number;
            error?: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            finishedAt?: string | null;
        };
        /** @enum {string} */
        KpiRunStatus: "Queued" | "Running" | "Succeeded" | "Failed";
        /** @enum {string} */
        KpiState: "NotJudged" | "Behind" | "OnTrack" | "Met" | "NoFacility";
        KpiTrend: {
            /** Format: uuid */
            provinceId: string;
            series: components["schemas"]["KpiTrendSeries"][];
            preventiveTargets: components["schemas"]["YearTarget"][];
        };
        KpiTrendPoint: {
            /** Format: date */
            asOf: string;
            /** Format: double */
            sharePercent: number;
            /** Format: int32 */
            numerator: number;
            /** Format: int32 */
            denominator: number;
            /** Format: double */
            targetPercent?: number | null;
            /** Format: double */
            trajectoryPercent?: number | null;
            state: string & components["schemas"]["KpiState"];
            /** Format: date-time */
            computedAt: string;
        };
        KpiTrendSeries: {
            indicator: string & components["schemas"]["KpiIndicator"];
            points: components["schemas"]["KpiTrendPoint"][];
        };
        LedgerConsistency: {
            /** Format: date-time */
            checkedAt: string;
            /** Format: int32 */
            campaigns: number;
            /** Format: int32 */
            inconsistent: number;
            checks: components["schemas"]["CampaignCheck"][];
        };
        /** @description One ledger line. `CashBalanceAfter` is the running cash balance in a statement. */
        LedgerEntryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            campaignId: string;
            kind: string & components["schemas"]["EntryKind"];
            /** Format: date */
            entryDate: string;
            receiptCode?: string | null;
            /** Format: int64 */
            amount: number;
            method?: (string & components["schemas"]["PaymentMethod"]) | null;
            reference?: string | null;
            /** Format: uuid */
            donorId?: string | null;
            donorName?: string | null;
            /** Format: uuid */
            stockLotId?: string | null;
            item?: string | null;
            unit?: string | null;
            /** Format: int32 */
            quantity?: number | null;
            recipientKind?: (string & components["schemas"]["RecipientKind"]) | null;
            recipientName?: string | null;
            /** Format: int32 */
            recipientBirthYear?: number | null;
            recipientCommune?: string | null;
            /** Format: uuid */
            clientId?: string | null;
            /** Format: uuid */
            caseId?: string | null;
            departmentName?: string | null;
            /** Format: int32 */
            groupCount?: number | null;
            groupList?: string | null;
            description?: string | null;
            needsApproval: boolean;
            /** Format: date-time */
            approvedAt?: string | null;
            acknowledgement?: components["schemas"]["AcknowledgementDto"] | null;
            /** Format: uuid */
            reversesId?: string | null;
            reversalReason?: string | null;
            /** Format: uuid */
            reversedById?: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy?: string | null;
            recordedByName?: string | null;
            recordedFromIp?: string | null;
            /** Format: int64 */
            cashBalanceAfter?: number | null;
        };
        /**
         * @description Returns a failure instead of throwing so that what it records (the owner's alert in the outbox, a revoked
         *     token family) is committed by the transaction rather than rolled back. A wrong password, an unknown or a
         *     closed account all get the same answer; guessing is slowed (SocialWorkCloud.Application.Identity.SignInThrottle), never locked out.
         * @example {
         *       "email": "province@demo.vn",
         *       "password": "Demo@2026"
         *     }
         */
        Login: {
            email: string;
            password: string;
        };
        /**
         * @description Ends the session the refresh token belongs to (its whole family, and its live access tokens). Unknown tokens are ignored.
         * @example {
         *       "refreshToken": "the refreshToken from the login response"
         *     }
         */
        Logout: {
            refreshToken: string;
        };
        /** @description Marks every unread item of the signed-in person read (or those of one kind). */
        MarkAllNotificationsRead: {
            kind?: (string & components["schemas"]["NotificationKind"]) | null;
        };
        MeFacility: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            group: string & components["schemas"]["FacilityGroup"];
        };
        MeProvince: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
        };
        MeResponse: {
            /** Format: uuid */
            id: string;
            email?: string | null;
            fullName?: string | null;
            role?: (string & components["schemas"]["UserRole"]) | null;
            isApiClient: boolean;
            facility?: components["schemas"]["MeFacility"] | null;
            province?: components["schemas"]["MeProvince"] | null;
            permissions: string[];
        };
        /**
         * @description Merges a duplicate into the client kept: its cases, consents, counselling sessions, services and
         *     referrals move over, missing identifiers and vulnerability categories are taken over, and the
         *     duplicate stays (marked merged) so that nothing of its history is lost.
         */
        MergeClients: {
            /** Format: uuid */
            duplicateId: string;
            /** Format: uuid */
            version: string;
        };
        /** @description The step after the password: a code (or a recovery code), or — for an account that must have MFA and has none — enrolment. */
        MfaChallenge: {
            challenge: string;
            enrolmentRequired: boolean;
            /** Format: date-time */
            expiresAt: string;
        };
        /** @description What enrolment shows: the QR code an authenticator app scans, its otpauth:// URI, and the secret for typing. */
        MfaEnrolment: {
            secret: string;
            keyUri: string;
            qrCodeDataUri: string;
        };
        MfaRecoveryCodes: {
            codes: string[];
        };
        MfaStatus: {
            enabled: boolean;
            required: boolean;
            /** Format: date-time */
            enabledAt?: string | null;
            /** Format: int32 */
            recoveryCodesLeft: number;
        };
        MonthTotal: {
            /** Format: int32 */
            month: number;
            /** Format: int32 */
            receptionContacts: number;
            /** Format: int32 */
            communicationItems: number;
            /** Format: int32 */
            charityActivities: number;
        };
        /** @description Moves a case to another stage. The next stage is the normal path; skipping or stepping back needs a reason. */
        MoveCase: {
            toStage: string & components["schemas"]["CaseStage"];
            reason?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @description An open case assigned to the caller, with its next open follow-up (overdue when its date has passed). */
        MyCase: {
            /** Format: uuid */
            id: string;
            caseNumber: string;
            clientName: string;
            stage: string & components["schemas"]["CaseStage"];
            priority: string & components["schemas"]["CasePriority"];
            riskLevel: string & components["schemas"]["RiskLevel"];
            /** Format: date */
            nextTaskDueOn?: string | null;
            nextTaskTitle?: string | null;
        };
        /** @description Something the caller logged: a communication item, a charity activity or a counselling session they held. */
        MyLoggedItem: {
            kind: string & components["schemas"]["MyLoggedKind"];
            /** Format: uuid */
            id: string;
            /** Format: date */
            date: string;
            title: string;
            /** Format: uuid */
            caseId?: string | null;
        };
        /** @enum {string} */
        MyLoggedKind: "Communication" | "Charity" | "Counselling";
        /** @description The contacts the caller tapped on the tally screen (undos subtracted). */
        MyTally: {
            /** Format: int32 */
            today: number;
            /** Format: int32 */
            thisMonth: number;
            byKind: components["schemas"]["MyTallyKind"][];
        };
        MyTallyKind: {
            kind: string & components["schemas"]["ContactKind"];
            /** Format: int32 */
            today: number;
            /** Format: int32 */
            thisMonth: number;
        };
        /**
         * @description The caller's own work for their start page — a collaborator has no unit-wide figures: their open assigned cases
         *     (at most 50), their tally today and this month, and the latest 20 things they logged.
         */
        MyWorkSummary: {
            cases: components["schemas"]["MyCase"][];
            /** @description The contacts the caller tapped on the tally screen (undos subtracted). */
            tally: components["schemas"]["MyTally"];
            logged: components["schemas"]["MyLoggedItem"][];
        };
        /** @description A participant to add: a staff member or collaborator by id, or medical staff by name or as a headcount. */
        NewParticipant: {
            kind: string & components["schemas"]["ParticipantKind"];
            /** Format: uuid */
            staffMemberId?: string | null;
            /** Format: uuid */
            collaboratorId?: string | null;
            name?: string | null;
            /** Format: int32 */
            headcount?: number | null;
        };
        /** @description A nomination with the province's decision once taken (its status says awarded or not). */
        NominationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int32 */
            year: number;
            nomineeKind: string & components["schemas"]["NomineeKind"];
            nomineeName: string;
            nomineeTitle?: string | null;
            /** Format: uuid */
            staffMemberId?: string | null;
            awardKind: string & components["schemas"]["AwardKind"];
            awardText?: string | null;
            achievements: string;
            status: string & components["schemas"]["NominationStatus"];
            /** Format: date-time */
            submittedAt?: string | null;
            decisionNumber?: string | null;
            /** Format: date */
            decisionDate?: string | null;
            reason?: string | null;
            /** Format: date-time */
            decidedAt?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @enum {string} */
        NominationStatus: "Draft" | "Submitted" | "Awarded" | "NotAwarded";
        /** @enum {string} */
        NomineeKind: "Unit" | "Person";
        NoteDto: {
            /** Format: uuid */
            id: string;
            text: string;
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        /** @description An inbox item as the signed-in person reads it: its sentence in their language and the portal page it links to. */
        NotificationDto: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["NotificationKind"];
            text: string;
            recordType: string;
            /** Format: uuid */
            recordId: string;
            path: string;
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt?: string | null;
        };
        /** @enum {string} */
        NotificationKind: "CasePlanApprovalRequested" | "CasePlanApproved" | "CasePlanReturned" | "CaseClosureApprovalRequested" | "CaseClosureApproved" | "CaseClosureReturned" | "DistributionApprovalRequested" | "DistributionApproved" | "DistributionRejected" | "AnnualPlanSubmitted" | "AnnualPlanAcknowledged" | "AnnualPlanReturned" | "ReportSubmitted" | "ReportReturned" | "ReportApproved" | "ReportReopened" | "ReferralReceived" | "ReferralAccepted" | "ReferralDeclined" | "ReferralCompleted" | "ChildAtHighRisk" | "KpiRunFailed" | "ReportGenerationFailed" | "ReportDue" | "ReportOverdue" | "TaskDue" | "TaskOverdue" | "RecommendationDue" | "RecommendationOverdue" | "CertificateExpiring" | "PractisingWithoutCertificate";
        NotificationPreferenceChange: {
            kind: string & components["schemas"]["NotificationKind"];
            email: boolean;
        };
        /** @description Whether a kind is also e-mailed (urgent kinds at once, the rest in the morning digest); the inbox always has it. */
        NotificationPreferenceDto: {
            kind: string & components["schemas"]["NotificationKind"];
            email: boolean;
            urgent: boolean;
        };
        /** @enum {string} */
        OccurrenceState: "Pending" | "Upcoming" | "Confirmed" | "NotHeld";
        /** @description Opens a case for a client at intake: source, presenting problem, urgent needs. Without an assignee the caller takes it. */
        OpenCase: {
            /** Format: uuid */
            clientId: string;
            /** Format: uuid */
            assignedWorkerId?: string | null;
            priority: string & components["schemas"]["CasePriority"];
            riskLevel: string & components["schemas"]["RiskLevel"];
            isSensitive: boolean;
            intakeSource: string & components["schemas"]["IntakeSource"];
            presentingProblem: string;
            urgentNeeds?: components["schemas"]["UrgentNeed"][] | null;
            /** Format: date */
            openedOn?: string | null;
        };
        /** @description A recommendation still to be carried out (open or in progress) or awaiting the province's review. */
        OpenRecommendationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            visitId: string;
            /** Format: date */
            visitOn: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int32 */
            number: number;
            text: string;
            /** Format: date */
            dueOn: string;
            status: string & components["schemas"]["RecommendationStatus"];
            overdue: boolean;
            /** Format: uuid */
            version: string;
        };
        OverdueTaskItem: {
            /** Format: uuid */
            taskId: string;
            /** Format: uuid */
            caseId: string;
            clientName: string;
            title: string;
            /** Format: date */
            dueOn: string;
            /** Format: date */
            overdueSince: string;
            assigneeName?: string | null;
        };
        /** @enum {string} */
        Ownership: "Public" | "Private";
        PagedListOfAuditEntryView: {
            items: components["schemas"]["AuditEntryView"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfCampaignSummary: {
            items: components["schemas"]["CampaignSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfCaseSummary: {
            items: components["schemas"]["CaseSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfCharityActivityDto: {
            items: components["schemas"]["CharityActivityDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfCommunicationItemDto: {
            items: components["schemas"]["CommunicationItemDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfDonorSummary: {
            items: components["schemas"]["DonorSummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfFacilitySummary: {
            items: components["schemas"]["FacilitySummary"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfNotificationDto: {
            items: components["schemas"]["NotificationDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfUnitStatusHint: {
            items: components["schemas"]["UnitStatusHint"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        PagedListOfWebhookDeliveryDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            pageSize: number;
            /** Format: int32 */
            totalCount: number;
            /** Format: int32 */
            readonly totalPages: number;
        };
        /** @enum {string} */
        ParticipantKind: "Staff" | "Collaborator" | "MedicalStaff";
        /** @enum {string} */
        PaymentMethod: "Cash" | "BankTransfer";
        PersonHours: {
            kind: string & components["schemas"]["ParticipantKind"];
            /** Format: uuid */
            personId: string;
            fullName: string;
            /** Format: double */
            hours: number;
            belowThreshold: boolean;
        };
        PlaceCommuneDto: {
            code: string;
            provinceCode: string;
            name: string;
            kind: string;
        };
        PlaceProvinceDto: {
            code: string;
            name: string;
            kind: string;
        };
        /** @enum {string} */
        PlanDecision: "Acknowledge" | "Return";
        PlanDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int32 */
            year: number;
            summary?: string | null;
            status: string & components["schemas"]["PlanStatus"];
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            reviewedAt?: string | null;
            reviewComment?: string | null;
            targets: components["schemas"]["PlanTargetInput"][];
            activities: components["schemas"]["PlannedActivityInput"][];
            /** Format: int64 */
            totalBudgetVnd: number;
            /** Format: uuid */
            version: string;
        };
        PlanGoalDto: {
            /** Format: uuid */
            id: string;
            goal: string;
            plannedService?: (string & components["schemas"]["ServiceType"]) | null;
            responsible?: string | null;
            /** Format: date */
            dueOn?: string | null;
        };
        PlanGoalInput: {
            goal: string;
            plannedService?: (string & components["schemas"]["ServiceType"]) | null;
            responsible?: string | null;
            /** Format: date */
            dueOn?: string | null;
        };
        PlanProgress: {
            /** Format: uuid */
            planId: string;
            status: string & components["schemas"]["PlanStatus"];
            targets: components["schemas"]["PlanTargetProgress"][];
        };
        /** @enum {string} */
        PlanStatus: "Draft" | "Submitted" | "Acknowledged" | "Returned";
        PlanSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: int32 */
            year: number;
            status: string & components["schemas"]["PlanStatus"];
            /** Format: date-time */
            submittedAt?: string | null;
            reviewComment?: string | null;
            /** Format: int32 */
            targets: number;
            /** Format: int32 */
            activities: number;
        };
        /** @description The province officer plans a visit to a facility of the province. */
        PlanSupervisionVisit: {
            /** Format: uuid */
            facilityId: string;
            /** Format: date */
            plannedOn: string;
            scope: string;
            team: components["schemas"]["TeamMember"][];
        };
        PlanTargetInput: {
            /** @description An indicator of the catalogue, with a value; or null for a free-text target. */
            indicatorCode?: string | null;
            /** Format: double */
            value?: number | null;
            text?: string | null;
        };
        PlanTargetProgress: {
            indicatorCode?: string | null;
            text?: string | null;
            /** Format: double */
            target?: number | null;
            /** Format: double */
            actual?: number | null;
            /** Format: double */
            percentAchieved?: number | null;
            state?: (string & components["schemas"]["ProgressState"]) | null;
        };
        PlannedActivityInput: {
            title: string;
            /**
             * Format: int32
             * @description 1–12, or null for an activity that runs all year.
             */
            month?: number | null;
            timing?: string | null;
            responsible?: string | null;
            /** Format: int64 */
            budgetVnd?: number | null;
        };
        /** @enum {string} */
        PracticeResult: "InProgress" | "Passed" | "NotPassed";
        ProblemDetails: {
            type?: string | null;
            title?: string | null;
            /** Format: int32 */
            status?: number | null;
            detail?: string | null;
            instance?: string | null;
            /**
             * @description The stable machine code of the failure (README: Error codes); title and detail follow Accept-Language.
             * @enum {string}
             */
            code?: "account-already-active" | "account-gone" | "account-inactive" | "account-link-expired" | "account-link-invalid" | "account-link-used" | "achievements-required" | "after-end-date" | "already-acknowledged" | "already-answered" | "already-approved" | "already-distributed" | "already-merged" | "already-reversed" | "already-withdrawn" | "amount-out-of-range" | "annual-plan-comment-required" | "annual-plan-empty" | "annual-plan-exists" | "annual-plan-target-text-required" | "annual-plan-target-value-required" | "annual-plan-too-many-activities" | "annual-plan-too-many-targets" | "annual-plan-year-invalid" | "approval-pending" | "approvals-pending" | "assessment-date-future" | "audit-facility-only" | "audit-range-order" | "audit-record-incomplete" | "authentication-required" | "awaiting-review" | "award-text-required" | "before-given" | "before-start-date" | "business-rule" | "campaign-distribution-date-range" | "campaign-draft" | "campaign-end-date-range" | "campaign-not-distributing" | "campaign-not-open" | "campaign-settled" | "campaign-start-date-range" | "case-closed" | "case-figures-from-invalid" | "case-of-another-client" | "case-open" | "case-reassign-head-only" | "certificate-number-exists" | "certificate-scan-size" | "certificate-scan-type" | "client-already-pseudonymised" | "client-already-restricted" | "client-binding-required" | "client-birth-date-invalid" | "client-birth-year-mismatch" | "client-details-duplicate" | "client-edit-needs-identifiers" | "client-erasure-records-kept" | "client-insurance-number-format" | "client-likely-duplicate" | "client-national-id-format" | "client-not-restricted" | "client-phone-invalid" | "client-restricted" | "client-same-identifier" | "closing-reason-required" | "closure-already-requested" | "closure-needs-approval" | "closure-reason-unknown" | "commune-outside-province" | "commune-unknown" | "conflict" | "consent-date-future" | "consent-guardian-required" | "consent-override-head-only" | "consent-required" | "consent-withdrawn" | "counselling-case-required" | "counselling-counsellor-self" | "counselling-next-task" | "counselling-period-invalid" | "counselling-relative-required" | "current-password-incorrect" | "dashboard-bearer-refused" | "dashboard-sign-in-required" | "dashboard-ticket-invalid" | "data-request-changed" | "data-request-close-status" | "data-request-closed" | "data-request-date-future" | "data-request-refusal-reason" | "database-unavailable" | "date-activity-range" | "date-effective-range" | "date-kpi-range" | "decision-date-required" | "decision-in-future" | "decision-incomplete" | "decision-number-required" | "decline-reason-required" | "distribution-cash-or-goods" | "distribution-not-both" | "due-before-visit" | "duplicate" | "email-in-use" | "end-date-required" | "entry-reversed" | "facility-admin-creates-clients" | "facility-code-exists" | "facility-code-format" | "file-required" | "follow-up-in-future" | "follow-up-note-required" | "follow-up-status" | "forbidden" | "fundraising-settings-changed" | "general-fund-exists" | "general-fund-standing" | "goods-quantity-range" | "idempotency-key-body-mismatch" | "idempotency-key-in-use" | "idempotency-key-invalid" | "idempotency-key-reused" | "import-certificate-taken" | "import-client-key-taken" | "import-code-format" | "import-commune-unknown" | "import-date-out-of-range" | "import-decision-required" | "import-decisions-invalid" | "import-department-unknown" | "import-duplicate-row" | "import-email-invalid" | "import-expires-before-issued" | "import-facility-ambiguous" | "import-facility-unknown" | "import-file-too-large" | "import-formula-cells" | "import-has-problems" | "import-kind-not-allowed" | "import-left-before-joined" | "import-needs-province" | "import-not-a-choice" | "import-not-a-date" | "import-not-a-whole-number" | "import-not-xlsx" | "import-out-of-range" | "import-password-protected" | "import-phone-invalid" | "import-problems-column" | "import-province-unknown" | "import-required" | "import-role-not-grantable" | "import-role-without-facility" | "import-rows-disagree" | "import-staff-rows-disagree" | "import-too-long" | "import-too-many-rows" | "import-user-email-in-use" | "import-user-refused" | "import-wrong-template" | "import-zip-bomb" | "indicator-not-applicable" | "indicator-not-for-group" | "indicator-unknown" | "intake-date-future" | "internal-error" | "invalid_credentials" | "invalid_token" | "invitation-not-pending" | "json-value-invalid" | "language-unknown" | "ledger-date-range" | "legal-ground-consent-not-withdrawn" | "link-not-http" | "malformed-json" | "malformed-json-at" | "malformed-request" | "merge-same-client" | "merged" | "mfa-already-enabled" | "mfa-challenge-invalid" | "mfa-code-invalid" | "mfa-code-or-password" | "mfa-code-or-recovery-code" | "mfa-enrolment-not-started" | "mfa-not-enabled" | "mfa-proof-invalid" | "mfa-required" | "mfa-requirement-facility-only" | "next-appointment-after-session" | "no-approval-needed" | "nomination-decided" | "nomination-not-submitted" | "nomination-submitted" | "nomination-year-range" | "nominee-name-required" | "not-a-distribution" | "not-a-user" | "not-an-occurrence" | "not-awarded-reason-required" | "not-feasible-reason-required" | "not-found" | "not-held-no-beneficiaries" | "nothing-to-decide" | "nothing-to-review" | "notification-preferences-people-only" | "occurrence-confirmed" | "occurrence-in-future" | "out-of-stock" | "outcome-required" | "overdrawn" | "own-facility" | "participant-collaborator-required" | "participant-name-or-headcount" | "participant-staff-required" | "participants-count" | "password-too-common" | "permission-required" | "plan-already-requested" | "plan-awaiting-approval" | "plan-empty" | "plan-goal-count" | "plan-not-approved" | "plan-not-editable" | "plan-not-submitted" | "private-hospital-ownership" | "province-binding-platform-only" | "province-code-exists" | "query-value-invalid" | "query-value-required" | "reason-required" | "receipts-outside-dates" | "reception-period-too-long" | "recipient-birth-year-range" | "recipient-count-range" | "recipient-department-required" | "recipient-name-required" | "recommendation-settled" | "recommendation-text-required" | "referral-date-future" | "referral-status" | "reopen-reason-required" | "report-comment-required" | "report-due-before-start" | "report-exists" | "report-facility-only" | "report-not-approved" | "report-not-generated" | "report-not-submitted" | "report-period-invalid" | "report-period-not-ended" | "report-period-not-started" | "report-status" | "report-submitted" | "request-cancelled" | "request-timeout" | "retraction-not-correctable" | "return-comment-required" | "reversal-not-reversible" | "role-needs-facility" | "role-not-grantable" | "same-stage" | "scan-size" | "scan-type" | "schedule-days" | "self-deactivation" | "self-role-change" | "service-date-future" | "service-unavailable" | "service-value-range" | "session-date-future" | "sign-in-throttled" | "stale-version" | "status-order" | "tally-batch-size" | "tally-count-range" | "tally-entry-empty" | "tally-entry-id-required" | "tally-kind-unknown" | "tally-point-required" | "tally-time-range" | "tally-undo-not-own" | "tally-undo-people-only" | "tally-undo-too-late" | "tally-undo-unknown" | "target-exists" | "target-group-or-facility" | "target-value-out-of-range" | "task-due-date-invalid" | "team-member-name-required" | "tenant-write-other-facility" | "tenant-write-outside-facility" | "token-invalid" | "token-required" | "token_expired" | "token_reused" | "too-many-requests" | "training-settings-changed" | "transfer-reference-required" | "unauthenticated" | "unit-change-corrected" | "unit-change-same-day" | "unit-change-unknown" | "unit-correction-reason-required" | "unit-decision-required" | "unit-headcount-negative" | "unit-names-no-staff" | "unit-retraction-without-entry" | "unit-status-invalid" | "unknown-property" | "validation-failed" | "value-out-of-range" | "visit-closed" | "visit-in-future" | "visit-not-closed" | "visit-not-recorded" | "visit-scope-required" | "visit-team-required" | "visit-team-size" | "vnd-amount-range" | "vnd-value-range" | "webhook-delivery-pending" | "webhook-event-unknown" | "webhook-owner-required" | "webhook-paused-mail-body" | "webhook-paused-mail-subject" | "webhook-url-invalid" | "webhook-url-not-https" | "webhook-url-private" | "webhook-url-unresolvable" | "withdrawal-date-future";
            /** @description Quote it when reporting a failure. */
            traceId?: string;
        } & {
            [key: string]: unknown;
        };
        ProfileDto: {
            email: string;
            fullName: string;
            phoneNumber?: string | null;
            language: string;
        };
        ProgressCell: {
            indicatorCode: string;
            /**
             * Format: double
             * @description The value as of the date (percent, count or VND); null when there is nothing to compute from.
             */
            actual?: number | null;
            /** Format: int64 */
            numerator?: number | null;
            /** Format: int64 */
            denominator?: number | null;
            /** Format: double */
            target?: number | null;
            targetSource: string & components["schemas"]["TargetSource"];
            /**
             * Format: double
             * @description Where the value should stand on the date to be on track (pro-rated year target, or the national path).
             */
            expected?: number | null;
            /** Format: double */
            percentAchieved?: number | null;
            state: string & components["schemas"]["ProgressState"];
        };
        /** @enum {string} */
        ProgressState: "Met" | "OnTrack" | "Behind" | "NoTarget" | "NoData";
        /** @description The province's view of daily activities and the workforce: per facility, the totals (shares recomputed from the summed counts) and monthly series for the charts. */
        ProvinceActivities: {
            /** Format: uuid */
            provinceId: string;
            /** Format: int32 */
            year: number;
            /** Format: date */
            asOf: string;
            /** @description One facility's figures for a year: counts and shares only, never the records behind them. */
            totals: components["schemas"]["FacilityActivityFigures"];
            facilities: components["schemas"]["FacilityActivityFigures"][];
            months: components["schemas"]["MonthTotal"][];
            channels: components["schemas"]["ChannelTotal"][];
        };
        ProvinceCaseFigures: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            facilities: components["schemas"]["FacilityCaseFigures"][];
        };
        ProvinceFundraising: {
            /** Format: uuid */
            provinceId: string;
            /** Format: int32 */
            year: number;
            /** Format: int64 */
            cashRaised: number;
            /** Format: int64 */
            cashDistributed: number;
            /** Format: int32 */
            patientsSupported: number;
            facilities: components["schemas"]["FacilityFundraising"][];
        };
        ProvinceKpis: {
            /** Format: uuid */
            provinceId: string;
            /** Format: date */
            asOf: string;
            /** Format: date-time */
            computedAt: string;
            figures: components["schemas"]["KpiFigure"][];
        };
        ProvinceProgress: {
            /** Format: uuid */
            provinceId: string;
            /** Format: date */
            asOf: string;
            /** Format: int32 */
            year: number;
            indicators: components["schemas"]["IndicatorDto"][];
            totals: components["schemas"]["ProgressCell"][];
            facilities: components["schemas"]["FacilityProgressRow"][];
        };
        ProvinceSummary: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            /** Format: int32 */
            curativeCount: number;
            /** Format: int32 */
            preventiveCount: number;
            /** Format: int32 */
            communeStationCount: number;
        };
        PublicCampaign: {
            /** Format: uuid */
            id: string;
            facilityName: string;
            kind: string & components["schemas"]["FundKind"];
            title: string;
            purpose: string;
            scope?: string | null;
            beneficiaries?: string | null;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: date */
            distributionDate?: string | null;
            /** Format: int64 */
            targetAmount?: number | null;
            status: string & components["schemas"]["CampaignStatus"];
            /** Format: date-time */
            publishedAt: string;
            totals: components["schemas"]["FundTotals"];
            receipts: components["schemas"]["PublicReceipt"][];
            distributions: components["schemas"]["PublicDistribution"][];
        };
        PublicDistribution: {
            /** Format: date */
            date: string;
            kind: string & components["schemas"]["EntryKind"];
            recipientKind?: (string & components["schemas"]["RecipientKind"]) | null;
            beneficiary: string;
            /** Format: int64 */
            amount: number;
            item?: string | null;
            /** Format: int32 */
            quantity?: number | null;
            unit?: string | null;
            isReversal: boolean;
            isReversed: boolean;
        };
        PublicReceipt: {
            receiptCode?: string | null;
            /** Format: date */
            date: string;
            kind: string & components["schemas"]["EntryKind"];
            donor: string;
            /** Format: int64 */
            amount: number;
            item?: string | null;
            /** Format: int32 */
            quantity?: number | null;
            unit?: string | null;
            isReversal: boolean;
            isReversed: boolean;
        };
        /** @enum {string} */
        QualificationLevel: "ShortCourse" | "Intermediate" | "College" | "Bachelor" | "Master" | "Doctorate";
        /** @enum {string} */
        QualificationMajor: "SocialWork" | "Sociology" | "Psychology" | "SpecialEducation" | "Other";
        /** @description Records a data subject's request about a client (received date; the due date follows from the setting); audited. */
        ReceiveDataSubjectRequest: {
            kind: string & components["schemas"]["DataSubjectRequestKind"];
            /** Format: date */
            receivedOn: string;
            detail?: string | null;
        };
        ReceptionCountRow: {
            /** Format: date */
            periodStart: string;
            /** Format: uuid */
            pointId: string;
            pointName: string;
            kind: string & components["schemas"]["ContactKind"];
            /** Format: int32 */
            count: number;
        };
        ReceptionCounts: {
            granularity: string & components["schemas"]["CountGranularity"];
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: int32 */
            total: number;
            rows: components["schemas"]["ReceptionCountRow"][];
        };
        ReceptionPointDto: {
            /** Format: uuid */
            id: string;
            name: string;
            isActive: boolean;
        };
        /** @description Section 2 "Hoạt động chuyên môn": reception and guidance. */
        ReceptionSection: {
            /** Format: int32 */
            contacts: number;
            byKind: components["schemas"]["ContactKindCount"][];
        };
        /** @description The reception figures of the facility home: today, this month and this year, per kind. */
        ReceptionSummary: {
            /** Format: date */
            asOf: string;
            /** Format: int32 */
            today: number;
            /** Format: int32 */
            thisMonth: number;
            /** Format: int32 */
            thisYear: number;
            byKind: components["schemas"]["KindCounts"][];
        };
        /** @enum {string} */
        RecipientKind: "Client" | "Department" | "GroupActivity";
        RecommendationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            visitId: string;
            /** Format: int32 */
            number: number;
            text: string;
            /** Format: date */
            dueOn: string;
            status: string & components["schemas"]["RecommendationStatus"];
            accepted: boolean;
            overdue: boolean;
            /** Format: uuid */
            version: string;
            history: components["schemas"]["RecommendationEvent"][];
        };
        /** @description One line of a recommendation's append-only history. */
        RecommendationEvent: {
            kind: string & components["schemas"]["RecommendationEventKind"];
            status?: (string & components["schemas"]["RecommendationStatus"]) | null;
            note?: string | null;
            /** Format: date */
            date?: string | null;
            /** Format: date-time */
            at: string;
        };
        /** @enum {string} */
        RecommendationEventKind: "FollowUp" | "Accepted" | "Reopened";
        /** @enum {string} */
        RecommendationStatus: "Open" | "InProgress" | "Done" | "NotFeasible";
        RecomputeBody: {
            /**
             * Format: date
             * @description The date to compute as of (yyyy-MM-dd); today when omitted.
             */
            asOf?: string | null;
        };
        /** @description Money received for a campaign, numbered from the facility's yearly receipt sequence. No donor means an anonymous gift (a donation box). */
        RecordCashReceipt: {
            /** Format: date */
            receivedOn: string;
            /** Format: int64 */
            amount: number;
            method: string & components["schemas"]["PaymentMethod"];
            reference?: string | null;
            /** Format: uuid */
            donorId?: string | null;
            description?: string | null;
        };
        /** @description Records a consent for one purpose, given by the client or a guardian (named). */
        RecordConsent: {
            purpose: string & components["schemas"]["ConsentPurpose"];
            givenBy: string & components["schemas"]["ConsentGiver"];
            guardianName?: string | null;
            /** Format: date */
            givenOn: string;
        };
        /**
         * @description Logs a counselling session with the client or a relative, on a case if there is one; distress 0–10 before and after; notes and
         *     the next appointment (on a case, the appointment becomes a follow-up task for the counsellor). A collaborator logs only sessions
         *     they held, on a case assigned to them.
         */
        RecordCounsellingSession: {
            /** Format: uuid */
            clientId: string;
            /** Format: uuid */
            caseId?: string | null;
            withRelative: boolean;
            relativeName?: string | null;
            /** Format: date */
            heldOn: string;
            /** Format: int32 */
            durationMinutes: number;
            topic: string;
            /** Format: uuid */
            counsellorId?: string | null;
            /** Format: int32 */
            distressBefore?: number | null;
            /** Format: int32 */
            distressAfter?: number | null;
            notes?: string | null;
            /** Format: date */
            nextAppointmentOn?: string | null;
        };
        /**
         * @description Cash (`Amount`) or goods (`StockLotId` + `Quantity`) out of a campaign to a client, a
         *     department or a group activity. Never more than the campaign holds, however many people distribute at
         *     once. Above the facility's threshold it awaits the unit head's approval (a unit head's own is approved at once).
         */
        RecordDistribution: {
            /** Format: date */
            distributedOn: string;
            /** Format: int64 */
            amount?: number | null;
            /** Format: uuid */
            stockLotId?: string | null;
            /** Format: int32 */
            quantity?: number | null;
            recipientKind: string & components["schemas"]["RecipientKind"];
            recipientName?: string | null;
            /** Format: int32 */
            recipientBirthYear?: number | null;
            recipientCommune?: string | null;
            /** Format: uuid */
            clientId?: string | null;
            /** Format: uuid */
            caseId?: string | null;
            departmentName?: string | null;
            /** Format: int32 */
            groupCount?: number | null;
            groupList?: string | null;
            description?: string | null;
        };
        /**
         * @description The visited facility's unit head records a follow-up on a recommendation of a closed visit: in
         *     progress, done, or not feasible (the note gives the reason). Each follow-up is kept (append-only);
         *     a "done" or "not feasible" one waits for the province's review.
         */
        RecordFollowUp: {
            /** Format: uuid */
            version: string;
            status: string & components["schemas"]["RecommendationStatus"];
            note: string;
            /** Format: date */
            date: string;
        };
        /** @description Goods received in kind (wheelchairs, a defibrillator, milk): numbered like cash, and the goods enter the campaign's stock. */
        RecordGoodsReceipt: {
            /** Format: date */
            receivedOn: string;
            item: string;
            /** Format: int32 */
            quantity: number;
            unit: string;
            /** Format: int64 */
            estimatedValue: number;
            /** Format: uuid */
            donorId?: string | null;
            description?: string | null;
        };
        /** @description The unit head records the legal ground for processing on after a consent was withdrawn (audited). */
        RecordLegalGround: {
            legalGround: string;
        };
        /** @description Records a service delivered on the case (type from the one taxonomy, date, provider, quantity, value in VND). */
        RecordService: {
            type: string & components["schemas"]["ServiceType"];
            /** Format: date */
            deliveredOn: string;
            provider: string;
            /** Format: int32 */
            quantity: number;
            /** Format: int64 */
            valueVnd: number;
            note?: string | null;
        };
        /**
         * @description Counts a batch of tally entries: the portal's taps (including a queue replayed after a network
         *     loss) or a hospital information system's push. Entries whose id was already counted are skipped;
         *     a batch sent again under the same Idempotency-Key is answered from the first time. An entry that undoes a tap
         *     (the tally screen's undo) is stored as a compensating entry with the negative count: the ledger stays append-only.
         */
        RecordTallies: {
            entries: components["schemas"]["TallyEntry"][];
        };
        /**
         * @description The facility admin records a change of the unit's status with the decision that made it and its
         *     effective date, which may lie in the past: KPIs as of any later date then count it, and the stored
         *     snapshots from that date on are recomputed (through the outbox).
         * @example {
         *       "status": "Department",
         *       "effectiveDate": "2025-03-23",
         *       "decisionNumber": "512/QĐ-BV",
         *       "headName": "Lê Văn Minh",
         *       "headcount": 7,
         *       "note": "Thành lập Phòng Công tác xã hội"
         *     }
         */
        RecordUnitStatusChange: {
            status: string & components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
            note?: string | null;
        };
        /** @description A referral as its sender sees it. For a platform referral the status and answer come from the receiver's package. */
        ReferralDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            target: string & components["schemas"]["ReferralTarget"];
            agencyKind?: (string & components["schemas"]["AgencyKind"]) | null;
            agencyName?: string | null;
            /** Format: uuid */
            receiverFacilityId?: string | null;
            receiverFacilityName?: string | null;
            reason: string;
            /** Format: date */
            sentOn: string;
            status: string & components["schemas"]["ReferralStatus"];
            outcome?: string | null;
            declineReason?: string | null;
            sharesPersonalData: boolean;
            consentOverrideReason?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @description What the receiving facility sees: only what the sender chose to share, never the sender's records. */
        ReferralPackageDto: {
            /** Format: uuid */
            id: string;
            senderFacilityName: string;
            reason: string;
            /** Format: date */
            sentOn: string;
            status: string & components["schemas"]["ReferralStatus"];
            clientName?: string | null;
            /** Format: int32 */
            birthYear?: number | null;
            sex?: string | null;
            phone?: string | null;
            address?: string | null;
            problemSummary?: string | null;
            needsSummary?: string | null;
            declineReason?: string | null;
            /** Format: uuid */
            receiverCaseId?: string | null;
            /** Format: uuid */
            version: string;
        };
        ReferralReceiver: {
            /** Format: uuid */
            id: string;
            name: string;
            communeWard?: string | null;
        };
        /** @enum {string} */
        ReferralStatus: "Sent" | "Accepted" | "Declined" | "Completed";
        /** @enum {string} */
        ReferralTarget: "ExternalAgency" | "PlatformFacility";
        /**
         * @description Swaps a refresh token for a new pair. The same token presented again within SocialWorkCloud.Application.Features.Auth.RefreshSession.ReuseGrace of its
         *     rotation (two tabs, two replicas, a retried request) gets the same successor; any later reuse is theft:
         *     the whole family is revoked.
         * @example {
         *       "refreshToken": "the refreshToken from the login response"
         *     }
         */
        RefreshSession: {
            refreshToken: string;
        };
        /** @description A new set of recovery codes (a current code required): the old ones stop working; the new ones are shown this once. */
        RegenerateMfaRecoveryCodes: {
            code: string;
        };
        /**
         * @description Onboards a facility (a new tenant) into a province, optionally with its unit's current status.
         * @example {
         *       "provinceId": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
         *       "code": "BV-NL",
         *       "name": "Bệnh viện Đa khoa khu vực Ngọc Lặc",
         *       "type": "PublicHospital",
         *       "ownership": "Public",
         *       "communeWard": "Thị trấn Ngọc Lặc",
         *       "medicalStaffCount": 420,
         *       "initialUnit": {
         *         "status": "Team",
         *         "effectiveDate": "2019-09-01",
         *         "decisionNumber": "77/QĐ-SYT",
         *         "headcount": 4
         *       }
         *     }
         */
        RegisterFacility: {
            /** Format: uuid */
            provinceId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            ownership: string & components["schemas"]["Ownership"];
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: date */
            establishedOn?: string | null;
            initialUnit?: components["schemas"]["InitialUnitStatus"] | null;
            communeCode?: string | null;
        };
        /** @description Reopens a closed case at the assessment stage, with a reason; the closure stays in its history. */
        ReopenCase: {
            reason: string;
            /** Format: uuid */
            version: string;
        };
        /** @description The province officer reopens an approved report for a correction (back to draft, with the reason, recorded in its history). */
        ReopenReport: {
            /** Format: uuid */
            version: string;
            comment?: string | null;
        };
        /** @enum {string} */
        ReportAction: "Created" | "Generated" | "Submitted" | "Returned" | "Approved" | "Reopened";
        ReportDeadlineDto: {
            kind: string & components["schemas"]["ReportPeriodKind"];
            /** Format: int32 */
            year: number;
            /** Format: int32 */
            number: number;
            /** Format: date */
            dueOn: string;
        };
        ReportDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            /** Format: uuid */
            provinceId: string;
            provinceName: string;
            kind: string & components["schemas"]["ReportPeriodKind"];
            /** Format: int32 */
            year: number;
            /** Format: int32 */
            number: number;
            periodName: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            dueOn: string;
            status: string & components["schemas"]["ReportStatus"];
            editable: boolean;
            /**
             * @description Every figure of a periodic report, computed from the facility's records between SocialWorkCloud.Application.Features.Reports.ReportFigures.From
             *     and SocialWorkCloud.Application.Features.Reports.ReportFigures.Through (the period's end, or the generation day when the period is still running).
             *     Stored as a frozen JSON snapshot on the report.
             */
            figures?: components["schemas"]["ReportFigures"] | null;
            /** Format: date-time */
            generatedAt?: string | null;
            reportNumber?: string | null;
            place?: string | null;
            results?: string | null;
            difficulties?: string | null;
            proposals?: string | null;
            nextPeriodPlan?: string | null;
            recipients?: string | null;
            signerName?: string | null;
            signerTitle?: string | null;
            /** Format: date-time */
            firstSubmittedAt?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            lastComment?: string | null;
            /** Format: uuid */
            latestRunId?: string | null;
            history: components["schemas"]["ReportTransitionDto"][];
            /** Format: uuid */
            version: string;
        };
        /**
         * @description Every figure of a periodic report, computed from the facility's records between SocialWorkCloud.Application.Features.Reports.ReportFigures.From
         *     and SocialWorkCloud.Application.Features.Reports.ReportFigures.Through (the period's end, or the generation day when the period is still running).
         *     Stored as a frozen JSON snapshot on the report.
         */
        ReportFigures: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            /** Format: date */
            through: string;
            /** @description Section 2 "Hoạt động chuyên môn": reception and guidance. */
            reception: components["schemas"]["ReceptionSection"];
            counselling: components["schemas"]["CounsellingSection"];
            communication: components["schemas"]["CommunicationSection"];
            /** @description Money raised and given, net of reversals (a reversed entry and its reversal both drop out). */
            fundraising: components["schemas"]["FundraisingSection"];
            charity: components["schemas"]["CharitySection"];
            services: components["schemas"]["ServicesSection"];
            /** @description Section 3: training. The trained share is the KPI's, as of the period's end (or the generation day). */
            training: components["schemas"]["TrainingSection"];
            cases: components["schemas"]["CaseSection"];
        };
        ReportListItem: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            kind: string & components["schemas"]["ReportPeriodKind"];
            /** Format: int32 */
            year: number;
            /** Format: int32 */
            number: number;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            dueOn: string;
            status: string & components["schemas"]["ReportStatus"];
            reportNumber?: string | null;
            /** Format: date-time */
            firstSubmittedAt?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            approvedAt?: string | null;
            /** Format: date-time */
            generatedAt?: string | null;
            lastComment?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @enum {string} */
        ReportPeriodKind: "Quarter" | "HalfYear" | "Year" | "FiveYear";
        ReportRunDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reportId: string;
            status: string & components["schemas"]["ReportRunStatus"];
            /** Format: int32 */
            progressPercent: number;
            step?: string | null;
            error?: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            finishedAt?: string | null;
        };
        /** @enum {string} */
        ReportRunStatus: "Queued" | "Running" | "Succeeded" | "Failed";
        /** @enum {string} */
        ReportStatus: "Draft" | "Submitted" | "Returned" | "Approved";
        /**
         * @description Who reported a period on time. The share counts facilities whose report is due (the due date has
         *     passed, or they submitted already): on time ÷ those; null when none is due yet.
         */
        ReportTimeliness: {
            kind: string & components["schemas"]["ReportPeriodKind"];
            /** Format: int32 */
            year: number;
            /** Format: int32 */
            number: number;
            periodName: string;
            /** Format: date */
            periodStart: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            dueOn: string;
            /** Format: date */
            today: string;
            /** Format: int32 */
            onTime: number;
            /** Format: int32 */
            late: number;
            /** Format: int32 */
            overdue: number;
            /** Format: int32 */
            notYetDue: number;
            /** Format: double */
            onTimePercent?: number | null;
            facilities: components["schemas"]["FacilityTimeliness"][];
        };
        ReportTransitionDto: {
            action: string & components["schemas"]["ReportAction"];
            fromStatus: string & components["schemas"]["ReportStatus"];
            toStatus: string & components["schemas"]["ReportStatus"];
            comment?: string | null;
            byName?: string | null;
            /** Format: date-time */
            at: string;
        };
        /**
         * @description Asks the unit head to approve the plan, or the closure: its reason from the list (`closureReason`) and free text
         *     (`closingReason`, required for `Other`; without `closureReason` the reason is `Other`).
         */
        RequestApproval: {
            subject: string & components["schemas"]["ApprovalSubject"];
            closingReason?: string | null;
            /** Format: uuid */
            version: string;
            closureReason?: (string & components["schemas"]["ClosureReason"]) | null;
        };
        /** @description Sets a new password with the link from a reset e-mail; every session of the account ends. */
        ResetPassword: {
            token: string;
            password: string;
        };
        RetentionDueItemDto: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["RetentionRecordKind"];
            /** Format: uuid */
            recordId: string;
            /** Format: uuid */
            clientId?: string | null;
            clientName?: string | null;
            /** Format: date */
            since: string;
            /** Format: date */
            dueOn: string;
            /** Format: date-time */
            listedAt: string;
        };
        /** @enum {string} */
        RetentionRecordKind: "ClosedCase" | "CounsellingSession" | "InactiveClient" | "WithdrawnConsent";
        /** @description The province officer returns a submitted report to the unit with a comment; the unit edits, regenerates and resubmits it. */
        ReturnReport: {
            /** Format: uuid */
            version: string;
            comment?: string | null;
        };
        /**
         * @description Corrects a mistaken receipt or distribution by a reversal entry with the reason; the original stays
         *     in the ledger. A receipt whose money or goods were already given out cannot be reversed (that would overdraw).
         */
        ReverseEntry: {
            reason: string;
        };
        /**
         * @description The province officer reviews a "done" or "not feasible" follow-up: accepts it (the recommendation is
         *     settled) or reopens it with a comment (the facility follows up again).
         */
        ReviewFollowUp: {
            /** Format: uuid */
            version: string;
            outcome: string & components["schemas"]["ReviewOutcome"];
            comment?: string | null;
        };
        /** @enum {string} */
        ReviewOutcome: "Accepted" | "Reopened";
        /** @description The Health Department acknowledges a submitted plan, or returns it with a comment for the unit to revise and resubmit. */
        ReviewPlan: {
            decision: string & components["schemas"]["PlanDecision"];
            comment?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @description A change of the case's risk level, shown in the case history. */
        RiskChangeDto: {
            from: string & components["schemas"]["RiskLevel"];
            to: string & components["schemas"]["RiskLevel"];
            source: string & components["schemas"]["RiskChangeSource"];
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        /** @enum {string} */
        RiskChangeSource: "Assessment" | "CaseSettings";
        /** @enum {string} */
        RiskLevel: "Low" | "Medium" | "High";
        /** @description Writes the case plan (goals, planned services, responsible people, due dates, review date). Changing an approved plan needs approval again. */
        SavePlan: {
            goals: components["schemas"]["PlanGoalInput"][];
            /** Format: date */
            reviewOn?: string | null;
            /** Format: uuid */
            version: string;
        };
        /**
         * @description Refers the case's client to an external agency or to another facility on the platform. Sharing
         *     personal data needs the client's consent for sharing in a referral, in force on the day sent, or
         *     the unit head's override with a written reason (audited).
         */
        SendReferral: {
            target: string & components["schemas"]["ReferralTarget"];
            agencyKind?: (string & components["schemas"]["AgencyKind"]) | null;
            agencyName?: string | null;
            /** Format: uuid */
            receiverFacilityId?: string | null;
            reason: string;
            /** Format: date */
            sentOn: string;
            sharesPersonalData: boolean;
            /** @description The fields of the client and case the sender shares with a facility on the platform. */
            share?: components["schemas"]["SharedFields"] | null;
            consentOverrideReason?: string | null;
        };
        ServiceDto: {
            /** Format: uuid */
            id: string;
            type: string & components["schemas"]["ServiceType"];
            /** Format: date */
            deliveredOn: string;
            provider: string;
            /** Format: int32 */
            quantity: number;
            /** Format: int64 */
            valueVnd: number;
            note?: string | null;
            source: string;
        };
        ServiceFigures: {
            type: string & components["schemas"]["ServiceType"];
            /** Format: int32 */
            deliveries: number;
            /** Format: int32 */
            quantity: number;
            /** Format: int64 */
            valueVnd: number;
        };
        /** @enum {string} */
        ServiceType: "EmergencySupport" | "PsychosocialSupportAndCounselling" | "FinancialSupport" | "Meals" | "Transport" | "AssistiveDevices" | "LegalAid" | "AdministrativeProcedures" | "EducationOrVocationalSupport" | "Referral";
        ServicesSection: {
            /** Format: int32 */
            deliveries: number;
            byType: components["schemas"]["ServiceFigures"][];
        };
        /**
         * @description The facility admin requires MFA of every user of the facility (or stops requiring it). Users without MFA enrol at
         *     their next sign-in; sessions already running go on until then.
         */
        SetFacilityMfaRequirement: {
            required: boolean;
        };
        /** @description The province's own due date for a period, replacing the default (15 days after the period ends). */
        SetReportDeadline: {
            kind: string & components["schemas"]["ReportPeriodKind"];
            /** Format: int32 */
            year: number;
            /** Format: int32 */
            number: number;
            /** Format: date */
            dueOn: string;
        };
        /** @enum {string} */
        Sex: "Unknown" | "Male" | "Female";
        /** @description The fields of the client and case the sender shares with a facility on the platform. */
        SharedFields: {
            name: boolean;
            birthYear: boolean;
            sex: boolean;
            phone: boolean;
            address: boolean;
            problem: boolean;
            needs: boolean;
        };
        /**
         * @description The answer to a sign-in: the token pair, or — for an account with MFA, or one that must enrol — no tokens but the
         *     challenge of the second step. SocialWorkCloud.Application.Features.Auth.SignInResult.RecoveryCodes come once, with the tokens of a sign-in that completed an enrolment.
         */
        SignInResult: {
            accessToken?: string | null;
            refreshToken?: string | null;
            /** Format: date-time */
            expiresAt?: string | null;
            /** @description The step after the password: a code (or a recovery code), or — for an account that must have MFA and has none — enrolment. */
            mfa?: components["schemas"]["MfaChallenge"] | null;
            recoveryCodes?: string[] | null;
        };
        StaffMemberDto: {
            /** Format: uuid */
            id: string;
            fullName: string;
            role: string & components["schemas"]["StaffRole"];
            /** Format: uuid */
            departmentId?: string | null;
            departmentName?: string | null;
            employmentType: string & components["schemas"]["EmploymentType"];
            qualificationLevel: string & components["schemas"]["QualificationLevel"];
            qualificationMajor: string & components["schemas"]["QualificationMajor"];
            practiceHostFacility?: string | null;
            /** Format: date */
            practiceFrom?: string | null;
            /** Format: date */
            practiceTo?: string | null;
            practiceSupervisor?: string | null;
            practiceResult?: (string & components["schemas"]["PracticeResult"]) | null;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
            /** Format: uuid */
            version: string;
            certificates: components["schemas"]["CertificateDto"][];
        };
        /** @enum {string} */
        StaffRole: "Head" | "SocialWorker" | "PartTime";
        /** @description An account that must have MFA and has none: the enrolment challenge starts enrolment (the secret and its QR code). */
        StartRequiredMfaEnrolment: {
            challenge: string;
        };
        StatusCount: {
            status: string & components["schemas"]["ReferralStatus"];
            /** Format: int32 */
            referrals: number;
        };
        /** @enum {string} */
        StatusHintKind: "RecordsShowSocialWork";
        StockLine: {
            /** Format: uuid */
            lotId: string;
            item: string;
            unit: string;
            /** Format: int32 */
            quantityReceived: number;
            /** Format: int32 */
            quantityIssued: number;
            /** Format: int32 */
            quantityInStock: number;
            /** Format: int64 */
            estimatedValue: number;
            /** Format: date */
            receivedOn: string;
            donorName?: string | null;
        };
        /** @description The unit head submits a draft nomination to the Health Department; from then on it no longer changes. */
        SubmitNomination: {
            /** Format: uuid */
            version: string;
        };
        /** @description Submits the plan to the Health Department; it can no longer be edited unless returned. */
        SubmitPlan: {
            /** Format: uuid */
            version: string;
        };
        /** @description The unit head sends a draft (or a returned report) to the province; its figures are frozen from now on. */
        SubmitReport: {
            /** Format: uuid */
            version: string;
            comment?: string | null;
        };
        SupervisionOverview: {
            /** Format: date */
            asOf: string;
            facilities: components["schemas"]["FacilitySupervisionRow"][];
        };
        TallyBatchResult: {
            /**
             * Format: int32
             * @description Entries counted by this request.
             */
            accepted: number;
            /**
             * Format: int32
             * @description Entries already counted before (replays); not counted again.
             */
            duplicates: number;
            /** @description The whole batch was answered from an earlier request with the same Idempotency-Key. */
            replayed: boolean;
        };
        /**
         * @description One contact (or a count of them) at a reception point. `Id` is generated by the sender and makes a replay harmless.
         *     With `undoes` (the id of an earlier tap by the same person, at most a minute before) the entry takes that tap back:
         *     a compensating entry for the tap's point, kind, day and count, whatever this entry's own point, kind and count say.
         */
        TallyEntry: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            pointId: string;
            kind: string & components["schemas"]["ContactKind"];
            /** Format: date-time */
            occurredAt: string;
            /** Format: int32 */
            count: number;
            /** Format: uuid */
            undoes?: string | null;
        };
        TargetDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            /** Format: int32 */
            year: number;
            indicatorCode: string;
            facilityGroup?: (string & components["schemas"]["FacilityGroup"]) | null;
            /** Format: uuid */
            facilityId?: string | null;
            facilityName?: string | null;
            /** Format: double */
            value: number;
            /** Format: date-time */
            updatedAt: string;
            /** Format: uuid */
            version: string;
            /** @description A facility target's facility type (null for a group target). */
            facilityType?: (string & components["schemas"]["FacilityType"]) | null;
            /** @description The group a facility target's facility belongs to, so the targets table filters facilities by group. */
            readonly groupOfFacility?: (string & components["schemas"]["FacilityGroup"]) | null;
        };
        /** @enum {string} */
        TargetSource: "Facility" | "Group" | "National" | "FacilitiesSum" | "None";
        TaskDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            assigneeId: string;
            assigneeName?: string | null;
            /** Format: date-time */
            doneAt?: string | null;
            /** Format: date */
            overdueSince?: string | null;
        };
        TeamMember: {
            name: string;
            title?: string | null;
        };
        /** @enum {string} */
        Timeliness: "OnTime" | "Late" | "Overdue" | "NotYetDue";
        TokenResponse: {
            accessToken: string;
            refreshToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        TrainingCourseDetail: {
            course: components["schemas"]["TrainingCourseDto"];
            participants: components["schemas"]["TrainingParticipantDto"][];
        };
        TrainingCourseDto: {
            /** Format: uuid */
            id: string;
            title: string;
            organiser: string;
            type: string & components["schemas"]["TrainingType"];
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** Format: double */
            hours: number;
            /** Format: int32 */
            participants: number;
        };
        /**
         * @description A year's training figures: the share of the facility's medical staff trained (denominator: the
         *     registry's medical staff count), the share of social-work staff holding a valid certificate, and
         *     continuing-education hours per person (staff and collaborators) against the unit's threshold.
         */
        TrainingFigures: {
            /** Format: int32 */
            year: number;
            /** Format: double */
            yearlyHoursThreshold: number;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: int32 */
            medicalStaffTrained: number;
            /** Format: double */
            medicalStaffTrainedPercent?: number | null;
            /** Format: int32 */
            socialWorkStaff: number;
            /** Format: int32 */
            certifiedStaff: number;
            /** Format: double */
            certifiedPercent?: number | null;
            /** Format: int32 */
            people: number;
            /** Format: double */
            totalHours: number;
            /** Format: double */
            hoursPerPerson?: number | null;
            /** Format: int32 */
            belowThresholdCount: number;
            hours: components["schemas"]["PersonHours"][];
        };
        TrainingParticipantDto: {
            /** Format: uuid */
            id: string;
            kind: string & components["schemas"]["ParticipantKind"];
            /** Format: uuid */
            staffMemberId?: string | null;
            /** Format: uuid */
            collaboratorId?: string | null;
            name?: string | null;
            /** Format: int32 */
            headcount: number;
        };
        /** @description Section 3: training. The trained share is the KPI's, as of the period's end (or the generation day). */
        TrainingSection: {
            /** Format: int32 */
            coursesHeld: number;
            /** Format: int32 */
            participants: number;
            /** Format: int32 */
            peopleTrained: number;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: int32 */
            medicalStaffTrained: number;
            /** Format: double */
            medicalStaffTrainedPercent?: number | null;
            /** Format: int32 */
            socialWorkStaff: number;
            /** Format: int32 */
            certifiedStaff: number;
        };
        TrainingSettingsDto: {
            /** Format: double */
            yearlyHoursThreshold: number;
            /** Format: uuid */
            version?: string | null;
        };
        /** @enum {string} */
        TrainingType: "Course" | "Workshop" | "StudyVisit";
        TransitionDto: {
            fromStage?: (string & components["schemas"]["CaseStage"]) | null;
            toStage: string & components["schemas"]["CaseStage"];
            reason?: string | null;
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        TrendPoint: {
            /** Format: date */
            asOf: string;
            /** Format: double */
            actual?: number | null;
        };
        /** @enum {string} */
        UnitStatus: "None" | "CollaboratorsOnly" | "Team" | "Department";
        UnitStatusEntry: {
            /** Format: uuid */
            id: string;
            status: string & components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
            note?: string | null;
            /** Format: uuid */
            correctsId?: string | null;
            correctionReason?: string | null;
            isRetraction: boolean;
            isInForce: boolean;
            /** Format: date-time */
            recordedAt: string;
            /** Format: uuid */
            recordedBy?: string | null;
            recordedByName?: string | null;
        };
        /**
         * @description Where a facility's own records contradict its declared unit status, and the records that do:
         *     active social-work staff as of the date, and counselling sessions, communication items and held
         *     charity activities in the twelve months before it.
         */
        UnitStatusHint: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            declaredStatus: string & components["schemas"]["UnitStatus"];
            kind: string & components["schemas"]["StatusHintKind"];
            /** Format: int32 */
            activeStaff: number;
            /** Format: int32 */
            activitiesLastYear: number;
        };
        UnreadCount: {
            /** Format: int32 */
            count: number;
        };
        /** @description Edits a campaign's description while it is not settled; send the version you read (409 when stale). */
        UpdateCampaign: {
            /** Format: uuid */
            version: string;
            title: string;
            purpose: string;
            scope?: string | null;
            beneficiaries?: string | null;
            bankAccount?: string | null;
            goodsReceptionPlace?: string | null;
            /** Format: date */
            startDate: string;
            /** Format: date */
            endDate?: string | null;
            /** Format: date */
            distributionDate?: string | null;
            /** Format: int64 */
            targetAmount?: number | null;
        };
        /** @description Reassigns a case, changes its priority or risk level, marks it sensitive. Only the unit head reassigns or unmarks sensitivity. */
        UpdateCase: {
            /** Format: uuid */
            assignedWorkerId: string;
            priority: string & components["schemas"]["CasePriority"];
            riskLevel: string & components["schemas"]["RiskLevel"];
            isSensitive: boolean;
            /** Format: uuid */
            version: string;
        };
        /**
         * @description Corrects a client's record. Changing an identifier or the name to one another client already has
         *     answers 409 with the matches, as at registration, unless the caller saw them and saves anyway.
         *     Every edit is audited with the fields it changed; a merged duplicate is no longer edited.
         */
        UpdateClient: {
            fullName: string;
            /** Format: date */
            dateOfBirth?: string | null;
            /** Format: int32 */
            birthYear?: number | null;
            sex: string & components["schemas"]["Sex"];
            nationalId?: string | null;
            insuranceNumber?: string | null;
            patientId?: string | null;
            province?: string | null;
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            guardianContact?: string | null;
            householdSituation?: string | null;
            vulnerabilities?: components["schemas"]["Vulnerability"][] | null;
            /** Format: uuid */
            version: string;
            saveAnyway: boolean;
            communeCode?: string | null;
        };
        /** @description Edits a donor's contact or public-anonymity wish; send the version you read (409 when stale). */
        UpdateDonor: {
            /** Format: uuid */
            version: string;
            kind: string & components["schemas"]["DonorKind"];
            name: string;
            phone?: string | null;
            email?: string | null;
            address?: string | null;
            isAnonymousInPublic: boolean;
            note?: string | null;
            communeCode?: string | null;
        };
        /** @description Edits a facility's registry profile. The version read with it must still be current (else 409). */
        UpdateFacility: {
            /** Format: uuid */
            version: string;
            name: string;
            type: string & components["schemas"]["FacilityType"];
            ownership: string & components["schemas"]["Ownership"];
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: date */
            establishedOn?: string | null;
            /** Format: date */
            closedOn?: string | null;
            communeCode?: string | null;
        };
        /** @description The unit head sets the approval threshold and the yearly target; send the version you read (none the first time). */
        UpdateFundraisingSettings: {
            /** Format: int64 */
            approvalThreshold?: number | null;
            /** Format: int64 */
            yearlyTarget?: number | null;
            /** Format: uuid */
            version?: string | null;
        };
        /** @description The unit head edits a draft nomination; a submitted one no longer changes (422), a stale version is 409. */
        UpdateNomination: {
            /** Format: uuid */
            version: string;
            /** Format: int32 */
            year: number;
            nomineeKind: string & components["schemas"]["NomineeKind"];
            awardKind: string & components["schemas"]["AwardKind"];
            achievements: string;
            nomineeName?: string | null;
            nomineeTitle?: string | null;
            /** Format: uuid */
            staffMemberId?: string | null;
            awardText?: string | null;
        };
        /** @description Changes the e-mail choice of the kinds listed (the others stay as they are). */
        UpdateNotificationPreferences: {
            preferences: components["schemas"]["NotificationPreferenceChange"][];
        };
        /** @description Replaces a draft (or returned) plan's summary, targets and activities; send the version you read. */
        UpdatePlan: {
            /** Format: uuid */
            version: string;
            summary?: string | null;
            targets?: components["schemas"]["PlanTargetInput"][] | null;
            activities?: components["schemas"]["PlannedActivityInput"][] | null;
        };
        /** @description The signed-in user changes their name, phone number and language (of the portal and of their e-mails). */
        UpdateProfile: {
            fullName: string;
            phoneNumber?: string | null;
            language: string;
        };
        /**
         * @description The sender records the course of a referral: an external agency's answer (sent → accepted/declined),
         *     then completion with the outcome. A platform facility answers for itself; its sender only completes.
         */
        UpdateReferralStatus: {
            status: string & components["schemas"]["ReferralStatus"];
            outcome?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @description The unit's own parts of a draft or returned report: number, narrative, recipients, signer. A submitted or approved report is locked (422). */
        UpdateReport: {
            /** Format: uuid */
            version: string;
            reportNumber?: string | null;
            place?: string | null;
            results?: string | null;
            difficulties?: string | null;
            proposals?: string | null;
            nextPeriodPlan?: string | null;
            recipients?: string | null;
            signerName?: string | null;
            signerTitle?: string | null;
        };
        /** @description Edits a staff member (role, department, qualification, supervised practice, leaving date); 409 when the version is stale. */
        UpdateStaffMember: {
            /** Format: uuid */
            version: string;
            fullName: string;
            role: string & components["schemas"]["StaffRole"];
            /** Format: uuid */
            departmentId?: string | null;
            employmentType: string & components["schemas"]["EmploymentType"];
            qualificationLevel: string & components["schemas"]["QualificationLevel"];
            qualificationMajor: string & components["schemas"]["QualificationMajor"];
            practiceHostFacility?: string | null;
            /** Format: date */
            practiceFrom?: string | null;
            /** Format: date */
            practiceTo?: string | null;
            practiceSupervisor?: string | null;
            practiceResult?: (string & components["schemas"]["PracticeResult"]) | null;
            /** Format: date */
            joinedOn?: string | null;
            /** Format: date */
            leftOn?: string | null;
        };
        /**
         * @description The province officer records the visit: the date it took place, the scope, the team and the findings.
         *     A date of conduct makes the visit "conducted"; a closed visit no longer changes.
         */
        UpdateSupervisionVisit: {
            /** Format: uuid */
            version: string;
            /** Format: date */
            plannedOn: string;
            scope: string;
            team: components["schemas"]["TeamMember"][];
            /** Format: date */
            conductedOn?: string | null;
            findings?: string | null;
        };
        /** @description Changes a target's value; send the version you read (409 when stale). */
        UpdateTarget: {
            /** Format: double */
            value: number;
            /** Format: uuid */
            version: string;
        };
        /** @description Sets the unit's yearly continuing-education threshold. Send the version you read (none before the first change); 409 when stale. */
        UpdateTrainingSettings: {
            /** Format: double */
            yearlyHoursThreshold: number;
            /** Format: uuid */
            version?: string | null;
        };
        /** @description The editable fields of an account (the id is in the path). */
        UpdateUserBody: {
            fullName: string;
            role: string & components["schemas"]["UserRole"];
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
        };
        /** @description Changes where and what a subscription delivers (checked against the version the caller read). */
        UpdateWebhookSubscription: {
            url: string;
            eventTypes: string[];
            description?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @enum {string} */
        UrgentNeed: "None" | "Medical" | "Money" | "Food" | "Clothing" | "Shelter" | "TransportHome";
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            fullName: string;
            role: string & components["schemas"]["UserRole"];
            /** Format: uuid */
            facilityId?: string | null;
            facilityName?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
            provinceName?: string | null;
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
            invitationPending: boolean;
            /** Format: date-time */
            invitedAt?: string | null;
            language: string;
        };
        /** @enum {string} */
        UserRole: "PlatformAdmin" | "ProvinceOfficer" | "FacilityAdmin" | "SocialWorker" | "Collaborator";
        VisitDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            status: string & components["schemas"]["VisitStatus"];
            /** Format: date */
            plannedOn: string;
            /** Format: date */
            conductedOn?: string | null;
            scope: string;
            findings?: string | null;
            team: components["schemas"]["TeamMember"][];
            /** Format: date-time */
            closedAt?: string | null;
            /** Format: uuid */
            version: string;
            recommendations: components["schemas"]["RecommendationDto"][];
        };
        /** @enum {string} */
        VisitStatus: "Planned" | "Conducted" | "Closed";
        VisitSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            facilityId: string;
            facilityName: string;
            status: string & components["schemas"]["VisitStatus"];
            /** Format: date */
            plannedOn: string;
            /** Format: date */
            conductedOn?: string | null;
            scope: string;
            /** Format: int32 */
            recommendations: number;
            /** Format: int32 */
            openRecommendations: number;
            /** Format: int32 */
            overdueRecommendations: number;
        };
        /** @enum {string} */
        Vulnerability: "None" | "ChildOrphaned" | "ChildAbandoned" | "ChildWithHiv" | "ChildAgentOrangeVictim" | "ChildSeverelyDisabled" | "ChildDisasterAffected" | "Disability" | "Elderly" | "ViolenceAbuseTraffickingVictim" | "MentalDisorder" | "SeriousIllness" | "Hardship" | "UnidentifiedOrWithoutRelatives";
        WatchedPerson: {
            /** Format: uuid */
            staffMemberId: string;
            fullName: string;
            role: string & components["schemas"]["StaffRole"];
        };
        WebhookDeliveryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            webhookId: string;
            eventType: string;
            status: string & components["schemas"]["WebhookDeliveryStatus"];
            /** Format: int32 */
            attempts: number;
            /** Format: int32 */
            lastStatusCode?: number | null;
            lastError?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastAttemptAt?: string | null;
            /** Format: date-time */
            nextAttemptAt?: string | null;
            /** Format: date-time */
            deliveredAt?: string | null;
        };
        /** @enum {string} */
        WebhookDeliveryStatus: "Pending" | "Succeeded" | "Failed";
        /** @description An event type a subscription may choose, with what it announces (in the caller's language). */
        WebhookEventTypeDto: {
            type: string;
            description: string;
        };
        /** @description A subscription's newest delivery as its list shows it: when it was last tried (or queued), how it went, the receiver's HTTP status. */
        WebhookLastDelivery: {
            /** Format: uuid */
            id: string;
            eventType: string;
            /** Format: date-time */
            at: string;
            status: string & components["schemas"]["WebhookDeliveryStatus"];
            /** Format: int32 */
            statusCode?: number | null;
        };
        WebhookSecret: {
            secret: string;
        };
        WebhookSubscriptionDto: {
            /** Format: uuid */
            id: string;
            url: string;
            eventTypes: string[];
            description?: string | null;
            status: string & components["schemas"]["WebhookSubscriptionStatus"];
            /** Format: date-time */
            pausedAt?: string | null;
            pausedReason?: string | null;
            /** Format: date-time */
            failingSince?: string | null;
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            version: string;
            /** @description A subscription's newest delivery as its list shows it: when it was last tried (or queued), how it went, the receiver's HTTP status. */
            lastDelivery?: components["schemas"]["WebhookLastDelivery"] | null;
        };
        /** @enum {string} */
        WebhookSubscriptionStatus: "Active" | "Paused";
        /** @description Withdraws a consent from a date; the record stays, so what was shared before stays explained. */
        WithdrawConsent: {
            /** Format: date */
            withdrawnOn: string;
        };
        /**
         * @description What needs the caller's attention: open cases assigned to them, overdue tasks (open past their due
         *     date, computed as read) and plans past their review date (marked by the daily job; the unit head sees
         *     the whole unit's), and for the unit head
         *     the approvals awaiting a decision and the child-at-high-risk alerts.
         */
        WorkLists: {
            myCases: components["schemas"]["CaseSummary"][];
            overdueTasks: components["schemas"]["OverdueTaskItem"][];
            plansPastReview: components["schemas"]["CaseSummary"][];
            awaitingApproval: components["schemas"]["CaseSummary"][];
            alerts: components["schemas"]["AlertItem"][];
        };
        /** @description The preventive target due at the year end, and the straight-line path's point there. */
        YearTarget: {
            /** Format: int32 */
            year: number;
            /** Format: double */
            targetPercent: number;
            /** Format: double */
            trajectoryPercent: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ListApiClients: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiClient"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiClient"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RevokeApiClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                apiClientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAuditEntries: {
        parameters: {
            query?: {
                /** @description Only what this person did. */
                userId?: string;
                /** @description The record's type (e.g. Client, Case); with entityId. */
                entityType?: string;
                /** @description The record's id; with entityType. */
                entityId?: string;
                /** @description An action (client.view-identifiers), or a prefix ending in a dot (client.). */
                action?: string;
                /** @description First Vietnamese calendar day (included). */
                from?: string;
                /** @description Last Vietnamese calendar day (included). */
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfAuditEntryView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportAuditEntries: {
        parameters: {
            query?: {
                /** @description Only what this person did. */
                userId?: string;
                /** @description The record's type; with entityId. */
                entityType?: string;
                /** @description The record's id; with entityType. */
                entityId?: string;
                /** @description An action, or a prefix ending in a dot. */
                action?: string;
                /** @description First Vietnamese calendar day (included). */
                from?: string;
                /** @description Last Vietnamese calendar day (included). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerifyFacilityChain: {
        parameters: {
            query?: {
                /** @description Audit (the audit log) or Ledger (the fundraising ledger). */
                chain?: components["schemas"]["FacilityChain"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerification"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPlatformAuditEntries: {
        parameters: {
            query?: {
                /** @description Only what this person did. */
                userId?: string;
                /** @description The record's type; with entityId. */
                entityType?: string;
                /** @description The record's id; with entityType. */
                entityId?: string;
                /** @description An action, or a prefix ending in a dot. */
                action?: string;
                /** @description First Vietnamese calendar day (included). */
                from?: string;
                /** @description Last Vietnamese calendar day (included). */
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfAuditEntryView"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportPlatformAuditEntries: {
        parameters: {
            query?: {
                /** @description Only what this person did. */
                userId?: string;
                /** @description The record's type; with entityId. */
                entityType?: string;
                /** @description The record's id; with entityType. */
                entityId?: string;
                /** @description An action, or a prefix ending in a dot. */
                action?: string;
                /** @description First Vietnamese calendar day (included). */
                from?: string;
                /** @description Last Vietnamese calendar day (included). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    VerifyPlatformChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerification"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshSession"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Logout"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    grant_type?: string;
                    client_id?: string;
                    client_secret?: string;
                    scope?: string;
                };
                "application/x-www-form-urlencoded": {
                    grant_type?: string;
                    client_id?: string;
                    client_secret?: string;
                    scope?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientTokenWire"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AcceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitation"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPassword"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPassword"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfile"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SignOutMyselfEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    Me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CompleteMfaSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteMfaSignIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StartRequiredMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartRequiredMfaEnrolment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConfirmRequiredMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmRequiredMfaEnrolment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too many requests from this address: wait the seconds Retry-After gives. */
            429: {
                headers: {
                    /** @description Seconds to wait before the next attempt. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MyMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaStatus"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    StartMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolment"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConfirmMfaEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmMfaEnrolment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaRecoveryCodes"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DisableMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableMfa"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RegenerateMfaRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegenerateMfaRecoveryCodes"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaRecoveryCodes"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvinceCaseFigures: {
        parameters: {
            query?: {
                /** @description First day of the period (default 1 January of the end date's year). */
                from?: string;
                /** @description Last day of the period (default today). */
                to?: string;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceCaseFigures"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCases: {
        parameters: {
            query?: {
                /** @description Only cases assigned to me. */
                mine?: boolean;
                /** @description Only cases at this stage. */
                stage?: components["schemas"]["CaseStage"];
                /** @description Leave out closed cases. */
                openOnly?: boolean;
                /** @description Part of the client's name; accents and case ignored. */
                search?: string;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfCaseSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OpenCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCase"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetWorkLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkLists"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListAssignees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignee"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCaseFigures: {
        parameters: {
            query?: {
                /** @description First day of the period (default 1 January of the end date's year). */
                from?: string;
                /** @description Last day of the period (default today). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseFigures"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportCases: {
        parameters: {
            query?: {
                /** @description Only cases assigned to me. */
                mine?: boolean;
                /** @description Only cases at this stage. */
                stage?: components["schemas"]["CaseStage"];
                /** @description Leave out closed cases. */
                openOnly?: boolean;
                /** @description Part of the client's name; accents and case ignored. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCase"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MoveCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveCase"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAssessment"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SavePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SavePlan"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RequestApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestApproval"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DecideApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideApproval"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReopenCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCase"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordService"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddCaseNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCaseNote"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddFollowUpTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddFollowUpTask"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CompleteFollowUpTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AcknowledgeAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alertId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCharityActivities: {
        parameters: {
            query?: {
                /** @description Only this kind. */
                kind?: components["schemas"]["CharityKind"];
                /** @description From this date (yyyy-MM-dd). */
                from?: string;
                /** @description Up to this date (yyyy-MM-dd). */
                to?: string;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfCharityActivityDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCharityActivity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCharityActivity"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharityActivityDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCharitySummary: {
        parameters: {
            query?: {
                /** @description From this date (default: 1 January of this year). */
                from?: string;
                /** @description Up to this date (default: 31 December of this year). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharitySummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCharitySchedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharityScheduleDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCharitySchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCharitySchedule"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharityScheduleDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCharityOccurrences: {
        parameters: {
            query?: {
                /** @description From this date (default: the schedule's start). */
                from?: string;
                /** @description Up to this date (default: 60 days ahead). */
                to?: string;
            };
            header?: never;
            path: {
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharityOccurrence"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ConfirmCharityOccurrence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scheduleId: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmCharityOccurrence"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CharityActivityDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListClients: {
        parameters: {
            query?: {
                /** @description Name (from its start, or the given name) or an identifier; accents and case ignored. */
                search?: string;
                /** @description Only clients in this category. */
                vulnerability?: components["schemas"]["Vulnerability"];
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientPage"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateClient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClient"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClient"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    EraseClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDataRightsResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MergeClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeClients"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListNominations: {
        parameters: {
            query?: {
                /** @description The emulation year. */
                year?: number;
                /** @description Only this facility's nominations. */
                facilityId?: string;
                /** @description Draft, Submitted (awaiting decision), Awarded or NotAwarded. */
                status?: components["schemas"]["NominationStatus"];
                /** @description Part of the nominee's name; accents and case are ignored. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateNomination: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNomination"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNomination"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitNomination"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DecideNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideNomination"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NominationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCommunicationItems: {
        parameters: {
            query?: {
                /** @description Only this channel. */
                channel?: components["schemas"]["CommunicationChannel"];
                /** @description From this date (yyyy-MM-dd). */
                from?: string;
                /** @description Up to this date (yyyy-MM-dd). */
                to?: string;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfCommunicationItemDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCommunicationItem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunicationItem"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationItemDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCommunicationCounts: {
        parameters: {
            query: {
                /** @description Day, Month or Year. */
                granularity: components["schemas"]["CountGranularity"];
                /** @description First day (yyyy-MM-dd). */
                from: string;
                /** @description Last day (yyyy-MM-dd). */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationCounts"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsent"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    WithdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                consentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawConsent"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCounsellingSessions: {
        parameters: {
            query?: {
                /** @description Only this client's sessions. */
                clientId?: string;
                /** @description Sessions held on or after this date (yyyy-MM-dd). */
                from?: string;
                /** @description Sessions held on or before this date (yyyy-MM-dd). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounsellingSessionDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordCounsellingSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCounsellingSession"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounsellingSessionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListFacilities: {
        parameters: {
            query?: {
                /** @description Only this province (platform admins; others see their own scope anyway). */
                provinceId?: string;
                /** @description Facility type. */
                type?: components["schemas"]["FacilityType"];
                /** @description Curative, Preventive or CommuneStation. */
                group?: components["schemas"]["FacilityGroup"];
                /** @description The unit's status today. */
                unitStatus?: components["schemas"]["UnitStatus"];
                /** @description Part of the name or code; accents and case are ignored ("Thanh Hoa" finds "Thanh Hóa"). */
                search?: string;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfFacilitySummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RegisterFacility: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterFacility"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilitySummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityProfile"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateFacility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacility"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityProfile"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordUnitStatusChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordUnitStatusChange"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitStatusEntry"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CorrectUnitStatusChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                facilityId: string;
                changeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectUnitStatusChange"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitStatusEntry"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCampaigns: {
        parameters: {
            query?: {
                /** @description Only campaigns in this status. */
                status?: components["schemas"]["CampaignStatus"];
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfCampaignSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaign"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaign"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ChangeCampaignStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeCampaignStatus"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PublishCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCampaignStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStatement"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordCashReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCashReceipt"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordGoodsReceipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordGoodsReceipt"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordDistribution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDistribution"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReverseEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseEntry"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApproveDistribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AcknowledgeDistribution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeDistribution"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetAcknowledgementScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReceiptDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListDonors: {
        parameters: {
            query?: {
                /** @description Part of the name or phone; accents and case are ignored. */
                search?: string;
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfDonorSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateDonor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDonor"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonorSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetDonor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                donorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonorDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateDonor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                donorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDonor"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DonorDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFundraisingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundraisingSettingsDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateFundraisingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFundraisingSettings"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundraisingSettingsDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFundraisingSummary: {
        parameters: {
            query?: {
                /** @description Calendar year (default this year). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundraisingSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckLedgerConsistency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerConsistency"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvinceFundraising: {
        parameters: {
            query?: {
                /** @description Calendar year (default this year). */
                year?: number;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceFundraising"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetImportProgress: {
        parameters: {
            query: {
                /** @description The GUID sent in the `Import-Progress` header of the running check or commit. */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportProgressDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListImports: {
        parameters: {
            query?: {
                /** @description Only this kind. */
                kind?: components["schemas"]["ImportKind"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFacilitiesImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckFacilitiesImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateFacilitiesImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitFacilitiesImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetClientsImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckClientsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateClientsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitClientsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                    /** @description JSON array of {row, choice}: what to do with each row that looks like an existing client. */
                    decisions?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetStaffImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckStaffImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateStaffImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitStaffImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetDepartmentsImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckDepartmentsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateDepartmentsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitDepartmentsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCollaboratorsImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckCollaboratorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateCollaboratorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitCollaboratorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetDonorsImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckDonorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateDonorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitDonorsImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetUsersImportTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CheckUsersImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportCheckResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnnotateUsersImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CommitUsersImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRecordDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    OpenJobsDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobsDashboardTicket"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvinceKpis: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceKpis"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetKpiTrend: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiTrend"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RequestKpiRecompute: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RecomputeBody"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiRunDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetKpiRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiRunDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListStatusHints: {
        parameters: {
            query?: {
                asOf?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfUnitStatusHint"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFacilityStatusHint: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityStatusHint"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFacilityKpis: {
        parameters: {
            query?: {
                asOf?: string;
            };
            header?: never;
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityKpis"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetMyWork: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyWorkSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListMyNotifications: {
        parameters: {
            query?: {
                /** @description Unread items before read ones (each newest first). */
                unreadFirst?: boolean;
                /** @description Only unread items. */
                unreadOnly?: boolean;
                /** @description Only items of this kind. */
                kind?: components["schemas"]["NotificationKind"];
                /** @description 1-based page number. */
                page?: number;
                /** @description Rows per page, 1–200 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfNotificationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetUnreadNotificationCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetAwaitingMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AwaitingCount"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MarkNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    MarkAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAllNotificationsRead"];
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferenceDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferences"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferenceDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReports: {
        parameters: {
            query?: {
                /** @description The period's year. */
                year?: number;
                /** @description Draft, Submitted, Returned or Approved. */
                status?: components["schemas"]["ReportStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportListItem"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReport"];
            };
        };
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRunDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReportRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRunDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReport"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RegenerateReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRunDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReport"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReturnReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnReport"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ApproveReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveReport"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReopenReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenReport"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportReport: {
        parameters: {
            query: {
                /** @description Xlsx or Pdf. */
                format: components["schemas"]["ExportFormat"];
            };
            header?: never;
            path: {
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReportTimeliness: {
        parameters: {
            query: {
                /** @description Quarter, HalfYear, Year or FiveYear. */
                kind: components["schemas"]["ReportPeriodKind"];
                /** @description The period's (first) year. */
                year: number;
                /** @description Quarter 1–4, half-year 1–2; 1 for a year or five-year span. */
                number?: number;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportTimeliness"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetReportDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetReportDeadline"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDeadlineDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordLegalGround: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
                consentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordLegalGround"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListClientDataRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequestDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReceiveDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveDataSubjectRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequestDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportClientData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RestrictClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDataRightsResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    LiftClientRestriction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDataRightsResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PseudonymiseClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientDataRightsResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListDataRequests: {
        parameters: {
            query?: {
                /** @description Only requests not yet closed (default true). */
                openOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequestDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CloseDataSubjectRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseDataSubjectRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSubjectRequestDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListRetentionDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionDueItemDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPlaceProvinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceProvinceDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPlaceCommunes: {
        parameters: {
            query?: {
                /** @description The province's two-digit code ("38"). */
                province?: string;
                /** @description Part of the name, with or without accents, or the exact code. */
                search?: string;
                /** @description At most this many (1–500, default 500). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceCommuneDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvinceActivities: {
        parameters: {
            query?: {
                /** @description The year (default: this year). */
                year?: number;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceActivities"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListProvinces: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceSummary"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateProvince: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProvince"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvince: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPublicCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCampaign"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportPublicCampaign: {
        parameters: {
            query: {
                /** @description Xlsx or Pdf. */
                format: components["schemas"]["ExportFormat"];
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "application/pdf": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReceptionPoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionPointDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateReceptionPoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReceptionPoint"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionPointDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordTallies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this batch (e.g. a UUID); resending the batch with it counts nothing again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTallies"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TallyBatchResult"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReceptionCounts: {
        parameters: {
            query: {
                /** @description Day, Month or Year. */
                granularity: components["schemas"]["CountGranularity"];
                /** @description First day (yyyy-MM-dd). */
                from: string;
                /** @description Last day (yyyy-MM-dd). */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionCounts"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReceptionSummary: {
        parameters: {
            query?: {
                /** @description The day counted as "today" (default: today in Vietnam). */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionSummary"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCaseReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SendReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendReferral"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateReferralStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReferralStatus"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReferralReceivers: {
        parameters: {
            query?: {
                /** @description Part of the facility's name; accents ignored. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralReceiver"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListReferralInbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPackageDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetReferralPackage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPackageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AnswerReferral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerReferral"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPackageDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSupervisionOverview: {
        parameters: {
            query?: {
                /** @description The day a recommendation past its due date counts as overdue (default: today in Vietnam). */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionOverview"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListSupervisionVisits: {
        parameters: {
            query?: {
                /** @description Only the visits to this facility. */
                facilityId?: string;
                /** @description Only the visits conducted (or planned) in this year. */
                year?: number;
                /** @description Only visits in this state. */
                status?: components["schemas"]["VisitStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitSummaryDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PlanSupervisionVisit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSupervisionVisit"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetSupervisionVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateSupervisionVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupervisionVisit"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRecommendation"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CloseSupervisionVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                visitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseSupervisionVisit"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListOpenRecommendations: {
        parameters: {
            query?: {
                /** @description Only this facility's recommendations. */
                facilityId?: string;
                /** @description The day for the overdue flag (default: today in Vietnam). */
                asOf?: string;
                /** @description Only recommendations past their due date and not done. */
                overdueOnly?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenRecommendationDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RemoveRecommendation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RecordFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFollowUp"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReviewFollowUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                recommendationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewFollowUp"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListIndicators: {
        parameters: {
            query?: {
                /** @description The year of the national targets shown (default this year). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListTargets: {
        parameters: {
            query?: {
                /** @description The targets' year (default this year). */
                year?: number;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTarget"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
                targetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTarget"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TargetDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteTarget: {
        parameters: {
            query: {
                /** @description The version you read. */
                version: string;
            };
            header?: never;
            path: {
                provinceId: string;
                targetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvinceProgress: {
        parameters: {
            query?: {
                /** @description The date (yyyy-MM-dd), today when omitted; period indicators count from 1 January of its year. */
                asOf?: string;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvinceProgress"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ExportProvinceProgress: {
        parameters: {
            query?: {
                /** @description The date (yyyy-MM-dd), today when omitted. */
                asOf?: string;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFacilityProgress: {
        parameters: {
            query?: {
                /** @description The date (yyyy-MM-dd), today when omitted. */
                asOf?: string;
                /** @description Also compute the month-end values of the year. */
                trend?: boolean;
            };
            header?: never;
            path: {
                facilityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityProgress"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListPlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanSummary"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlan"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdatePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlan"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SubmitPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPlan"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListProvincePlans: {
        parameters: {
            query?: {
                /** @description The plans' year (default this year). */
                year?: number;
            };
            header?: never;
            path: {
                provinceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanSummary"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetProvincePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReviewPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provinceId: string;
                planId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewPlan"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListTrainingCourses: {
        parameters: {
            query?: {
                /** @description Only courses starting in this year. */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCourseDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateTrainingCourse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingCourse"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCourseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTrainingCourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCourseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddTrainingParticipants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                courseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTrainingParticipants"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingCourseDetail"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTrainingFigures: {
        parameters: {
            query?: {
                /** @description The year (default: this year). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingFigures"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetTrainingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSettingsDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateTrainingSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTrainingSettings"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSettingsDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetFacilityMfaRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityMfaRequirement"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SetFacilityMfaRequirement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFacilityMfaRequirement"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityMfaRequirement"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListUsers: {
        parameters: {
            query?: {
                facilityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ReactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SendPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    SignOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhookEventTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventTypeDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhookSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookSubscription"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookSubscription"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookSubscription"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    DeleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    PauseWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ResumeWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description 1-based page. */
                page?: number;
                /** @description At most 100 (default 25). */
                pageSize?: number;
            };
            header?: never;
            path: {
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PagedListOfWebhookDeliveryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    RedeliverWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional: a key unique to this request (e.g. a UUID, at most 200 characters). The same key and request within 24 hours is answered with the stored response (status, body, Location; header `Idempotent-Replayed: true`) without running again; the same key with another request is refused with 422 `idempotency-key-body-mismatch`; a twin sent while the first still runs waits for it and gets its answer (or 409 `idempotency-key-in-use`). Failures are not stored: a retry with the key runs again. */
                "Idempotency-Key"?: string;
            };
            path: {
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unprocessable Content */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentList"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartment"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListStaffMembers: {
        parameters: {
            query?: {
                /** @description Part of a name; accents and case are ignored. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffMember"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UpdateStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffMemberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffMember"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    AddPracticeCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                staffMemberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPracticeCertificate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCertificateScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with Content-Disposition naming it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    UploadCertificateScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certificateId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    GetCertificateWatch: {
        parameters: {
            query?: {
                /** @description The day the rule is applied on (default: today in Vietnam). */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateWatch"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    ListCollaborators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaboratorDto"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    CreateCollaborator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollaborator"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollaboratorDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
