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
        /** Third-party clients the caller administers */
        get: operations["ListApiClients"];
        put?: never;
        /** Register a third-party client; the secret is in this response only */
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
        /** Revoke a client: its tokens stop working at once */
        post: operations["RevokeApiClient"];
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
        /** Sign in with email and password */
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
        /** Swap a refresh token for a new token pair (rotation) */
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
        /** End the session of a refresh token */
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
        /** OAuth 2.0 client-credentials grant for third-party systems (form-encoded) */
        post: operations["Token"];
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
        /** The signed-in user or client, its facility or province, and its permissions */
        get: operations["Me"];
        put?: never;
        post?: never;
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
        /** Case-management aggregates per facility of a province (counts only; province officers) */
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
        /** Cases the caller may see (sensitive ones only to their worker and the unit head; collaborators their own) */
        get: operations["ListCases"];
        put?: never;
        /** Open a case for a client at intake */
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
        /** My open cases, overdue tasks, plans past review; for the unit head also approvals awaiting a decision and alerts */
        get: operations["GetWorkLists"];
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
        /** The facility's figures for a period: cases opened/closed, average days to close, clients by category, children supported, counselling, referrals by status */
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
        /** The case list the caller may see as an Excel workbook, identifiers masked */
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
        /** A case with its transitions, assessments, plan, approvals, services, notes and tasks (reading a sensitive case is audited) */
        get: operations["GetCase"];
        /** Assignment, priority, risk level, sensitive mark; send the version you read */
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
        /** Move the case to another stage; skipping or going back needs a reason */
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
        /** Record an assessment; a child at high risk raises an alert for the unit head */
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
        /** Write the case plan; a changed plan needs approval again */
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
        /** Ask the unit head to approve the plan or the closure (closing reason required) */
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
        /** The unit head approves or returns (with a comment) the plan or the closure */
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
        /** Reopen a closed case with a reason */
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
        /** Record a service delivered (one taxonomy, value in whole VND) */
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
        /** Add a case note */
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
        /** Add a follow-up task with a due date */
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
        /** Mark a follow-up task done */
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
        /** The unit head has seen an alert (it leaves the work list) */
        post: operations["AcknowledgeAlert"];
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
        /** The facility's clients: search by name from its start or by the given name (accents ignored), or by an identifier; CCCD and phone masked */
        get: operations["ListClients"];
        put?: never;
        /** Register a client; 409 with the likely duplicates (property 'matches') unless createAnyway is true */
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
        /** A client's page; full identifiers for callers allowed to see them (each such view is audited) */
        get: operations["GetClient"];
        put?: never;
        post?: never;
        delete?: never;
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
        /** Merge a duplicate into this client, keeping every history (unit head) */
        post: operations["MergeClients"];
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
        /** Record a consent for one purpose, by the client or a guardian */
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
        /** Withdraw a consent from a date; the record stays */
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
        /** Counselling sessions, latest first */
        get: operations["ListCounsellingSessions"];
        put?: never;
        /** Log a counselling session (client or relative; distress 0–10 before and after) */
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
        /** The facility registry: filter by province, type, group, current unit status; search ignores diacritics */
        get: operations["ListFacilities"];
        put?: never;
        /** Onboard a facility into a province (platform admin) */
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
        /** A facility's profile with its social-work unit's history */
        get: operations["GetFacility"];
        /** Edit a facility's profile; send the version you read (409 when stale) */
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
        /** Record a change of the unit's status with its decision and effective date (facility admin) */
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
        /** Correct or retract an entry of the unit's history; the original stays visible */
        post: operations["CorrectUnitStatusChange"];
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
        /** A province's KPIs as of a date (asOf=yyyy-MM-dd, default today), with the facilities that pull each share down */
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
        /** Stored KPI snapshots over time, with the yearly preventive targets */
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
        /** Queue a background recomputation; follow it at the returned run's URL */
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
        /** A recomputation's status and progress */
        get: operations["GetKpiRun"];
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
        /** Where one facility stands as of a date */
        get: operations["GetFacilityKpis"];
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
        /** Provinces the caller may see, with facility counts per group */
        get: operations["ListProvinces"];
        put?: never;
        /** Onboard a province (platform admin) */
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
        /** One province */
        get: operations["GetProvince"];
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
        /** The case's referrals with their status */
        get: operations["ListCaseReferrals"];
        put?: never;
        /** Refer to an external agency or a facility on the platform; sharing personal data needs consent or the unit head's written override */
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
        /** Record an external agency's answer, or completion with the outcome */
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
        /** Facilities of my province a referral may go to (names only); search ignores accents */
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
        /** Referrals other facilities sent to mine: only the package each sender chose to share */
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
        /** One referral package addressed to my facility */
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
        /** Accept (opens our own linked case) or decline with a reason */
        post: operations["AnswerReferral"];
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
        /** Accounts the caller administers */
        get: operations["ListUsers"];
        put?: never;
        /** Create an account with a role */
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
        /** Close an account and end its sessions */
        post: operations["DeactivateUser"];
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
        AddAssessment: {
            /** Format: date */
            assessedOn: string;
            health?: string | null;
            psychological?: string | null;
            familyAndEconomic?: string | null;
            legal?: string | null;
            risks?: string | null;
            riskLevel: components["schemas"]["RiskLevel"];
        };
        AddCaseNote: {
            text: string;
        };
        AddFollowUpTask: {
            title: string;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            assigneeId?: string | null;
        };
        /** @enum {string} */
        AgencyKind: "Police" | "Justice" | "SocialProtectionCentre" | "School" | "Ngo" | "HospitalOffPlatform" | "Other";
        AlertItem: {
            /** Format: uuid */
            alertId: string;
            /** Format: uuid */
            caseId: string;
            clientName: string;
            kind: components["schemas"]["CaseAlertKind"];
            /** Format: date-time */
            raisedAt: string;
        };
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
            subject: components["schemas"]["ApprovalSubject"];
            decision: components["schemas"]["ApprovalState"];
            comment?: string | null;
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        /** @enum {string} */
        ApprovalState: "None" | "Requested" | "Approved" | "Returned";
        /** @enum {string} */
        ApprovalSubject: "Plan" | "Closure";
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
            riskLevel: components["schemas"]["RiskLevel"];
            /** Format: date-time */
            recordedAt: string;
            recordedByName?: string | null;
        };
        /** @enum {string} */
        CaseAlertKind: "ChildAtHighRisk";
        CaseDetail: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: int32 */
            clientBirthYear?: number | null;
            /** Format: uuid */
            assignedWorkerId: string;
            assignedWorkerName?: string | null;
            priority: components["schemas"]["CasePriority"];
            riskLevel: components["schemas"]["RiskLevel"];
            stage: components["schemas"]["CaseStage"];
            isSensitive: boolean;
            intakeSource: components["schemas"]["IntakeSource"];
            presentingProblem: string;
            urgentNeeds: components["schemas"]["UrgentNeed"][];
            /** Format: date */
            openedOn: string;
            /** Format: date */
            closedOn?: string | null;
            closingReason?: string | null;
            planApproval: components["schemas"]["ApprovalState"];
            /** Format: date */
            planReviewOn?: string | null;
            /** Format: date */
            planReviewOverdueSince?: string | null;
            closureApproval: components["schemas"]["ApprovalState"];
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
        };
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
        /** @enum {string} */
        CaseStage: "Intake" | "Assessment" | "Planning" | "Implementation" | "Monitoring" | "Closed";
        CaseSummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** Format: uuid */
            assignedWorkerId: string;
            assignedWorkerName?: string | null;
            priority: components["schemas"]["CasePriority"];
            riskLevel: components["schemas"]["RiskLevel"];
            stage: components["schemas"]["CaseStage"];
            isSensitive: boolean;
            /** Format: date */
            openedOn: string;
            /** Format: date */
            closedOn?: string | null;
            planApproval: components["schemas"]["ApprovalState"];
            closureApproval: components["schemas"]["ApprovalState"];
        };
        CategoryCount: {
            category: components["schemas"]["Vulnerability"];
            /** Format: int32 */
            clients: number;
        };
        ClientCaseSummary: {
            /** Format: uuid */
            id: string;
            stage: components["schemas"]["CaseStage"];
            /** Format: date */
            openedOn: string;
            /** Format: date */
            closedOn?: string | null;
            isSensitive: boolean;
        };
        ClientDetail: {
            /** Format: uuid */
            id: string;
            fullName: string;
            /** Format: date */
            dateOfBirth?: string | null;
            /** Format: int32 */
            birthYear?: number | null;
            sex: components["schemas"]["Sex"];
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
        };
        ClientSummary: {
            /** Format: uuid */
            id: string;
            fullName: string;
            /** Format: int32 */
            birthYear?: number | null;
            /** Format: date */
            dateOfBirth?: string | null;
            sex: components["schemas"]["Sex"];
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
        ConsentDto: {
            /** Format: uuid */
            id: string;
            purpose: components["schemas"]["ConsentPurpose"];
            givenBy: components["schemas"]["ConsentGiver"];
            guardianName?: string | null;
            /** Format: date */
            givenOn: string;
            /** Format: date */
            withdrawnOn?: string | null;
            inForce: boolean;
        };
        /** @enum {string} */
        ConsentGiver: "Client" | "Guardian";
        /** @enum {string} */
        ConsentPurpose: "PersonalDataProcessing" | "SharingInReferral" | "StoryOrPhotoInCommunication";
        /**
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
            status: components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
            note?: string | null;
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
        };
        /**
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
        CreateClient: {
            fullName: string;
            /** Format: date */
            dateOfBirth?: string | null;
            /** Format: int32 */
            birthYear?: number | null;
            sex: components["schemas"]["Sex"];
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
        };
        CreateProvince: {
            code: string;
            name: string;
        };
        CreateUser: {
            email: string;
            fullName: string;
            role: components["schemas"]["UserRole"];
            password: string;
            /** Format: uuid */
            facilityId?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
        };
        CreatedApiClient: {
            client: components["schemas"]["ApiClientDto"];
            clientSecret: string;
        };
        DecideApproval: {
            subject: components["schemas"]["ApprovalSubject"];
            approve: boolean;
            comment?: string | null;
            /** Format: uuid */
            version: string;
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
        /** @enum {string} */
        FacilityGroup: "Curative" | "Preventive" | "CommuneStation";
        FacilityKpis: {
            /** Format: uuid */
            facilityId: string;
            /** Format: date */
            asOf: string;
            group: components["schemas"]["FacilityGroup"];
            unitStatus: components["schemas"]["UnitStatus"];
            countsTowardTarget: boolean;
            indicator: components["schemas"]["KpiIndicator"];
            /** Format: double */
            provinceSharePercent: number;
            /** Format: double */
            targetPercent?: number | null;
            provinceState: components["schemas"]["KpiState"];
        };
        FacilityProfile: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            provinceName: string;
            code: string;
            name: string;
            type: components["schemas"]["FacilityType"];
            group: components["schemas"]["FacilityGroup"];
            ownership: components["schemas"]["Ownership"];
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
            currentUnitStatus: components["schemas"]["UnitStatus"];
            unitHistory: components["schemas"]["UnitStatusEntry"][];
        };
        FacilitySummary: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            code: string;
            name: string;
            type: components["schemas"]["FacilityType"];
            group: components["schemas"]["FacilityGroup"];
            ownership: components["schemas"]["Ownership"];
            communeWard?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            unitStatus: components["schemas"]["UnitStatus"];
            /** Format: date */
            unitStatusSince?: string | null;
        };
        /** @enum {string} */
        FacilityType: "PublicHospital" | "PrivateHospital" | "ProvincialCdc" | "DistrictHealthCentre" | "CommuneHealthStation";
        InitialUnitStatus: {
            status: components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
        };
        /** @enum {string} */
        IntakeSource: "Self" | "ClinicalDepartment" | "Police" | "Commune" | "Hotline" | "AnotherFacility";
        KpiFigure: {
            indicator: components["schemas"]["KpiIndicator"];
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
            state: components["schemas"]["KpiState"];
            laggards: components["schemas"]["KpiLaggard"][];
        };
        /** @enum {string} */
        KpiIndicator: "PreventiveSocialWorkShare" | "CurativeUnitShare" | "CommuneStationShare";
        KpiLaggard: {
            /** Format: uuid */
            facilityId: string;
            code: string;
            name: string;
            type: components["schemas"]["FacilityType"];
            unitStatus: components["schemas"]["UnitStatus"];
        };
        KpiRunDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            provinceId: string;
            /** Format: date */
            asOf: string;
            jobId?: string | null;
            status: components["schemas"]["KpiRunStatus"];
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
        KpiState: "NotJudged" | "Behind" | "OnTrack" | "Met";
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
            state: components["schemas"]["KpiState"];
            /** Format: date-time */
            computedAt: string;
        };
        KpiTrendSeries: {
            indicator: components["schemas"]["KpiIndicator"];
            points: components["schemas"]["KpiTrendPoint"][];
        };
        /**
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
         * @example {
         *       "refreshToken": "the refreshToken from the login response"
         *     }
         */
        Logout: {
            refreshToken: string;
        };
        MeFacility: {
            /** Format: uuid */
            id: string;
            code: string;
            name: string;
            type: components["schemas"]["FacilityType"];
            group: components["schemas"]["FacilityGroup"];
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
            role?: components["schemas"]["UserRole"];
            isApiClient: boolean;
            facility?: components["schemas"]["MeFacility"];
            province?: components["schemas"]["MeProvince"];
            permissions: string[];
        };
        MergeClients: {
            /** Format: uuid */
            duplicateId: string;
            /** Format: uuid */
            version: string;
        };
        MoveCase: {
            toStage: components["schemas"]["CaseStage"];
            reason?: string | null;
            /** Format: uuid */
            version: string;
        };
        NoteDto: {
            /** Format: uuid */
            id: string;
            text: string;
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        OpenCase: {
            /** Format: uuid */
            clientId: string;
            /** Format: uuid */
            assignedWorkerId?: string | null;
            priority: components["schemas"]["CasePriority"];
            riskLevel: components["schemas"]["RiskLevel"];
            isSensitive: boolean;
            intakeSource: components["schemas"]["IntakeSource"];
            presentingProblem: string;
            urgentNeeds?: components["schemas"]["UrgentNeed"][] | null;
            /** Format: date */
            openedOn?: string | null;
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
        PagedListOfClientSummary: {
            items: components["schemas"]["ClientSummary"][];
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
        PlanGoalDto: {
            /** Format: uuid */
            id: string;
            goal: string;
            plannedService?: components["schemas"]["ServiceType"];
            responsible?: string | null;
            /** Format: date */
            dueOn?: string | null;
        };
        PlanGoalInput: {
            goal: string;
            plannedService?: components["schemas"]["ServiceType"];
            responsible?: string | null;
            /** Format: date */
            dueOn?: string | null;
        };
        ProblemDetails: {
            type?: string | null;
            title?: string | null;
            /** Format: int32 */
            status?: number | null;
            detail?: string | null;
            instance?: string | null;
        } & {
            [key: string]: unknown;
        };
        ProvinceCaseFigures: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            facilities: components["schemas"]["FacilityCaseFigures"][];
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
        RecomputeBody: {
            /**
             * Format: date
             * @description The date to compute as of (yyyy-MM-dd); today when omitted.
             */
            asOf?: string | null;
        };
        RecordConsent: {
            purpose: components["schemas"]["ConsentPurpose"];
            givenBy: components["schemas"]["ConsentGiver"];
            guardianName?: string | null;
            /** Format: date */
            givenOn: string;
        };
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
        };
        RecordService: {
            type: components["schemas"]["ServiceType"];
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
            status: components["schemas"]["UnitStatus"];
            /** Format: date */
            effectiveDate: string;
            decisionNumber?: string | null;
            headName?: string | null;
            /** Format: int32 */
            headcount: number;
            note?: string | null;
        };
        ReferralDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            target: components["schemas"]["ReferralTarget"];
            agencyKind?: components["schemas"]["AgencyKind"];
            agencyName?: string | null;
            /** Format: uuid */
            receiverFacilityId?: string | null;
            receiverFacilityName?: string | null;
            reason: string;
            /** Format: date */
            sentOn: string;
            status: components["schemas"]["ReferralStatus"];
            outcome?: string | null;
            declineReason?: string | null;
            sharesPersonalData: boolean;
            consentOverrideReason?: string | null;
            /** Format: uuid */
            version: string;
        };
        ReferralPackageDto: {
            /** Format: uuid */
            id: string;
            senderFacilityName: string;
            reason: string;
            /** Format: date */
            sentOn: string;
            status: components["schemas"]["ReferralStatus"];
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
         * @example {
         *       "refreshToken": "the refreshToken from the login response"
         *     }
         */
        RefreshSession: {
            refreshToken: string;
        };
        /**
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
            type: components["schemas"]["FacilityType"];
            ownership: components["schemas"]["Ownership"];
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: date */
            establishedOn?: string | null;
            initialUnit?: components["schemas"]["InitialUnitStatus"];
        };
        ReopenCase: {
            reason: string;
            /** Format: uuid */
            version: string;
        };
        RequestApproval: {
            subject: components["schemas"]["ApprovalSubject"];
            closingReason?: string | null;
            /** Format: uuid */
            version: string;
        };
        /** @enum {string} */
        RiskLevel: "Low" | "Medium" | "High";
        SavePlan: {
            goals: components["schemas"]["PlanGoalInput"][];
            /** Format: date */
            reviewOn?: string | null;
            /** Format: uuid */
            version: string;
        };
        SendReferral: {
            target: components["schemas"]["ReferralTarget"];
            agencyKind?: components["schemas"]["AgencyKind"];
            agencyName?: string | null;
            /** Format: uuid */
            receiverFacilityId?: string | null;
            reason: string;
            /** Format: date */
            sentOn: string;
            sharesPersonalData: boolean;
            share?: components["schemas"]["SharedFields"];
            consentOverrideReason?: string | null;
        };
        ServiceDto: {
            /** Format: uuid */
            id: string;
            type: components["schemas"]["ServiceType"];
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
        /** @enum {string} */
        ServiceType: "EmergencySupport" | "PsychosocialSupportAndCounselling" | "FinancialSupport" | "Meals" | "Transport" | "AssistiveDevices" | "LegalAid" | "AdministrativeProcedures" | "EducationOrVocationalSupport" | "Referral";
        /** @enum {string} */
        Sex: "Unknown" | "Male" | "Female";
        SharedFields: {
            name: boolean;
            birthYear: boolean;
            sex: boolean;
            phone: boolean;
            address: boolean;
            problem: boolean;
            needs: boolean;
        };
        StatusCount: {
            status: components["schemas"]["ReferralStatus"];
            /** Format: int32 */
            referrals: number;
        };
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
        TokenResponse: {
            accessToken: string;
            refreshToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        TransitionDto: {
            fromStage?: components["schemas"]["CaseStage"];
            toStage: components["schemas"]["CaseStage"];
            reason?: string | null;
            /** Format: date-time */
            at: string;
            byName?: string | null;
        };
        /** @enum {string} */
        UnitStatus: "None" | "CollaboratorsOnly" | "Team" | "Department";
        UnitStatusEntry: {
            /** Format: uuid */
            id: string;
            status: components["schemas"]["UnitStatus"];
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
        UpdateCase: {
            /** Format: uuid */
            assignedWorkerId: string;
            priority: components["schemas"]["CasePriority"];
            riskLevel: components["schemas"]["RiskLevel"];
            isSensitive: boolean;
            /** Format: uuid */
            version: string;
        };
        UpdateFacility: {
            /** Format: uuid */
            version: string;
            name: string;
            type: components["schemas"]["FacilityType"];
            ownership: components["schemas"]["Ownership"];
            communeWard?: string | null;
            addressDetail?: string | null;
            phone?: string | null;
            /** Format: int32 */
            medicalStaffCount: number;
            /** Format: date */
            establishedOn?: string | null;
            /** Format: date */
            closedOn?: string | null;
        };
        UpdateReferralStatus: {
            status: components["schemas"]["ReferralStatus"];
            outcome?: string | null;
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
            role: components["schemas"]["UserRole"];
            /** Format: uuid */
            facilityId?: string | null;
            facilityName?: string | null;
            /** Format: uuid */
            provinceId?: string | null;
            provinceName?: string | null;
            isActive: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        /** @enum {string} */
        UserRole: "PlatformAdmin" | "ProvinceOfficer" | "FacilityAdmin" | "SocialWorker" | "Collaborator";
        /** @enum {string} */
        Vulnerability: "None" | "ChildOrphaned" | "ChildAbandoned" | "ChildWithHiv" | "ChildAgentOrangeVictim" | "ChildSeverelyDisabled" | "ChildDisasterAffected" | "Disability" | "Elderly" | "ViolenceAbuseTraffickingVictim" | "MentalDisorder" | "SeriousIllness" | "Hardship" | "UnidentifiedOrWithoutRelatives";
        WithdrawConsent: {
            /** Format: date */
            withdrawnOn: string;
        };
        WorkLists: {
            myCases: components["schemas"]["CaseSummary"][];
            overdueTasks: components["schemas"]["OverdueTaskItem"][];
            plansPastReview: components["schemas"]["CaseSummary"][];
            awaitingApproval: components["schemas"]["CaseSummary"][];
            alerts: components["schemas"]["AlertItem"][];
        };
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
            /** @description Too Many Requests */
            429: {
                headers: {
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
            /** @description Too Many Requests */
            429: {
                headers: {
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
            /** @description Too Many Requests */
            429: {
                headers: {
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
            /** @description Too Many Requests */
            429: {
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
            /** @description OK */
            200: {
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
                    "application/json": components["schemas"]["PagedListOfClientSummary"];
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
        };
    };
    RecordUnitStatusChange: {
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
        };
    };
    CorrectUnitStatusChange: {
        parameters: {
            query?: never;
            header?: never;
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
            header?: never;
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
}
