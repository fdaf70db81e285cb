/**
 * Generated from the API's OpenAPI document by `npm run api:types` (openapi-typescript): do not edit.
 * A test fails when this file differs from what the current API generates.
 */

export interface paths {
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: commands, projection lag, queues, e-mails (text exposition format) */
        get: operations["MetricsController_scrape"];
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
        /** State of the event store, read store, projection lag, Redis, SMTP, and this instance's projector role */
        get: operations["HealthController_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budget-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入预算 Import a budget document (budget-import/v1, see docs/budget-import-format.md) */
        post: operations["ImportBudgetController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets/{department}/{fiscalYear}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported budget documents of a department and fiscal year: units, projects, totals, quirks */
        get: operations["GetBudgetController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current appropriation, disbursed and available balance of a line */
        get: operations["GetLineController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/increases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 追加 Increase an appropriation line */
        post: operations["AdjustAppropriationController_increase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/decreases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调减 Decrease an appropriation line (not below what is spent) */
        post: operations["AdjustAppropriationController_decrease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调剂 Transfer appropriation between two lines (both sides atomically) */
        post: operations["TransferAppropriationController_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/disbursements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The line's disbursements, newest first: { lineId, total, limit, offset, disbursements: [{ disbursementId, voucherNo, amount, effectiveDate, payee, summary, subsidyCategory, beneficiaries, reversed, reversedAmount, recordedBy: { username, displayName } }] } */
        get: operations["LineDisbursementsController_list"];
        put?: never;
        /** 记录支付 Record a disbursement against an appropriation line */
        post: operations["RecordDisbursementController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/disbursements/{disbursementId}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 冲销 Reverse a recorded disbursement (at most once, never for more than it was) */
        post: operations["ReverseDisbursementController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wage-arrears-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 欠薪案件列表 Cases in the caller's scope, newest first (500 at most): open, resolved or all, with the unit's name */
        get: operations["ListCasesController_list"];
        put?: never;
        /** 登记欠薪案件 Report a wage-arrears case */
        post: operations["ReportCaseController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wage-arrears-cases/{caseId}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处置欠薪案件 Record how a wage-arrears case was resolved */
        post: operations["ResolveCaseController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/fund-advances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 垫付 Pay an advance from the wage emergency revolving fund for a case */
        post: operations["PayFundAdvanceController_pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/fund-recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 追偿 Record money recovered from the employer for an advance */
        post: operations["RecoverFundAdvanceController_recover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{fiscalYear}/{indicatorId}/target-revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整指标值 Revise an indicator target */
        post: operations["ReviseTargetController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{fiscalYear}/{indicatorId}/progress-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 填报指标进度 Report an indicator's progress (value or grade, with 偏差原因) */
        post: operations["ReportProgressController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预算执行率 against 序时进度, rolled up and as of any date */
        get: operations["GetExecutionController_execution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/execution/curve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 执行进度曲线: cumulative appropriation, disbursement, execution rate and 序时进度 at each month end */
        get: operations["GetCurveController_curve"];
        put?: never;
        post?: never;
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
        /** 绩效指标 with target, actual (reported or derived), completion, expected by now, light and history, as of a date */
        get: operations["ListIndicatorsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{code}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目绩效自评: goal light, score out of 100 and grade (优/良/中/差) as of a date */
        get: operations["GetScorecardController_project"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments/{code}/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门整体绩效 (表十一): goal light, score and grade as of a date */
        get: operations["GetScorecardController_department"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wage-arrears/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 欠薪处置率 by count and by amount, department-wide and by unit, as of a date */
        get: operations["GetMetricsController_wageArrears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/revolving-fund/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 农民工工资应急周转金: advanced, recovered, outstanding, available, recovery rate, overdue recoveries; every advance with its case (employer, workers, unit name) */
        get: operations["GetMetricsController_fund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/beneficiaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Beneficiaries of subsidy disbursements by 补助类别, as of a date */
        get: operations["GetMetricsController_beneficiaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/demo-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 演示数据 Which fiscal years are demo data: the demo budget, and whether its execution is simulated */
        get: operations["GetDemoDataController_get"];
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
        /** 登录 Log in: answers a session token (also set as an HTTP-only cookie) */
        post: operations["LoginController_login"];
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
        /** 退出 Log out: clears the session cookie (a bearer token simply expires; change the password to end all sessions) */
        post: operations["LoginController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 Who am I: username, display name, role, unit scope, and passwordChangeRequired (a password set by an admin is changed at first login) */
        get: operations["LoginController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码 Change my password: ends all my other sessions and answers a new session for this one (token and cookie) */
        post: operations["LoginController_changePassword"];
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
        /** 用户列表 Users with role, unit scope and status (admin) */
        get: operations["ListUsersController_list"];
        put?: never;
        /** 新增用户 Register a user with a role and unit scope (admin) */
        post: operations["RegisterUserController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/role": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 调整角色 Change a user's role and unit scope (admin); their open sessions end */
        put: operations["ChangeRoleController_change"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重置密码 Reset a user's password (admin): answers a generated password once; their sessions end */
        post: operations["ResetPasswordController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/deactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用 Deactivate an account (admin): it can no longer log in; its history keeps its name */
        post: operations["DeactivateUserController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{username}/reactivation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 启用 Reactivate an account (admin) */
        post: operations["DeactivateUserController_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disbursement-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量导入支付 Import disbursements from a CSV or XLSX file (preview by default; see docs/disbursement-import.md) */
        post: operations["ImportDisbursementsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disbursement-imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commit a finished preview from the file it kept (checked again, recorded all or none) */
        post: operations["ImportDisbursementsController_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disbursement-imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress (phase, rows read, percent) and, when finished, the report of an import */
        get: operations["ImportDisbursementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disbursement-imports/{id}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every row's outcome (ok, error with its messages, already-recorded), paged, optionally filtered */
        get: operations["ImportDisbursementsController_rows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/execution-by-functional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表八 部门支出总表 with 调整后预算, 支出, 执行率 (总计/基本/项目), 序时进度 and 亮灯, as XLSX or CSV as of a date */
        get: operations["ExportExecutionController_table8[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/table8": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表八 部门支出总表 with 调整后预算, 支出, 执行率 (总计/基本/项目), 序时进度 and 亮灯, as XLSX or CSV as of a date */
        get: operations["ExportExecutionController_table8[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表十 项目支出明细表 with 年初预算, 调整后预算, 支出, 执行率, 序时进度, 进度差 and 亮灯, as XLSX or CSV as of a date */
        get: operations["ExportProjectsController_table10[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/table10": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表十 项目支出明细表 with 年初预算, 调整后预算, 支出, 执行率, 序时进度, 进度差 and 亮灯, as XLSX or CSV as of a date */
        get: operations["ExportProjectsController_table10[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表十二 绩效目标 with actual, completion, expected by now, light, points, 偏差原因, and per project the score and grade, as XLSX or CSV as of a date */
        get: operations["ExportIndicatorsController_table12[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/table12": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表十二 绩效目标 with actual, completion, expected by now, light, points, 偏差原因, and per project the score and grade, as XLSX or CSV as of a date */
        get: operations["ExportIndicatorsController_table12[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/lines/{lineId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event history of an appropriation line (预算指标): 下达, 追加, 调减, 调剂, 支付, 冲销, 垫付 … */
        get: operations["GetHistoryController_line"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/disbursements/{disbursementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events about one disbursement (支付, 冲销, 超支预警) with its line's figures after each */
        get: operations["GetHistoryController_disbursement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/indicators/{fiscalYear}/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event history of a performance indicator (绩效指标): target revisions and progress reports */
        get: operations["GetHistoryController_indicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/wage-arrears-cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event history of a wage-arrears case (欠薪案件): reported, resolved */
        get: operations["GetHistoryController_wageArrearsCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The global event log by position, filterable by stream, type and actor */
        get: operations["ListEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警列表 Open and past alerts (newest first), with the figures at raise time and now, silences and inhibition; scoped readers see the alerts of their units and those their units' records drive */
        get: operations["ListAlertsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量确认预警 Acknowledge several open alerts with one note, atomically */
        post: operations["AcknowledgeAlertsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警详情 One alert: the figures at raise time and now, lifecycle, silence, inhibition */
        get: operations["GetAlertController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{alertId}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认预警 Acknowledge an open alert with a note: reminders stop (escalation still notifies); an overspend incident is closed by it */
        post: operations["AcknowledgeAlertController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-silences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 静默列表 Silences, newest first: in force (default) or all, with who set them, why and until when */
        get: operations["ListSilencesController_list"];
        put?: never;
        /** 静默 Silence alerts for a period with a reason: they stay listed, nobody is e-mailed about them until the end */
        post: operations["CreateSilenceController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-silences/{silenceId}/lift": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除静默 End a silence early, with a reason */
        post: operations["LiftSilenceController_lift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-subscriptions/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的预警订阅 My alert subscription */
        get: operations["OwnSubscriptionController_get"];
        /** 订阅预警邮件 Create or replace my alert subscription */
        put: operations["OwnSubscriptionController_put"];
        post?: never;
        /** 退订 Remove my alert subscription */
        delete: operations["OwnSubscriptionController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预警订阅列表 All alert subscriptions (admin) */
        get: operations["ListSubscriptionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-subscriptions/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置用户的预警订阅 Create or replace a user's alert subscription (admin) */
        put: operations["SetUserSubscriptionController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 发件箱 E-mails in the outbox, newest first: { items: [{ file, to, subject, date, size, recipient }], total, page, pageSize } */
        get: operations["ListOutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载邮件 One e-mail of the outbox as .eml (404 OUTBOX_FILE_NOT_FOUND) */
        get: operations["GetOutboxFileController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 死信列表 E-mails that could not be sent: { items: [{ jobId, recipient, subject, notificationIds, digest, attempts, lastError, failedAt }], total, page, pageSize } (admin) */
        get: operations["ListDeadLettersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/dead-letters/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发 Retry a dead letter (admin): { jobId, state: "waiting" } */
        post: operations["RetryDeadLetterController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: `event: advanced`, data `{ position, types, units }` each time the read models include new events in scope */
        get: operations["LiveController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预算调整 The line's appropriation and adjustments: { lineId, adjustments: [{ kind, label, amount, signedAmount, effectiveDate, reason, documentNo, otherLineId, recordedBy: { username, displayName } }] } */
        get: operations["LineAdjustmentsController_list"];
        put?: never;
        post?: never;
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
        AdjustAppropriationRequest: {
            /**
             * @description amount of the 追加 (increase) or 调减 (decrease) (元, decimal string, at most 2 decimals)
             * @example 1234.56
             */
            amount: string;
            /**
             * @description business date of the adjustment (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description reason for the adjustment
             * @example 区财政局追加就业补助资金
             */
            reason: string;
            /**
             * @description 文号: number of the approving document
             * @example 潼财社〔2023〕45号
             */
            documentNo?: string | null;
        };
        CommandAccepted: {
            /**
             * @description stream the facts were appended to
             * @example line-426006-2023-P09
             */
            streamId: string;
            /**
             * @description revision of the stream after the command (send it back as If-Match)
             * @example 3
             */
            revision: number;
            /**
             * @description global position of the last event (pass it as minPosition to read your write)
             * @example 1042
             */
            position: number;
            /**
             * @example [
             *       "2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21"
             *     ]
             */
            eventIds: string[];
            /**
             * @description true when the same request had already been recorded: nothing new was written
             * @example false
             */
            replayed: boolean;
        };
        TransferAppropriationRequest: {
            /** @example 426002-2023-P12 */
            fromLineId: string;
            /** @example 426002-2023-P13 */
            toLineId: string;
            /**
             * @description amount moved from one line to the other (元, decimal string, at most 2 decimals)
             * @example 1234.56
             */
            amount: string;
            /**
             * @description business date of the transfer (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description reason for the transfer
             * @example 调剂用于农民工工资应急周转
             */
            reason: string;
            /**
             * @description 文号: number of the approving document
             * @example 潼财社〔2023〕52号
             */
            documentNo?: string | null;
        };
        RecordDisbursementRequest: {
            /**
             * @description amount paid (元, decimal string, at most 2 decimals)
             * @example 1234.56
             */
            amount: string;
            /**
             * @description 支付日期: the business date of the payment, inside the line's fiscal year (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description 凭证号: voucher number, unique per budget unit and year; a repeat records nothing twice
             * @example 记-2023-03-0012
             */
            voucherNo: string;
            /**
             * @description 收款人: payee
             * @example 某某县第三中学
             */
            payee?: string | null;
            /**
             * @description 摘要: summary
             * @example 3月份公益性岗位补贴发放
             */
            summary?: string | null;
            /**
             * @description 补助类别: subsidy category, e.g. 公益性岗位补贴
             * @example 公益性岗位补贴
             */
            subsidyCategory?: string | null;
            /**
             * @description 人数: beneficiaries of this payment
             * @example 35
             */
            beneficiaries?: number | null;
            /**
             * @description 经济科目: 5-digit economic code of the payment
             * @example 30305
             */
            economic?: string | null;
        };
        ReverseDisbursementRequest: {
            /**
             * @description amount reversed; the whole disbursement when omitted (元, decimal string)
             * @example 100.00
             */
            amount?: string;
            /**
             * @description business date of the reversal (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description 冲销原因: why the payment is reversed
             * @example 重复支付，原路退回
             */
            reason: string;
        };
        ReportCaseRequest: {
            /**
             * @description budget unit handling the case
             * @example 426006
             */
            unit: string;
            /**
             * @description 欠薪单位: the employer owing wages
             * @example 某建筑劳务有限公司
             */
            employer: string;
            /**
             * @description workers affected
             * @example 12
             */
            workersAffected: number;
            /**
             * @description amount owed to the workers (元, decimal string, at most 2 decimals)
             * @example 1234.56
             */
            amountOwed: string;
            /**
             * @description date the case was reported (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description description
             * @example 某安置房项目工地，拖欠3个月工资
             */
            description?: string | null;
        };
        ResolveCaseRequest: {
            /**
             * @description 处置方式: employer paid, fund advance (垫付), referred to arbitration or court
             * @enum {string}
             */
            resolution: "employer_paid" | "fund_advance" | "arbitration" | "court";
            /**
             * @description amount settled (元, decimal string)
             * @example 100.00
             */
            amountSettled?: string;
            /**
             * @description date the case was disposed of (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description note
             * @example 经调解，用工单位已足额支付
             */
            note?: string | null;
        };
        PayFundAdvanceRequest: {
            /**
             * @description the wage-arrears case the advance is for
             * @example 0b9e4a52-3f0e-4c7e-9a51-0c2f5b8d4e21
             */
            caseId: string;
            /**
             * @description amount advanced (垫付) (元, decimal string, at most 2 decimals)
             * @example 1234.56
             */
            amount: string;
            /**
             * @description workers paid
             * @example 12
             */
            workers: number;
            /**
             * @description date the advance was paid (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description note
             * @example 先行垫付基本生活费
             */
            note?: string | null;
        };
        RecoverFundAdvanceRequest: {
            /**
             * @description the case whose advance is recovered
             * @example 0b9e4a52-3f0e-4c7e-9a51-0c2f5b8d4e21
             */
            caseId: string;
            /**
             * @description amount recovered from the employer (追偿) (元, decimal string, at most 2 decimals)
             * @example 1234.56
             */
            amount: string;
            /**
             * @description date the money came back (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
            /**
             * @description note
             * @example 用工单位已归还垫付资金
             */
            note?: string | null;
        };
        ReviseTargetRequest: {
            /**
             * @description new target (decimal string)
             * @example 3500
             */
            target: string;
            /**
             * @description target as it should be printed (defaults to target)
             * @example ≥3500人
             */
            targetText?: string | null;
            /**
             * @description reason for the revision (e.g. the approving document)
             * @example 潼人社发〔2023〕30号 调整年度目标
             */
            reason: string;
            /**
             * @description business date of the revision (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
        };
        ReportProgressRequest: {
            /**
             * @description the date the value stands at (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            asOf: string;
            /**
             * @description value to date (cumulative indicators: the total so far); numeric indicators only
             * @example 1500
             */
            value?: string;
            /**
             * @description 定性 indicators only
             * @enum {string}
             */
            grade?: "达成" | "部分达成" | "未达成";
            /**
             * @description 偏差原因: why the indicator deviates from its target
             * @example 上半年岗位开发进度偏慢，三季度集中开发
             */
            deviationReason?: string | null;
            /**
             * @description note
             * @example 截至6月底
             */
            note?: string | null;
        };
        DemoFiscalYear: {
            /** @example 2023 */
            fiscalYear: number;
            /**
             * @description the year's budget is the demo budget, imported at first start
             * @example true
             */
            budget: boolean;
            /**
             * @description the year's execution (payments, cases, indicator reports) is simulated: every such event carries metadata demo: true
             * @example true
             */
            simulated: boolean;
        };
        DemoData: {
            /**
             * @description the label to show wherever demo data is on screen or in an e-mail
             * @example 演示数据（模拟）
             */
            label: string;
            /**
             * @description empty when the store holds no demo data
             * @example [
             *       {
             *         "fiscalYear": 2023,
             *         "budget": true,
             *         "simulated": true
             *       }
             *     ]
             */
            fiscalYears: components["schemas"]["DemoFiscalYear"][];
        };
        LoginRequest: {
            /** @example kuaiji426002 */
            username: string;
            /**
             * Format: password
             * @example correct horse battery staple
             */
            password: string;
        };
        SessionResponse: {
            /**
             * @description signed session token: send as `Authorization: Bearer <token>`; the browser also gets it as an HTTP-only cookie
             * @example eyJhbGciOiJIUzI1NiJ9…
             */
            token: string;
            /** @example 2023-03-05T16:00:00.000Z */
            expiresAt: string;
            /**
             * @description passwordChangeRequired: the password was set by an admin (or at the first start) and is to be changed before anything else
             * @example {
             *       "username": "kuaiji426002",
             *       "displayName": "张会计",
             *       "role": "accountant",
             *       "units": [
             *         "426002"
             *       ],
             *       "passwordChangeRequired": true
             *     }
             */
            user: Record<string, never>;
        };
        ChangePasswordRequest: {
            /**
             * Format: password
             * @example the-current-password
             */
            currentPassword: string;
            /**
             * Format: password
             * @description at least 10 characters, not containing the username
             * @example Spring-Ledger-2023
             */
            newPassword: string;
        };
        RegisterUserRequest: {
            /**
             * @description 2–40 letters, digits, dot, dash or underscore
             * @example kuaiji426002
             */
            username: string;
            /** @example 张会计 */
            displayName?: string;
            /**
             * @example accountant
             * @enum {string}
             */
            role: "admin" | "accountant" | "manager" | "auditor";
            /**
             * @description "all" (the whole department) or budget unit codes
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /**
             * Format: password
             * @description omit to have one generated and answered once
             * @example Spring-Ledger-2023
             */
            password?: string;
        };
        ChangeRoleRequest: {
            /**
             * @example manager
             * @enum {string}
             */
            role: "admin" | "accountant" | "manager" | "auditor";
            /**
             * @description "all" (the whole department) or budget unit codes
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
        };
        DeactivateUserRequest: {
            /** @example 调离本单位 */
            reason?: string;
        };
        AcknowledgeAlertsRequest: {
            /**
             * @description the alerts to acknowledge (1–200)
             * @example [
             *       "execution_lag.project-2023-P07.1",
             *       "indicator_light.2023-D-08.1"
             *     ]
             */
            alertIds: string[];
            /**
             * @description what is being done about them (1–1000 characters)
             * @example 已逐项核实，财务科督促各单位本月内加快支付
             */
            note: string;
        };
        AcknowledgeAlertRequest: {
            /**
             * @description what is being done about it (1–1000 characters)
             * @example 已督促执法支队加快案件处置，预计7月底前办结
             */
            note: string;
        };
        CreateSilenceRequest: {
            /**
             * @description silence the subjects of these alerts (1–500)…
             * @example [
             *       "execution_lag.project-2023-P07.1"
             *     ]
             */
            alertIds?: string[];
            /**
             * @description … or every alert of a unit (optionally of one rule)
             * @example 426006
             */
            unit?: string;
            /**
             * @description with unit: only this rule's alerts
             * @enum {string}
             */
            rule?: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend";
            /**
             * @description the last day of the silence (Asia/Shanghai), at most 90 days ahead; or an ISO instant
             * @example 2023-07-31
             */
            endsAt: string;
            /**
             * @description why nobody need be told for a while (2–500 characters)
             * @example 项目调整已报批，8月起恢复支付
             */
            reason: string;
        };
        LiftSilenceRequest: {
            /**
             * @description why the silence ends early (2–500 characters)
             * @example 调整已批复，恢复预警通知
             */
            reason: string;
        };
        SubscriptionRequest: {
            /**
             * @description where the alert e-mails go
             * @example wang@zfzd.example.gov.cn
             */
            email: string;
            /**
             * @description "all" (default: the whole scope, department-level alerts included for department-wide users) or budget unit codes
             * @example [
             *       "426006"
             *     ]
             */
            units?: "all" | string[];
            /**
             * @description yellow: 黄灯 and 红灯; red: 红灯 only
             * @default yellow
             * @enum {string}
             */
            minSeverity: "yellow" | "red";
            /**
             * @description grouped (汇总, default): one e-mail per evaluation run, grouped by unit and rule, worst first; each (逐条): one e-mail per alert notice. Either way a run with more alerts than the summary threshold sends one summary.
             * @default grouped
             * @example grouped
             * @enum {string}
             */
            delivery: "grouped" | "each";
            /**
             * @deprecated
             * @description older clients: true is delivery "grouped", false is "each"
             * @example true
             */
            digest?: boolean;
            /**
             * @description false pauses the e-mails without forgetting the subscription
             * @default true
             * @example true
             */
            active: boolean;
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
    MetricsController_scrape: {
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
                content?: never;
            };
        };
    };
    HealthController_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { status: up|degraded, checks: { eventStore: {status, headPosition}, redis: {status}, readModels: {status, position, behind, lagSeconds}, readStore: {status, dialect}, smtp: {status, mode: smtp|outbox}, projector: {role: active|standby, instance, holder} } } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description the event store does not answer (status down) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportBudgetController_import: {
        parameters: {
            query?: {
                /** @description true (default): validate and reconcile only; false: record */
                dryRun?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description a budget-import/v1 JSON document */
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description import report: counts, totals, control checks, warnings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BUDGET_DOCUMENT_INVALID with every problem and its JSON path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetBudgetController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                department: string;
                fiscalYear: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetLineController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdjustAppropriationController_increase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustAppropriationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
        };
    };
    AdjustAppropriationController_decrease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustAppropriationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            /** @description DECREASE_EXCEEDS_AVAILABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TransferAppropriationController_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferAppropriationRequest"];
            };
        };
        responses: {
            /** @description { transferId, from, to } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TRANSFER_EXCEEDS_AVAILABLE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LineDisbursementsController_list: {
        parameters: {
            query?: {
                /** @description 1–200, default 50 */
                limit?: string;
                /** @description payments to skip, newest first */
                offset?: string;
            };
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecordDisbursementController_record: {
        parameters: {
            query?: never;
            header?: {
                /** @description the line revision the client last saw; 412 if it moved on */
                "If-Match"?: string;
                /** @description a retried request with the same key returns the first result */
                "Idempotency-Key"?: string;
            };
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordDisbursementRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            /** @description OVERSPEND_BLOCKED, VOUCHER_ALREADY_USED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description invalid amount or date (field named) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReverseDisbursementController_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
                disbursementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReverseDisbursementRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            /** @description DISBURSEMENT_ALREADY_REVERSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListCasesController_list: {
        parameters: {
            query?: {
                /** @description default all */
                status?: "open" | "resolved" | "all";
                unit?: string;
                /** @description the year the case was reported in */
                fiscalYear?: string;
                /** @description wait until the read models include this position */
                minPosition?: string;
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
                content?: never;
            };
        };
    };
    ReportCaseController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCaseRequest"];
            };
        };
        responses: {
            /** @description { caseId, streamId, revision, … } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResolveCaseController_resolve: {
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
                "application/json": components["schemas"]["ResolveCaseRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            /** @description CASE_ALREADY_RESOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PayFundAdvanceController_pay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayFundAdvanceRequest"];
            };
        };
        responses: {
            /** @description { advanceId, streamId, revision, … } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ADVANCE_EXCEEDS_FUND_BALANCE, CASE_ALREADY_RESOLVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RecoverFundAdvanceController_recover: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoverFundAdvanceRequest"];
            };
        };
        responses: {
            /** @description { recoveryId, streamId, revision, … } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RECOVERY_EXCEEDS_OUTSTANDING, NO_OUTSTANDING_ADVANCE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReviseTargetController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fiscalYear: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseTargetRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
        };
    };
    ReportProgressController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fiscalYear: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportProgressRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            /** @description INDICATOR_IS_DERIVED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetExecutionController_execution: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                unit?: string;
                project?: string;
                type?: "basic" | "project";
                /** @description functional code prefix (类 3, 款 5, 项 7 digits) */
                functional?: string;
                /** @description economic code prefix (类 3, 款 5 digits) */
                economic?: string;
                /** @description roll-up (default unit) */
                groupBy?: "department" | "unit" | "project" | "line" | "functional" | "economic" | "source" | "type";
                /** @description functional 类/款/项 = 1/2/3; economic 类/款 = 1/2 */
                level?: "1" | "2" | "3";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { asOf, timeProgress, rows: [{ key, name, appropriated, disbursed, balance, executionRate, lagPoints, light, … }] } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description READ_MODEL_BEHIND: minPosition not reached in time (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetCurveController_curve: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                unit?: string;
                project?: string;
                type?: "basic" | "project";
                /** @description functional code prefix (类 3, 款 5, 项 7 digits) */
                functional?: string;
                /** @description economic code prefix (类 3, 款 5 digits) */
                economic?: string;
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
                content?: never;
            };
        };
    };
    ListIndicatorsController_list: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                project?: string;
                unit?: string;
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
                content?: never;
            };
        };
    };
    GetScorecardController_project: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
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
                content?: never;
            };
        };
    };
    GetScorecardController_department: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
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
                content?: never;
            };
        };
    };
    GetMetricsController_wageArrears: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                unit?: string;
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
                content?: never;
            };
        };
    };
    GetMetricsController_fund: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description the revolving-fund line (default: every fund line of the year) */
                lineId?: string;
                /** @description an advance unrecovered for more days than this is overdue (default 90) */
                overdueDays?: string;
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
                content?: never;
            };
        };
    };
    GetMetricsController_beneficiaries: {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                unit?: string;
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
                content?: never;
            };
        };
    };
    GetDemoDataController_get: {
        parameters: {
            query?: {
                /** @description only this fiscal year */
                fiscalYear?: string;
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
                    "application/json": components["schemas"]["DemoData"];
                };
            };
        };
    };
    LoginController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description INVALID_CREDENTIALS (the same answer for an unknown name, a wrong password or a deactivated account) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description TOO_MANY_LOGIN_ATTEMPTS, with Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LoginController_logout: {
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
    LoginController_me: {
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
                content?: never;
            };
        };
    };
    LoginController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description WRONG_CURRENT_PASSWORD, PASSWORD_UNCHANGED, PASSWORD_TOO_SHORT, PASSWORD_CONTAINS_USERNAME, PASSWORD_TOO_SIMPLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListUsersController_list: {
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
                content?: never;
            };
        };
    };
    RegisterUserController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterUserRequest"];
            };
        };
        responses: {
            /** @description { username, role, units, revision, generatedPassword? } — a generated password is shown only in this answer */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description USERNAME_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description INVALID_USERNAME, ACCOUNTANT_NEEDS_UNITS, INVALID_UNIT_CODE, PASSWORD_TOO_SHORT … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChangeRoleController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleRequest"];
            };
        };
        responses: {
            /** @description CANNOT_CHANGE_OWN_ROLE, LAST_ADMIN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResetPasswordController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { username, generatedPassword } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeactivateUserController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeactivateUserRequest"];
            };
        };
        responses: {
            /** @description CANNOT_DEACTIVATE_SELF, LAST_ADMIN, USER_ALREADY_DEACTIVATED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DeactivateUserController_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportDisbursementsController_start: {
        parameters: {
            query?: {
                /** @description true (default): preview only, records nothing; false: record all rows or none */
                dryRun?: "true" | "false";
                /** @description true: answer when the import is finished (200 with the report) instead of 202 at once */
                wait?: "true" | "false";
                /** @description 金额单位 when the amount header does not say it ("金额（万元）"); default 元 */
                amountUnit?: "元" | "万元";
                /** @description CSV encoding; auto (default) tells UTF-8 (with or without BOM) from GBK/GB18030 */
                encoding?: "auto" | "utf8" | "gbk";
                /** @description 预算年度: only lines of this year (default: the year of each row's 支付日期) */
                fiscalYear?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description with wait=true: the finished import and its report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description accepted: follow Location for progress and the report */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description with wait=true: IMPORT_CONFLICT (lines kept changing; nothing recorded) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PAYLOAD_TOO_LARGE */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description with wait=true: IMPORT_ROWS_INVALID (report in details), MISSING_COLUMNS, ENCODING_INVALID, XLSX_INVALID … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportDisbursementsController_commit: {
        parameters: {
            query?: {
                /** @description true: answer when the commit is finished */
                wait?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the commit import: follow Location */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description IMPORT_NOT_A_PREVIEW, IMPORT_ALREADY_COMMITTED, IMPORT_FILE_EXPIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ImportDisbursementsController_get: {
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
                content?: never;
            };
        };
    };
    ImportDisbursementsController_rows: {
        parameters: {
            query?: {
                outcome?: "ok" | "error" | "already-recorded";
                offset?: string;
                /** @description at most 1000 */
                limit?: string;
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
                content?: never;
            };
        };
    };
    "ExportExecutionController_table8[0]": {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description xlsx (default) or csv (UTF-8 with BOM, CRLF) */
                format?: "xlsx" | "csv";
                /** @description one budget unit (must be in the caller's scope); default: every unit in scope */
                unit?: string;
                /** @description 金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print) */
                amountUnit?: "元" | "万元" | "yuan" | "wanyuan";
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
                content?: never;
            };
        };
    };
    "ExportExecutionController_table8[1]": {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description xlsx (default) or csv (UTF-8 with BOM, CRLF) */
                format?: "xlsx" | "csv";
                /** @description one budget unit (must be in the caller's scope); default: every unit in scope */
                unit?: string;
                /** @description 金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print) */
                amountUnit?: "元" | "万元" | "yuan" | "wanyuan";
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
                content?: never;
            };
        };
    };
    "ExportProjectsController_table10[0]": {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description xlsx (default) or csv (UTF-8 with BOM, CRLF) */
                format?: "xlsx" | "csv";
                /** @description one budget unit (must be in the caller's scope); default: every unit in scope */
                unit?: string;
                /** @description 金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print) */
                amountUnit?: "元" | "万元" | "yuan" | "wanyuan";
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
                content?: never;
            };
        };
    };
    "ExportProjectsController_table10[1]": {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description xlsx (default) or csv (UTF-8 with BOM, CRLF) */
                format?: "xlsx" | "csv";
                /** @description one budget unit (must be in the caller's scope); default: every unit in scope */
                unit?: string;
                /** @description 金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print) */
                amountUnit?: "元" | "万元" | "yuan" | "wanyuan";
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
                content?: never;
            };
        };
    };
    "ExportIndicatorsController_table12[0]": {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description xlsx (default) or csv (UTF-8 with BOM, CRLF) */
                format?: "xlsx" | "csv";
                /** @description one budget unit (must be in the caller's scope); default: every unit in scope */
                unit?: string;
                /** @description 金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print) */
                amountUnit?: "元" | "万元" | "yuan" | "wanyuan";
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
                content?: never;
            };
        };
    };
    "ExportIndicatorsController_table12[1]": {
        parameters: {
            query?: {
                /** @description 截至日期: figures as of this business date (default: today, Asia/Shanghai) */
                asOf?: string;
                /** @description fiscal year (default: the year of asOf) */
                fiscalYear?: string;
                /** @description wait until the read models include this global position (a command's answer) */
                minPosition?: string;
                /** @description 序时进度 basis (default from TIME_PROGRESS_BASIS) */
                basis?: "month" | "day";
                /** @description xlsx (default) or csv (UTF-8 with BOM, CRLF) */
                format?: "xlsx" | "csv";
                /** @description one budget unit (must be in the caller's scope); default: every unit in scope */
                unit?: string;
                /** @description 金额单位: 元 (default, exact) or 万元 (2 decimals, as budget documents print) */
                amountUnit?: "元" | "万元" | "yuan" | "wanyuan";
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
                content?: never;
            };
        };
    };
    GetHistoryController_line: {
        parameters: {
            query?: {
                /** @description only events recorded by this user (username) */
                actor?: string;
                /** @description recorded on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                from?: string;
                /** @description recorded on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                to?: string;
                /** @description effective (business date) on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveFrom?: string;
                /** @description effective (business date) on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveTo?: string;
                /** @description json (default, paged), csv (UTF-8 with BOM, CRLF) or xlsx; files hold every matching entry */
                format?: "json" | "csv" | "xlsx";
                /** @description JSON pages: entries after this stream revision (the previous page's `next`) */
                after?: string;
                /** @description JSON pages: entries per page, 1–1000 (default 200) */
                limit?: string;
            };
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { subject, entries: [{ position, revision, eventId, type, label, actor, actorName (显示名), recordedAt, effectiveDate, correlationId, change, summary, stateAfter }], next } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetHistoryController_disbursement: {
        parameters: {
            query?: {
                /** @description only events recorded by this user (username) */
                actor?: string;
                /** @description recorded on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                from?: string;
                /** @description recorded on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                to?: string;
                /** @description effective (business date) on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveFrom?: string;
                /** @description effective (business date) on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveTo?: string;
                /** @description json (default, paged), csv (UTF-8 with BOM, CRLF) or xlsx; files hold every matching entry */
                format?: "json" | "csv" | "xlsx";
                /** @description JSON pages: entries after this stream revision (the previous page's `next`) */
                after?: string;
                /** @description JSON pages: entries per page, 1–1000 (default 200) */
                limit?: string;
            };
            header?: never;
            path: {
                disbursementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetHistoryController_indicator: {
        parameters: {
            query?: {
                /** @description only events recorded by this user (username) */
                actor?: string;
                /** @description recorded on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                from?: string;
                /** @description recorded on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                to?: string;
                /** @description effective (business date) on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveFrom?: string;
                /** @description effective (business date) on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveTo?: string;
                /** @description json (default, paged), csv (UTF-8 with BOM, CRLF) or xlsx; files hold every matching entry */
                format?: "json" | "csv" | "xlsx";
                /** @description JSON pages: entries after this stream revision (the previous page's `next`) */
                after?: string;
                /** @description JSON pages: entries per page, 1–1000 (default 200) */
                limit?: string;
            };
            header?: never;
            path: {
                fiscalYear: string;
                indicatorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetHistoryController_wageArrearsCase: {
        parameters: {
            query?: {
                /** @description only events recorded by this user (username) */
                actor?: string;
                /** @description recorded on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                from?: string;
                /** @description recorded on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                to?: string;
                /** @description effective (business date) on or after (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveFrom?: string;
                /** @description effective (business date) on or before (YYYY-MM-DD, Asia/Shanghai, inclusive) */
                effectiveTo?: string;
                /** @description json (default, paged), csv (UTF-8 with BOM, CRLF) or xlsx; files hold every matching entry */
                format?: "json" | "csv" | "xlsx";
                /** @description JSON pages: entries after this stream revision (the previous page's `next`) */
                after?: string;
                /** @description JSON pages: entries per page, 1–1000 (default 200) */
                limit?: string;
            };
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListEventsController_list: {
        parameters: {
            query?: {
                /** @description events with a global position after this one (the previous page's `next`) */
                after?: string;
                /** @description events per page, 1–1000 (default 200) */
                limit?: string;
                /** @description only this stream */
                stream?: string;
                /** @description only this event type */
                type?: string;
                /** @description only events recorded by this user */
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { events: [{ position, streamId, revision, id, type, storedAt, metadata, data }], next, head } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListAlertsController_list: {
        parameters: {
            query?: {
                /** @description default open */
                status?: "open" | "resolved" | "all";
                fiscalYear?: string;
                rule?: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend";
                severity?: "yellow" | "red";
                /** @description alerts concerning this unit: its own and those its records drive */
                unit?: string;
                limit?: string;
                offset?: string;
                /** @description wait until the read models include this position */
                minPosition?: string;
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
                content?: never;
            };
        };
    };
    AcknowledgeAlertsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeAlertsRequest"];
            };
        };
        responses: {
            /** @description { acknowledged: [alertId], skipped: [{ alertId, code }], position } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ALERT_NOT_FOUND (field alertIds[i]) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ALERT_NOT_OPEN (field alertIds[i]) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetAlertController_get: {
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
            /** @description UNIT_OUT_OF_SCOPE, DEPARTMENT_SCOPE_REQUIRED */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ALERT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AcknowledgeAlertController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                alertId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcknowledgeAlertRequest"];
            };
        };
        responses: {
            /** @description ALERT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ALERT_NOT_OPEN, ALERT_ALREADY_ACKNOWLEDGED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListSilencesController_list: {
        parameters: {
            query?: {
                /** @description default active (in force or yet to start) */
                status?: "active" | "all";
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
                content?: never;
            };
        };
    };
    CreateSilenceController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSilenceRequest"];
            };
        };
        responses: {
            /** @description { silence, position } */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SILENCE_MATCHES_NOTHING, SILENCE_ENDS_IN_PAST, SILENCE_TOO_LONG, INVALID_REASON, INVALID_DATE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LiftSilenceController_lift: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                silenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiftSilenceRequest"];
            };
        };
        responses: {
            /** @description SILENCE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SILENCE_ALREADY_LIFTED, SILENCE_EXPIRED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OwnSubscriptionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OwnSubscriptionController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description { subscription, revision, changed } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (e.g. email INVALID_IS_EMAIL, units INVALID_UNITS) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description UNIT_OUT_OF_SCOPE: a unit outside my scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OwnSubscriptionController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SUBSCRIPTION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListSubscriptionsController_list: {
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
                content?: never;
            };
        };
    };
    SetUserSubscriptionController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                username: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            /** @description { subscription, revision, changed } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description USER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ROLE_CANNOT_SUBSCRIBE, UNIT_OUT_OF_SCOPE (outside the user's scope), INVALID_UNIT_CODE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListOutboxController_list: {
        parameters: {
            query?: {
                /** @description page number from 1 (default 1) */
                page?: string;
                /** @description items per page, 1–200 (default 50) */
                pageSize?: string;
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
                content?: never;
            };
        };
    };
    GetOutboxFileController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListDeadLettersController_list: {
        parameters: {
            query?: {
                /** @description page number from 1 (default 1) */
                page?: string;
                /** @description items per page, 1–200 (default 50) */
                pageSize?: string;
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
                content?: never;
            };
        };
    };
    RetryDeadLetterController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description DEAD_LETTER_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description NOT_A_DEAD_LETTER: the job is waiting, running or already sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    LiveController_stream: {
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
                content?: never;
            };
        };
    };
    LineAdjustmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
