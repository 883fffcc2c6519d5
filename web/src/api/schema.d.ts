// Generated from the API's /docs-json by `npm run api:generate --prefix web`. Do not edit.

export interface paths {
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_days"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CalendarController_putDay"];
        post?: never;
        delete: operations["CalendarController_deleteDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarController_deadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["CalendarController_confirmYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post: operations["CasesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CasesController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_deadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/cases/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicCasesController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReceptionController_list"];
        put?: never;
        post: operations["ReceptionController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReceptionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receptions/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReceptionController_openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receptions/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReceptionController_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/receptions/leader-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReceptionController_leaderDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reminders/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RemindersController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/forms/01-kqgq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_complaintForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/forms/03-kqgq": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_denunciationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/reception": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_reception"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_resolution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/resolution/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_cases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/resolution/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_monthly"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UnitsController_list"];
        put?: never;
        post: operations["UnitsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ApplicantDto: {
            address?: Record<string, never>;
            /** @example a@example.vn */
            email?: Record<string, never>;
            /** @example Nguyễn Văn An */
            fullName: string;
            /**
             * @description 12-digit căn cước or 9-digit CMND
             * @example 051090001234
             */
            idNumber?: Record<string, never>;
            /** @example 0912345678 */
            phone?: Record<string, never>;
        };
        ApplicantResponseDto: {
            address?: string | null;
            email?: string | null;
            fullName: string;
            idNumber?: string | null;
            phone?: string | null;
        };
        AuditPageDto: {
            items: components["schemas"]["AuditResponseDto"][];
            limit: number;
            page: number;
            total: number;
        };
        AuditResponseDto: {
            /** @example case.accept */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            };
            entityId: string | null;
            /** @example case */
            entityType: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            requestId: string | null;
        };
        CalendarDayResponseDto: {
            /** Format: date */
            date: string;
            name: string;
            notice: string | null;
            /** @enum {string} */
            type: "day_off" | "working_day";
        };
        CalendarYearConfirmationDto: {
            confirmed: boolean;
            year: number;
        };
        CalendarYearResponseDto: {
            confirmed: boolean;
            daysOff: components["schemas"]["NamedDayDto"][];
            /** @description official make-up Saturdays */
            workingDays: components["schemas"]["NamedDayDto"][];
            year: number;
        };
        CaseActionDto: {
            /** Format: uuid */
            assigneeId?: Record<string, never>;
            /** @enum {string} */
            complexity?: "normal" | "complex" | "especially_complex";
            days?: Record<string, never>;
            decisionNumber?: Record<string, never>;
            /** @description when it happened on paper; default now */
            occurredAt?: Record<string, never>;
            /** @enum {string} */
            outcome?: "upheld" | "partly_upheld" | "not_upheld" | "first_decision_upheld" | "first_decision_overturned" | "answered" | "completed" | "refused";
            reason?: Record<string, never>;
            remoteArea?: Record<string, never>;
            summary?: Record<string, never>;
            toAuthority?: Record<string, never>;
            /** @description the version read; 409 if stale */
            version?: Record<string, never>;
        };
        CaseDeadlineResponseDto: {
            acceptance: components["schemas"]["DeadlineExplanationDto"] | null;
            /** @enum {string|null} */
            clock: "acceptance" | "resolution" | null;
            /** Format: date */
            dueDate: string | null;
            extensions: components["schemas"]["CaseExtensionDto"][];
            pauses: components["schemas"]["CasePauseDto"][];
            resolution: components["schemas"]["DeadlineExplanationDto"] | null;
        };
        CaseDeadlinesDto: {
            /** Format: date */
            acceptance: string | null;
            /** Format: date */
            resolution: string | null;
        };
        CaseEventResponseDto: {
            /** Format: uuid */
            actorId: string | null;
            data: {
                [key: string]: unknown;
            };
            /** Format: date */
            dueDate: string | null;
            fromStatus: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** Format: date-time */
            recordedAt: string;
            toStatus: string;
            type: string;
        };
        CaseExtensionDto: {
            days: number;
        };
        /** @enum {string} */
        CaseKind: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
        /** @enum {string} */
        CaseOutcome: "upheld" | "partly_upheld" | "not_upheld" | "first_decision_upheld" | "first_decision_overturned" | "answered" | "completed" | "refused";
        CasePageDto: {
            items: components["schemas"]["CaseResponseDto"][];
            limit: number;
            page: number;
            total: number;
        };
        CasePauseDto: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string | null;
        };
        /** @enum {string} */
        CaseProcedure: "first_instance" | "second_instance" | "feedback" | "recommendation" | "request" | "birth" | "marriage" | "death" | "parentage" | "change_correction" | "guardianship" | "marital_status_confirmation" | "extract_copy" | "re_registration" | "copy_from_original" | "copy_from_master_register" | "signature" | "translator_signature" | "contract";
        CaseResponseDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            anonymous: boolean;
            applicant: components["schemas"]["ApplicantResponseDto"] | null;
            applicantSealed: boolean;
            /** Format: uuid */
            assigneeId: string | null;
            channel: components["schemas"]["Channel"];
            /** @example KN-2024-000123 */
            code: string;
            complexity: components["schemas"]["Complexity"];
            content: string;
            deadlines: components["schemas"]["CaseDeadlinesDto"];
            decisionNumber: string | null;
            /**
             * Format: date
             * @description Deadline of the running clock
             */
            dueDate: string | null;
            extensionCount: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["CaseKind"];
            onTime: boolean | null;
            outcome: components["schemas"]["CaseOutcome"] | null;
            overdue: boolean;
            procedure: components["schemas"]["CaseProcedure"] | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            receptionId: string | null;
            remoteArea: boolean;
            /** Format: date-time */
            resolvedAt: string | null;
            status: components["schemas"]["CaseStatus"];
            subject: string;
            /** Format: uuid */
            unitId: string;
            version: number;
        };
        /** @enum {string} */
        CaseStatus: "received" | "in_progress" | "suspended" | "resolved" | "withdrawn" | "terminated" | "rejected" | "transferred";
        /** @enum {string} */
        Channel: "in_person" | "mail" | "online" | "hotline" | "forwarded";
        /** @enum {string} */
        Complexity: "normal" | "complex" | "especially_complex";
        CreateCaseDto: {
            /** @default false */
            anonymous: Record<string, never>;
            applicant?: components["schemas"]["ApplicantDto"];
            /** @enum {string} */
            channel: "in_person" | "mail" | "online" | "hotline" | "forwarded";
            content: string;
            /** @enum {string} */
            kind: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
            /**
             * @description by kind, see API.md
             * @example first_instance
             */
            procedure?: Record<string, never>;
            /** @description ISO 8601 with offset; default now; never in the future */
            receivedAt?: Record<string, never>;
            /** Format: uuid */
            receptionId?: Record<string, never>;
            subject: string;
            /** Format: uuid */
            unitId?: Record<string, never>;
        };
        CreateReceptionDto: {
            /** @enum {string} */
            category: "complaint" | "denunciation" | "petition" | "mixed" | "other";
            content: string;
            /**
             * @description the leader delegated the reception (ủy quyền tiếp)
             * @default false
             */
            delegated: Record<string, never>;
            /** @enum {string} */
            hostedBy: "desk" | "leader";
            /**
             * Format: uuid
             * @description required when hostedBy is leader
             */
            leaderId?: Record<string, never>;
            note?: Record<string, never>;
            /** @enum {string} */
            outcome: "guided" | "case_opened" | "transferred" | "answered" | "refused";
            /** @description previous handling by other bodies, if any */
            previousHandling?: Record<string, never>;
            /**
             * @description required when outcome is refused
             * @enum {string}
             */
            refusalGround?: "intoxicated_or_mentally_unable" | "threatening_or_insulting" | "already_resolved" | "carrying_weapons" | "refused_security_check" | "unauthorised_recording" | "incitement" | "no_capacity_or_representative" | "out_of_scope" | "pakn_already_answered" | "final_court_judgment" | "handled_by_other_body";
            /** @description a later visit on the same matter; default: a visit of the same unit shares an ID number */
            repeatVisit?: Record<string, never>;
            representatives: components["schemas"]["RepresentativeDto"][];
            subject: string;
            /**
             * Format: uuid
             * @description default the unit of the user who logs the visit
             */
            unitId?: Record<string, never>;
            /**
             * @description ISO 8601 with offset; never in the future
             * @example 2024-03-12T08:15:00+07:00
             */
            visitedAt: string;
            /** @example 12 */
            visitorCount: number;
        };
        CreateUnitDto: {
            /**
             * @description 1 to 32 letters, digits, "-" or "_"; unique
             * @example UBND-TP
             */
            code: string;
            /** @enum {string} */
            level: "province" | "district" | "commune" | "department";
            /** @example UBND thành phố */
            name: string;
            /** Format: uuid */
            parentId?: Record<string, never>;
            /** @description vùng sâu, vùng xa (DOMAIN.md 2.1) */
            remoteArea?: Record<string, never>;
        };
        CreateUserDto: {
            email?: Record<string, never>;
            /** @example Trần Thị B */
            fullName: string;
            password: string;
            /** @enum {string} */
            role: "admin" | "leader" | "inspector" | "reception" | "clerk";
            /**
             * Format: uuid
             * @description required for every role but admin
             */
            unitId?: Record<string, never>;
            /**
             * @description 3 to 64 lower-case letters, digits, ".", "-" or "_"
             * @example thanhtra01
             */
            username: string;
        };
        DeadlineExplanationDto: {
            extensionDays: number;
            fifteenHundredRule?: boolean;
            nonWorkingDaysSkipped: string[];
            pausedDays: number;
            /** Format: date */
            pausedSince?: string;
            provisional: boolean;
            /** Format: date */
            rawEnd: string | null;
            /** Format: date */
            rolledForwardFrom?: string;
            rule: components["schemas"]["DeadlineRuleDto"];
            /** Format: date */
            start: string;
        };
        DeadlineResponseDto: {
            /** Format: date */
            dueDate: string | null;
            explanation: components["schemas"]["DeadlineExplanationDto"];
        };
        DeadlineRuleDto: {
            amount: number;
            id?: string;
            legalRef: string;
            unit: components["schemas"]["DeadlineUnit"];
        };
        /** @enum {string} */
        DeadlineUnit: "calendar_days" | "working_days" | "same_day";
        DependencyHealthDto: {
            error?: string;
            /** @enum {string} */
            status: "up" | "down";
        };
        FormColumnDto: {
            group: string;
            key: string;
            label: string;
            no: number;
            /** @description null: the system holds no data for the column */
            value: number | null;
        };
        FormReportDto: {
            code: string;
            columns: components["schemas"]["FormColumnDto"][];
            /** @enum {string} */
            form: "01-kqgq" | "03-kqgq";
            /** Format: date */
            from: string;
            notes: string[];
            reconciliation: components["schemas"]["ReconciliationDto"];
            title: string;
            /** Format: date */
            to: string;
            unit: components["schemas"]["ReportUnitDto"] | null;
        };
        HealthReportDto: {
            postgres: components["schemas"]["DependencyHealthDto"];
            redis: components["schemas"]["DependencyHealthDto"];
            /** @enum {string} */
            status: "ok" | "error";
        };
        IntakeResponseDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            anonymous: boolean;
            applicant: components["schemas"]["ApplicantResponseDto"] | null;
            applicantSealed: boolean;
            /** Format: uuid */
            assigneeId: string | null;
            channel: components["schemas"]["Channel"];
            /** @example KN-2024-000123 */
            code: string;
            complexity: components["schemas"]["Complexity"];
            content: string;
            deadlines: components["schemas"]["CaseDeadlinesDto"];
            decisionNumber: string | null;
            /**
             * Format: date
             * @description Deadline of the running clock
             */
            dueDate: string | null;
            extensionCount: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            kind: components["schemas"]["CaseKind"];
            onTime: boolean | null;
            outcome: components["schemas"]["CaseOutcome"] | null;
            overdue: boolean;
            possibleDuplicates: components["schemas"]["PossibleDuplicateDto"][];
            procedure: components["schemas"]["CaseProcedure"] | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            receptionId: string | null;
            remoteArea: boolean;
            /** Format: date-time */
            resolvedAt: string | null;
            status: components["schemas"]["CaseStatus"];
            subject: string;
            /** @description The citizen lookup pin, returned once and never stored in clear */
            trackingPin: string;
            /** Format: uuid */
            unitId: string;
            version: number;
        };
        LeaderDaysResponseDto: {
            leaders: components["schemas"]["LeaderDaysRowDto"][];
            /** @example 2024-03 */
            month: string;
        };
        LeaderDaysRowDto: {
            dates: string[];
            daysHeld: number;
            /** @description Days with only delegated receptions: shown, not counted */
            delegatedDates: string[];
            fullName: string;
            /** Format: uuid */
            leaderId: string;
            met: boolean;
            quota: number;
            /** Format: uuid */
            unitId: string;
            unitLevel: components["schemas"]["UnitLevel"];
        };
        LoginDto: {
            password: string;
            /** @example admin */
            username: string;
        };
        LoginResponseDto: {
            /** @description Bearer token; the same session is also set as an httpOnly cookie */
            accessToken: string;
            user: components["schemas"]["UserResponseDto"];
        };
        MonthlyResolutionReportDto: {
            cutoffDay: number | null;
            months: components["schemas"]["MonthRowsDto"][];
            /** @enum {string} */
            periods: "calendar" | "official";
            reconciliation: components["schemas"]["ReconciliationDto"];
            total: components["schemas"]["PeriodRowsDto"];
            unit: components["schemas"]["ReportUnitDto"] | null;
            year: number;
        };
        MonthRowsDto: {
            /** Format: date */
            from: string;
            month: number;
            rows: components["schemas"]["ResolutionRowDto"][];
            /** Format: date */
            to: string;
        };
        NamedDayDto: {
            /** Format: date */
            date: string;
            name: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationResponseDto"][];
            limit: number;
            page: number;
            total: number;
        };
        NotificationResponseDto: {
            attempts: number;
            /** Format: uuid */
            caseId: string | null;
            /** Format: date */
            deadline: string | null;
            /** Format: uuid */
            id: string;
            lastError: string | null;
            recipient: string;
            /** Format: date-time */
            sentAt: string | null;
            stage: components["schemas"]["NotificationStage"];
            status: components["schemas"]["NotificationStatus"];
        };
        /** @enum {string} */
        NotificationStage: "due_soon" | "due_today" | "overdue" | "escalation" | "digest" | "citizen_notice";
        /** @enum {string} */
        NotificationStatus: "pending" | "sent" | "failed" | "cancelled";
        OpenVisitCaseDto: {
            /** @default false */
            anonymous: Record<string, never>;
            applicant?: components["schemas"]["ApplicantDto"];
            /**
             * @default in_person
             * @enum {string}
             */
            channel: "in_person" | "mail" | "online" | "hotline" | "forwarded";
            content: string;
            /** @enum {string} */
            kind: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
            /**
             * @description by kind, see API.md
             * @example first_instance
             */
            procedure?: Record<string, never>;
            /** @description ISO 8601 with offset; default now; never in the future */
            receivedAt?: Record<string, never>;
            subject: string;
            /** Format: uuid */
            unitId?: Record<string, never>;
        };
        PeriodRowsDto: {
            /** Format: date */
            from: string;
            rows: components["schemas"]["ResolutionRowDto"][];
            /** Format: date */
            to: string;
        };
        PossibleDuplicateDto: {
            code: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
            status: components["schemas"]["CaseStatus"];
        };
        PublicCaseResponseDto: {
            code: string;
            /** Format: date */
            dueDate: string | null;
            kind: components["schemas"]["CaseKind"];
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            resolvedAt: string | null;
            status: components["schemas"]["CaseStatus"];
        };
        PutCalendarDayDto: {
            /** @example Nghỉ bù Quốc khánh */
            name: string;
            /** @example CV 2450/VPCP-KGVX, 12/4/2024 */
            notice?: Record<string, never>;
            /** @enum {string} */
            type: "day_off" | "working_day";
        };
        PutCalendarYearDto: {
            confirmed: boolean;
        };
        /** @enum {string} */
        ReceptionCategory: "complaint" | "denunciation" | "petition" | "mixed" | "other";
        /** @enum {string} */
        ReceptionHost: "desk" | "leader";
        /** @enum {string} */
        ReceptionOutcome: "guided" | "case_opened" | "transferred" | "answered" | "refused";
        ReceptionPageDto: {
            items: components["schemas"]["ReceptionResponseDto"][];
            limit: number;
            page: number;
            total: number;
        };
        ReceptionReportDto: {
            byCategory?: {
                complaint: number;
                denunciation: number;
                mixed: number;
                other: number;
                petition: number;
            };
            byOutcome?: {
                answered: number;
                case_opened: number;
                guided: number;
                refused: number;
                transferred: number;
            };
            delegatedVisits: number;
            firstVisits: number;
            /** Format: date */
            from: string;
            groupVisitors: number;
            groupVisits: number;
            leaderDays: number;
            leaderVisits: number;
            repeatVisits: number;
            /** Format: date */
            to: string;
            unit: components["schemas"]["ReportUnitDto"] | null;
            visitors: number;
            visits: number;
        };
        ReceptionResponseDto: {
            awaitingReply: boolean;
            caseIds: string[];
            category: components["schemas"]["ReceptionCategory"];
            content: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            delegated: boolean;
            groupVisit: boolean;
            hostedBy: components["schemas"]["ReceptionHost"];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            leaderId: string | null;
            note: string | null;
            outcome: components["schemas"]["ReceptionOutcome"];
            previousHandling: string | null;
            refusalGround: components["schemas"]["RefusalGround"] | null;
            repeatVisit: boolean;
            /** Format: date-time */
            repliedAt: string | null;
            /**
             * Format: date
             * @description Luật TCD Art. 28 reply due date
             */
            replyDueDate: string | null;
            representatives: components["schemas"]["RepresentativeResponseDto"][] | null;
            representativesSealed: boolean;
            subject: string;
            /** Format: uuid */
            unitId: string;
            /** Format: date */
            visitDate: string;
            /** Format: date-time */
            visitedAt: string;
            visitorCount: number;
        };
        ReconciliationDto: {
            failures: components["schemas"]["ReconciliationFailureDto"][];
            ok: boolean;
        };
        ReconciliationFailureDto: {
            actual: number | string;
            check: string;
            expected: number | string;
            kind: components["schemas"]["ReportKind"] | null;
            period: string;
        };
        /** @enum {string} */
        RefusalGround: "intoxicated_or_mentally_unable" | "threatening_or_insulting" | "already_resolved" | "carrying_weapons" | "refused_security_check" | "unauthorised_recording" | "incitement" | "no_capacity_or_representative" | "out_of_scope" | "pakn_already_answered" | "final_court_judgment" | "handled_by_other_body";
        ReplyDto: {
            /** @description how the reply was given (accepted, forwarded, refused...) */
            note?: Record<string, never>;
            /** @description ISO 8601 with offset; default now */
            repliedAt?: Record<string, never>;
        };
        /** @enum {string} */
        ReportKind: "complaint" | "denunciation" | "petition" | "complaint_denunciation" | "civil_status" | "certification";
        ReportUnitDto: {
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        RepresentativeDto: {
            address?: Record<string, never>;
            /** @example Nguyễn Văn An */
            fullName: string;
            /**
             * @description 12-digit căn cước or 9-digit CMND
             * @example 051090001234
             */
            idNumber?: Record<string, never>;
            /** @example 0912345678 */
            phone?: Record<string, never>;
        };
        RepresentativeResponseDto: {
            address?: string | null;
            fullName: string;
            idNumber?: string | null;
            phone?: string | null;
        };
        ResolutionCaseItemDto: {
            /** Format: date-time */
            acceptedAt: string | null;
            code: string;
            /** Format: date */
            dueDate: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
            onTime: boolean | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            resolvedAt: string | null;
            status: components["schemas"]["CaseStatus"];
            /** Format: uuid */
            unitId: string;
        };
        ResolutionCasesPageDto: {
            /** @enum {string} */
            bucket: "carried_over" | "accepted" | "total" | "resolved" | "withdrawn" | "terminated" | "resolved_on_time" | "pending" | "overdue";
            /** Format: date */
            from: string;
            items: components["schemas"]["ResolutionCaseItemDto"][];
            kind: components["schemas"]["ReportKind"];
            limit: number;
            page: number;
            /** Format: date */
            to: string;
            total: number;
            unit: components["schemas"]["ReportUnitDto"] | null;
        };
        ResolutionReportDto: {
            /** Format: date */
            from: string;
            reconciliation: components["schemas"]["ReconciliationDto"];
            rows: components["schemas"]["ResolutionRowDto"][];
            /** Format: date */
            to: string;
            unit: components["schemas"]["ReportUnitDto"] | null;
        };
        ResolutionRowDto: {
            /** @description null for civil_status and certification */
            accepted: number | null;
            /** @description null for civil_status and certification */
            carriedOver: number | null;
            kind: components["schemas"]["ReportKind"];
            overdue: number;
            pending: number;
            /** @example 95.65 */
            rate: number | null;
            /** @example 95,65% */
            rateText: string | null;
            resolved: number;
            resolvedOnTime: number;
            terminated: number;
            total: number;
            withdrawn: number;
        };
        /** @enum {string} */
        Role: "admin" | "leader" | "inspector" | "reception" | "clerk";
        StaffListDto: {
            items: components["schemas"]["StaffMemberDto"][];
        };
        StaffMemberDto: {
            fullName: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            unitId: string | null;
        };
        SweepResultDto: {
            created: number;
            digests: number;
            queued: number;
            /** @description false outside the send window */
            ran: boolean;
        };
        /** @enum {string} */
        UnitLevel: "province" | "district" | "commune" | "department";
        UnitResponseDto: {
            code: string;
            /** Format: uuid */
            id: string;
            level: components["schemas"]["UnitLevel"];
            name: string;
            /** Format: uuid */
            parentId: string | null;
            remoteArea: boolean;
        };
        UpdateUserDto: {
            active?: boolean;
            email?: Record<string, never>;
            fullName?: string;
            /** @description sets a new password */
            password?: string;
            /** @enum {string} */
            role?: "admin" | "leader" | "inspector" | "reception" | "clerk";
            /** Format: uuid */
            unitId?: Record<string, never>;
        };
        UserPageDto: {
            items: components["schemas"]["UserResponseDto"][];
            limit: number;
            page: number;
            total: number;
        };
        UserResponseDto: {
            active: boolean;
            email: string | null;
            fullName: string;
            /** Format: uuid */
            id: string;
            role: components["schemas"]["Role"];
            /** Format: uuid */
            unitId: string | null;
            username: string;
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
    AuditController_list: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                entityId?: string;
                entityType?: "user" | "unit" | "case" | "reception" | "calendar_day" | "notification";
                /** @description ISO 8601 date or timestamp */
                from?: string;
                limit?: number;
                page?: number;
                /** @description ISO 8601 date or timestamp */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
        };
    };
    CalendarController_days: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearResponseDto"];
                };
            };
        };
    };
    CalendarController_putDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarDayDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDayResponseDto"];
                };
            };
        };
    };
    CalendarController_deleteDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarController_deadline: {
        parameters: {
            query: {
                amount: number;
                /** @description the day of the event that starts the clock (not counted) */
                start: string;
                unit: "calendar_days" | "working_days";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineResponseDto"];
                };
            };
        };
    };
    CalendarController_confirmYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearConfirmationDto"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                assigneeId?: string;
                dueBefore?: string;
                kind?: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
                limit?: number;
                overdue?: "true" | "false";
                page?: number;
                /** @description search subject, content and applicant name, diacritics ignored */
                q?: string;
                sort?: "dueDate" | "-dueDate" | "receivedAt" | "-receivedAt";
                status?: "received" | "in_progress" | "suspended" | "resolved" | "withdrawn" | "terminated" | "rejected" | "transferred";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePageDto"];
                };
            };
        };
    };
    CasesController_open: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            /** @description 200 with the same body when an Idempotency-Key repeats */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResponseDto"];
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
        };
    };
    CasesController_act: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseResponseDto"];
                };
            };
        };
    };
    CasesController_deadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseDeadlineResponseDto"];
                };
            };
        };
    };
    CasesController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseEventResponseDto"][];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 503 with the same body when PostgreSQL or Redis is down */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                caseId?: string;
                limit?: number;
                page?: number;
                stage?: "due_soon" | "due_today" | "overdue" | "escalation" | "digest" | "citizen_notice";
                status?: "pending" | "sent" | "failed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
        };
    };
    PublicCasesController_lookup: {
        parameters: {
            query: {
                /** @description the 6-digit tracking pin printed on the receipt */
                pin: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCaseResponseDto"];
                };
            };
        };
    };
    ReceptionController_list: {
        parameters: {
            query?: {
                /** @description true: the visits that owe a reply (Art. 28) */
                awaitingReply?: "true" | "false";
                category?: "complaint" | "denunciation" | "petition" | "mixed" | "other";
                /** @description visit date from (inclusive, Asia/Ho_Chi_Minh) */
                from?: string;
                hostedBy?: "desk" | "leader";
                limit?: number;
                outcome?: "guided" | "case_opened" | "transferred" | "answered" | "refused";
                page?: number;
                /** @description visitor name or ID number, diacritics ignored */
                q?: string;
                /** @description visit date to (inclusive) */
                to?: string;
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionPageDto"];
                };
            };
        };
    };
    ReceptionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReceptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionResponseDto"];
                };
            };
        };
    };
    ReceptionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionResponseDto"];
                };
            };
        };
    };
    ReceptionController_openCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenVisitCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResponseDto"];
                };
            };
        };
    };
    ReceptionController_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionResponseDto"];
                };
            };
        };
    };
    ReceptionController_leaderDays: {
        parameters: {
            query: {
                month: string;
                /** @description a unit and its sub-units; default the user’s unit tree */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderDaysResponseDto"];
                };
            };
        };
    };
    RemindersController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SweepResultDto"];
                };
            };
        };
    };
    ReportsController_complaintForm: {
        parameters: {
            query: {
                /** @description csv: UTF-8 with BOM; xlsx: Excel */
                format?: "json" | "csv" | "xlsx";
                /** @description first business date of the period (inclusive) */
                from: string;
                /** @description last business date of the period (inclusive) */
                to: string;
                /** @description a unit and its sub-units (inspectors: their own unit only); default: your scope */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description form 01/KQGQ: complaints resolved within competence (DOMAIN.md 8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["FormReportDto"];
                    "text/csv": components["schemas"]["FormReportDto"];
                };
            };
        };
    };
    ReportsController_denunciationForm: {
        parameters: {
            query: {
                /** @description csv: UTF-8 with BOM; xlsx: Excel */
                format?: "json" | "csv" | "xlsx";
                /** @description first business date of the period (inclusive) */
                from: string;
                /** @description last business date of the period (inclusive) */
                to: string;
                /** @description a unit and its sub-units (inspectors: their own unit only); default: your scope */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description form 03/KQGQ: denunciations resolved within competence (DOMAIN.md 8) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["FormReportDto"];
                    "text/csv": components["schemas"]["FormReportDto"];
                };
            };
        };
    };
    ReportsController_reception: {
        parameters: {
            query: {
                /** @description csv: UTF-8 with BOM; xlsx: Excel */
                format?: "json" | "csv" | "xlsx";
                /** @description first business date of the period (inclusive) */
                from: string;
                /** @description last business date of the period (inclusive) */
                to: string;
                /** @description a unit and its sub-units (inspectors: their own unit only); default: your scope */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description visits, visitors, group and leader receptions, first and repeat visits, by category and outcome */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ReceptionReportDto"];
                    "text/csv": components["schemas"]["ReceptionReportDto"];
                };
            };
        };
    };
    ReportsController_resolution: {
        parameters: {
            query: {
                /** @description csv: UTF-8 with BOM; xlsx: Excel */
                format?: "json" | "csv" | "xlsx";
                /** @description first business date of the period (inclusive) */
                from: string;
                /** @description last business date of the period (inclusive) */
                to: string;
                /** @description a unit and its sub-units (inspectors: their own unit only); default: your scope */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description rows per kind counted as of the end of the period, with the reconciliation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ResolutionReportDto"];
                    "text/csv": components["schemas"]["ResolutionReportDto"];
                };
            };
        };
    };
    ReportsController_cases: {
        parameters: {
            query: {
                bucket: "carried_over" | "accepted" | "total" | "resolved" | "withdrawn" | "terminated" | "resolved_on_time" | "pending" | "overdue";
                /** @description csv: UTF-8 with BOM; xlsx: Excel */
                format?: "json" | "csv" | "xlsx";
                from: string;
                kind: "complaint" | "denunciation" | "petition" | "complaint_denunciation" | "civil_status" | "certification";
                limit?: number;
                page?: number;
                to: string;
                /** @description a unit and its sub-units (inspectors: their own unit only); default: your scope */
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the cases behind one number of the resolution report (no applicant data) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolutionCasesPageDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ResolutionCasesPageDto"];
                    "text/csv": components["schemas"]["ResolutionCasesPageDto"];
                };
            };
        };
    };
    ReportsController_monthly: {
        parameters: {
            query: {
                /** @description official periods only */
                cutoffDay?: number;
                /** @description csv: UTF-8 with BOM; xlsx: Excel */
                format?: "json" | "csv" | "xlsx";
                /** @description official: the 15th of the previous month to the 14th (DOMAIN.md 12.8) */
                periods?: "calendar" | "official";
                /** @description a unit and its sub-units (inspectors: their own unit only); default: your scope */
                unitId?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the twelve months of a year (calendar or official) and the year */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthlyResolutionReportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["MonthlyResolutionReportDto"];
                    "text/csv": components["schemas"]["MonthlyResolutionReportDto"];
                };
            };
        };
    };
    StaffController_list: {
        parameters: {
            query?: {
                /** @description part of the full name */
                q?: string;
                role?: "admin" | "leader" | "inspector" | "reception" | "clerk";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffListDto"];
                };
            };
        };
    };
    UnitsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponseDto"][];
                };
            };
        };
    };
    UnitsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitResponseDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                role?: "admin" | "leader" | "inspector" | "reception" | "clerk";
                unitId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponseDto"];
                };
            };
        };
    };
}
