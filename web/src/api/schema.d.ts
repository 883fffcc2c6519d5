// Generated from the API's /docs-json by `npm run api:generate --prefix web`. Do not edit.

export interface paths {
    "/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a document: its uploader within an hour, or an admin (audited) */
        delete: operations["AttachmentsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The bytes of a document
         * @description Shown inline (PDF, JPEG, PNG, WebP) or downloaded (the rest), with the UTF-8 file name (RFC 5987). A sealed document answers only those who may reveal the identity (403 otherwise), each read audited as `attachment.read`.
         */
        get: operations["AttachmentsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/calendar/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open cases an edit of one day would move, before it is made
         * @description What `PUT /calendar/days/:date` (`day_off`, `working_day`) or `DELETE` (`none`) would do.
         */
        get: operations["CalendarImpactController_impact"];
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
        /** Correct a case's subject, content or the applicant's contact details */
        patch: operations["CasesController_correct"];
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
    "/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's documents, oldest first (sealed: no file names) */
        get: operations["AttachmentsController_listOfCase"];
        put?: never;
        /**
         * Attach a document to a case (whoever may act on it, or the desk that opened it)
         * @description One file a request (multipart field `file`, with `kind` and optional `paperDate`), streamed. 413 past ATTACHMENT_MAX_BYTES, 415 for a type other than PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX, ODT (judged from the bytes), 400 for an empty or cut-short upload, 409 past ATTACHMENTS_PER_CASE documents, 429 past ATTACHMENT_UPLOADS_PER_MINUTE uploads of this user. A refused upload leaves nothing behind.
         */
        post: operations["AttachmentsController_uploadToCase"];
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
    "/cases/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reveal the applicant's identity, sealed or not, one case at a time
         * @description A sealed identity (a denunciator) is revealed only to the leaders of the case unit and its ancestors and to the assigned inspector, and each reveal is written to the audit log as `case.identity.read` with the reason. For a case that is not sealed, the same applicant as `GET /cases/:id`.
         */
        get: operations["CasesController_identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note to the timeline (never sent to the citizen) */
        post: operations["CasesController_addNote"];
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
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
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
    "/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed mail again: back to pending, queued again, audited */
        post: operations["NotificationsController_retry"];
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
    "/receptions/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A visit's documents, oldest first (sealed: no file names) */
        get: operations["AttachmentsController_listOfVisit"];
        put?: never;
        /**
         * Attach a document to a visit (whoever may read it)
         * @description One file a request (multipart field `file`, with `kind` and optional `paperDate`), streamed. 413 past ATTACHMENT_MAX_BYTES, 415 for a type other than PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX, ODT (judged from the bytes), 400 for an empty or cut-short upload, 409 past ATTACHMENTS_PER_CASE documents, 429 past ATTACHMENT_UPLOADS_PER_MINUTE uploads of this user. A refused upload leaves nothing behind.
         */
        post: operations["AttachmentsController_uploadToVisit"];
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
    "/receptions/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reveal the representatives of a visit, sealed or not, one visit at a time
         * @description The representatives of a sealed visit (a denunciation) are revealed only to the leaders of the visit unit and its ancestors (and to those who may reveal a denunciation case opened from it); each reveal is written to the audit log as `reception.identity.read` with the reason.
         */
        get: operations["ReceptionController_identity"];
        put?: never;
        post?: never;
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
        /**
         * The active people of the caller's unit tree, for the assignee and hosting-leader pickers
         * @description At most 200, sorted by name; `q` matches part of the name without diacritics.
         */
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
    "/units/{id}": {
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
        patch: operations["UnitsController_rename"];
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
        ApplicantContactDto: {
            address?: Record<string, never>;
            /** @example a@example.vn */
            email?: Record<string, never>;
            /** @example 0912345678 */
            phone?: Record<string, never>;
        };
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
        AttachmentPage: {
            items: components["schemas"]["AttachmentResponse"][];
            limit: number;
            page: number;
            total: number;
        };
        AttachmentResponse: {
            /** @description Whether DELETE /attachments/:id answers this user now (uploader within an hour, admin) */
            canDelete: boolean;
            /** Format: uuid */
            caseId: string | null;
            /** @description Whether GET /attachments/:id/content answers this user (else 403) */
            contentReadable: boolean;
            /** @example /attachments/1f0c.../content */
            contentUrl: string;
            /**
             * @description null while the case or visit is sealed (a name may hold the denunciator's)
             * @example Đơn khiếu nại.pdf
             */
            fileName: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "petition" | "evidence" | "acceptance_notice" | "decision" | "other";
            /**
             * @description Judged from the bytes
             * @example application/pdf
             */
            mediaType: string;
            /** Format: date */
            paperDate: string | null;
            /** Format: uuid */
            receptionId: string | null;
            /** @description The case or visit is sealed: no file name, content only for identity readers */
            sealed: boolean;
            /** @description SHA-256 of the content, hex; null for those who may not read a sealed document */
            sha256: string | null;
            /** @description Bytes */
            size: number;
            /** Format: date-time */
            uploadedAt: string;
            /** Format: uuid */
            uploadedBy: string;
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
        CalendarImpactResponse: {
            /** @description at most 200, by due date */
            cases: components["schemas"]["MovedCaseResponse"][];
            /** @description how many open cases the edit would move */
            openCases: number;
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
        CaseDeadlinesResponse: {
            /**
             * Format: date
             * @description counted from receipt (null for civil_status and certification)
             */
            acceptance: string | null;
            /**
             * Format: date
             * @description counted from acceptance (civil_status, certification: from receipt)
             */
            resolution: string | null;
        };
        CaseDetailResponse: {
            /** Format: date-time */
            acceptedAt: string | null;
            /** @description the actions this user may take on this case now (status, role, scope and the law together) */
            allowedActions: ("accept" | "reject" | "transfer" | "assign" | "extend" | "suspend" | "resume" | "resolve" | "withdraw" | "terminate")[];
            anonymous: boolean;
            /** @description null when anonymous or sealed (`applicantSealed`) */
            applicant: components["schemas"]["RevealedApplicantDto"] | null;
            applicantSealed: boolean;
            /** Format: uuid */
            assigneeId: string | null;
            /** @description whether this user may add notes and correct details */
            canEdit: boolean;
            channel: components["schemas"]["Channel"];
            /** @example KN-2024-000123 */
            code: string;
            complexity: components["schemas"]["Complexity"];
            content: string;
            deadlines: components["schemas"]["CaseDeadlinesResponse"];
            decisionNumber: string | null;
            /**
             * Format: date
             * @description the deadline of the clock that runs now
             */
            dueDate: string | null;
            /** @description the legal maximum of the next extension; null unless `extend` is allowed */
            extension: components["schemas"]["ExtensionAllowanceResponse"] | null;
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
            /** @description send it back with every change; 409 when stale */
            version: number;
        };
        CaseEventResponse: {
            /** Format: uuid */
            actorId: string | null;
            /** @description the full name of the actor */
            actorName: string | null;
            /** @description the body of the action (reason, outcome...), `{text}` of a note, `{fields}` of a correction */
            data: {
                [key: string]: unknown;
            };
            /**
             * Format: date
             * @description the due date of the running clock right after the event
             */
            dueDate: string | null;
            /** @enum {string|null} */
            fromStatus: "received" | "in_progress" | "suspended" | "resolved" | "withdrawn" | "terminated" | "rejected" | "transferred" | null;
            id: string;
            /**
             * Format: date-time
             * @description when it happened (on paper)
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description when it was recorded
             */
            recordedAt: string;
            /** @enum {string} */
            toStatus: "received" | "in_progress" | "suspended" | "resolved" | "withdrawn" | "terminated" | "rejected" | "transferred";
            /** @description received, an action (accept, extend...), note, details_corrected, deadline_recomputed, ... */
            type: string;
        };
        CaseExtensionDto: {
            days: number;
        };
        CaseIdentityDto: {
            /** @description null for an anonymous case */
            applicant: components["schemas"]["RevealedApplicantDto"] | null;
        };
        /** @enum {string} */
        CaseKind: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
        CaseNoteResponse: {
            /** Format: uuid */
            authorId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description the id of its timeline event */
            id: string;
            text: string;
        };
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
            /** @description null when anonymous or sealed (`applicantSealed`) */
            applicant: components["schemas"]["RevealedApplicantDto"] | null;
            applicantSealed: boolean;
            /** Format: uuid */
            assigneeId: string | null;
            channel: components["schemas"]["Channel"];
            /** @example KN-2024-000123 */
            code: string;
            complexity: components["schemas"]["Complexity"];
            content: string;
            deadlines: components["schemas"]["CaseDeadlinesResponse"];
            decisionNumber: string | null;
            /**
             * Format: date
             * @description the deadline of the clock that runs now
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
            /** @description send it back with every change; 409 when stale */
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
        CreateCaseNoteDto: {
            text: string;
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
            /** @enum {string} */
            status: "up" | "down";
        };
        ExtensionAllowanceResponse: {
            /** @description the most days the next extension may add (the default of `days`) */
            maxDays: number;
            /** @description extensions left, this one included */
            remaining: number;
            /** @enum {string} */
            unit: "calendar_days" | "working_days";
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
            /** @description null when anonymous or sealed (`applicantSealed`) */
            applicant: components["schemas"]["RevealedApplicantDto"] | null;
            applicantSealed: boolean;
            /** Format: uuid */
            assigneeId: string | null;
            channel: components["schemas"]["Channel"];
            /** @example KN-2024-000123 */
            code: string;
            complexity: components["schemas"]["Complexity"];
            content: string;
            deadlines: components["schemas"]["CaseDeadlinesResponse"];
            decisionNumber: string | null;
            /**
             * Format: date
             * @description the deadline of the clock that runs now
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
            /** @description send it back with every change; 409 when stale */
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
        MovedCaseResponse: {
            code: string;
            /**
             * Format: date
             * @description the due date now
             */
            dueDate: string | null;
            /** Format: uuid */
            id: string;
            /**
             * Format: date
             * @description the due date after the edit
             */
            newDueDate: string | null;
        };
        NamedDayDto: {
            /** Format: date */
            date: string;
            name: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationResponse"][];
            limit: number;
            page: number;
            total: number;
        };
        NotificationResponse: {
            /** @description sending attempts so far, over every retry */
            attempts: number;
            /** Format: uuid */
            caseId: string | null;
            /** Format: date */
            deadline: string | null;
            /** Format: uuid */
            id: string;
            /** @description why the last attempt failed */
            lastError: string | null;
            /** @description `(sealed)` for a denunciator */
            recipient: string;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            stage: "due_soon" | "due_today" | "overdue" | "escalation" | "digest" | "citizen_notice";
            /** @enum {string} */
            status: "pending" | "sent" | "failed" | "cancelled";
        };
        Object: Record<string, never>;
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
        ProbeReportDto: {
            /** @description each check (postgres, redis, migrations) by name */
            details: {
                [key: string]: components["schemas"]["DependencyHealthDto"];
            };
            /** @enum {string} */
            status: "ok" | "error";
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
        ReceptionIdentityDto: {
            representatives: components["schemas"]["RepresentativeDto"][];
        };
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
            /** @description empty when sealed (representativesSealed) */
            representatives: components["schemas"]["RepresentativeResponseDto"][];
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
        RenameUnitDto: {
            /** @example UBND phường Trần Phú */
            name: string;
        };
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
        RevealedApplicantDto: {
            address: string | null;
            email: string | null;
            fullName: string;
            idNumber: string | null;
            phone: string | null;
        };
        /** @enum {string} */
        Role: "admin" | "leader" | "inspector" | "reception" | "clerk";
        StaffListResponse: {
            items: components["schemas"]["StaffMemberResponse"][];
        };
        StaffMemberResponse: {
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "leader" | "inspector" | "reception" | "clerk";
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
        UpdateCaseDto: {
            applicant?: components["schemas"]["ApplicantContactDto"];
            content?: Record<string, never>;
            subject?: Record<string, never>;
            /** @description the version read; 409 if stale */
            version: number;
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
    AttachmentsController_remove: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AttachmentsController_content: {
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
                    "application/octet-stream": string;
                };
            };
        };
    };
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
    CalendarImpactController_impact: {
        parameters: {
            query: {
                date: string;
                /** @description `none`: as `DELETE /calendar/days/:date` */
                type: "day_off" | "working_day" | "none";
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
                    "application/json": components["schemas"]["CalendarImpactResponse"];
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
                /** @description due date on or after (inclusive) */
                dueAfter?: string;
                dueBefore?: string;
                kind?: "complaint" | "denunciation" | "petition" | "civil_status" | "certification";
                limit?: number;
                overdue?: "true" | "false";
                page?: number;
                procedure?: "first_instance" | "second_instance" | "feedback" | "recommendation" | "request" | "birth" | "marriage" | "death" | "parentage" | "change_correction" | "guardianship" | "marital_status_confirmation" | "extract_copy" | "re_registration" | "copy_from_original" | "copy_from_master_register" | "signature" | "translator_signature" | "contract";
                /** @description search subject, content and applicant name, diacritics ignored */
                q?: string;
                /** @description received on or after this business date (inclusive, Asia/Ho_Chi_Minh) */
                receivedFrom?: string;
                /** @description received on or before this business date (inclusive) */
                receivedTo?: string;
                sort?: "dueDate" | "-dueDate" | "receivedAt" | "-receivedAt";
                status?: "received" | "in_progress" | "suspended" | "resolved" | "withdrawn" | "terminated" | "rejected" | "transferred";
                /** @description only the cases assigned to nobody */
                unassigned?: "true";
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
                    "application/json": components["schemas"]["CaseDetailResponse"];
                };
            };
        };
    };
    CasesController_correct: {
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
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
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
    AttachmentsController_listOfCase: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
            };
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
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
        };
    };
    AttachmentsController_uploadToCase: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One file: PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX or ODT (judged from its bytes)
                     */
                    file: string;
                    /**
                     * @description Loại tài liệu: đơn, chứng cứ, thông báo thụ lý, quyết định, khác
                     * @enum {string}
                     */
                    kind: "petition" | "evidence" | "acceptance_notice" | "decision" | "other";
                    /**
                     * Format: date
                     * @description The date on the paper, not in the future
                     */
                    paperDate?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
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
                    "application/json": components["schemas"]["CaseEventResponse"][];
                };
            };
        };
    };
    CasesController_identity: {
        parameters: {
            query?: {
                /** @description why the identity is needed; written to the audit log with the reveal */
                reason?: components["schemas"]["Object"];
            };
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
                    "application/json": components["schemas"]["CaseIdentityDto"];
                };
            };
            /** @description a sealed identity this user may not reveal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such case in this user's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CasesController_addNote: {
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
                "application/json": components["schemas"]["CreateCaseNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseNoteResponse"];
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
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 503 with the same body when the process cannot answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbeReportDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 503 with the same body when a dependency is not ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProbeReportDto"];
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
    NotificationsController_retry: {
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
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description the mail is not failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    AttachmentsController_listOfVisit: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
            };
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
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
        };
    };
    AttachmentsController_uploadToVisit: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One file: PDF, JPEG, PNG, TIFF, WebP, DOCX, XLSX or ODT (judged from its bytes)
                     */
                    file: string;
                    /**
                     * @description Loại tài liệu: đơn, chứng cứ, thông báo thụ lý, quyết định, khác
                     * @enum {string}
                     */
                    kind: "petition" | "evidence" | "acceptance_notice" | "decision" | "other";
                    /**
                     * Format: date
                     * @description The date on the paper, not in the future
                     */
                    paperDate?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
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
    ReceptionController_identity: {
        parameters: {
            query?: {
                /** @description why the identity is needed; written to the audit log with the reveal */
                reason?: components["schemas"]["Object"];
            };
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
                    "application/json": components["schemas"]["ReceptionIdentityDto"];
                };
            };
            /** @description sealed representatives this user may not reveal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description no such visit in this user's scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                /** @description part of the full name; diacritics and case do not matter */
                q?: components["schemas"]["Object"];
                role?: "admin" | "leader" | "inspector" | "reception" | "clerk";
                /** @description one unit of the caller's tree */
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
                    "application/json": components["schemas"]["StaffListResponse"];
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
    UnitsController_rename: {
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
                "application/json": components["schemas"]["RenameUnitDto"];
            };
        };
        responses: {
            200: {
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
