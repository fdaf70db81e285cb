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
        /** The line's disbursements (支付), newest first, with voucher numbers and who recorded them */
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
        /** 执行进度曲线: cumulative appropriation, disbursement, execution rate and 序时进度 at each month end; plannedToDate (累计用款计划) and planProgress (计划进度 = plannedToDate ÷ appropriated, percent), the third series */
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
    "/api/v1/execution/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 同期对比: a unit, project, class or line in several fiscal years, each as of the same day of its year (this year to date against last year to the same day) */
        get: operations["CompareExecutionController_compare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lines/{lineId}/spending-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用款计划 The plan of a line in force as of a date: its months, what it is measured against, 计划执行率, every revision and who filed it */
        get: operations["GetSpendingPlanController_get"];
        /**
         * 报送/调整用款计划 File or revise the monthly spending plan of a line (accountants in scope, admins)
         * @description Twelve month amounts adding up to the line's current appropriation. A revision is a new event, in force from its effectiveDate. The same months as the plan in force record nothing (replayed: true).
         */
        put: operations["FileSpendingPlanController_file"];
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
        /** 退出 Log out: this session's token (bearer or cookie) is refused from now on, on every instance, and the cookie is cleared; the account's other sessions go on (change the password to end them all) */
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
        /** 重置密码 Reset a user's password (admin): answers a generated password once, never stored (a replay under the same Idempotency-Key answers it withheld); their sessions end */
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
        /** Progress (phase, rows read, rows recorded of those to record, percent) and, when finished, the report of an import; any instance answers */
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
    "/api/v1/exports/revenue-and-expenditure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表一 财政拨款收支总表 with execution as of a date: 本年收入 by source, 上年结转 by the source it was carried from, 支出 by 类, 结转下年 after the close */
        get: operations["ExportTable1Controller_table1[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/table1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表一 财政拨款收支总表 with execution as of a date: 本年收入 by source, 上年结转 by the source it was carried from, 支出 by 类, 结转下年 after the close */
        get: operations["ExportTable1Controller_table1[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/final-accounts-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收入支出决算总表 of a closed fiscal year (fiscalYear=): 本年收入 and 年初结转和结余 beside 本年支出 by 类 and 年末结转和结余 (结转下年 / 结余) */
        get: operations["ExportFinalAccountsController_summary[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/final-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 收入支出决算总表 of a closed fiscal year (fiscalYear=): 本年收入 and 年初结转和结余 beside 本年支出 by 类 and 年末结转和结余 (结转下年 / 结余) */
        get: operations["ExportFinalAccountsController_summary[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/final-accounts-by-functional": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 支出决算表 of a closed fiscal year by functional 类/款/项: 调整后预算, 本年支出 (合计/基本/项目), 年末结转, 年末结余, 执行率 */
        get: operations["ExportFinalAccountsController_byFunctional"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/table4": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表四 “三公”经费预算表: prior year and this year's caps as printed, 执行数, 可用余额 and 执行率 by category, by unit, and 机关运行经费, as XLSX or CSV as of a date */
        get: operations["ExportSanGongController_table4[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/sangong": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表四 “三公”经费预算表: prior year and this year's caps as printed, 执行数, 可用余额 and 执行率 by category, by unit, and 机关运行经费, as XLSX or CSV as of a date */
        get: operations["ExportSanGongController_table4[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/table9": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表九 政府采购预算明细表: budget by 品目, project and funding source as printed, with 已支出, 可用余额 and 执行率, as XLSX or CSV as of a date */
        get: operations["ExportProcurementController_table9[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/procurement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 表九 政府采购预算明细表: budget by 品目, project and funding source as printed, with 已支出, 可用余额 and 执行率, as XLSX or CSV as of a date */
        get: operations["ExportProcurementController_table9[1]"];
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
        /** 发件箱 E-mails in the outbox, newest first */
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
        /** 死信列表 E-mails that could not be sent (admin) */
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
        /** 重发 Retry a dead letter (admin) */
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
        /** 预算调整 The line's appropriation and its adjustments (年初预算, 追加, 调减, 调剂), oldest first */
        get: operations["LineAdjustmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal-years/{year}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 年终结账: close a fiscal year — 结转结余 per line by the rules, 上年结转 lines in the next year, self-evaluation scores frozen; then nothing more takes effect in the year */
        post: operations["CloseFiscalYearController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal-years/{year}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 反结账: reopen a closed (or stuck closing) fiscal year with a reason */
        post: operations["ReopenFiscalYearController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal-years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fiscal years side by side: each year with a budget or a close, open / closing (结账中) / closed (已结账) */
        get: operations["ListFiscalYearsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal-years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fiscal year: status, the last close (reason, rules, totals of 结转/结余, early) and who locked, closed or reopened it, when and why */
        get: operations["ListFiscalYearsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fiscal-years/{year}/final-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 决算 of a closed year: final execution, 结转 and 结余 by unit, project, line, functional or economic class; self-evaluation scores frozen at the close; 三公 / 政府采购 slots */
        get: operations["GetFinalAccountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sangong/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三公经费 by unit, with the prior year's 表四 figures and 机关运行经费 against its lines' payments, as of a date */
        get: operations["GetSanGongOverviewController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sangong": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 三公经费: each category's cap, used (net of 冲销) and remaining as of a date, for the department, a unit, or the caller's units */
        get: operations["GetSanGongController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sangong/{department}/{fiscalYear}/cap-revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整三公经费预算: set one category's cap (department or unit) anew, with a reason; audited as SanGongCapRevised */
        post: operations["ReviseSanGongCapController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procurement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政府采购: budget, executed and remaining by 品目 (货物/工程/服务) and by project item, as of a date */
        get: operations["GetProcurementController_get"];
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
        HealthAnswer: {
            /** @enum {string} */
            status: "up" | "degraded" | "down";
            /**
             * @description one entry per dependency, each with its status and figures
             * @example {
             *       "eventStore": {
             *         "status": "up",
             *         "headPosition": 1042
             *       },
             *       "redis": {
             *         "status": "up"
             *       },
             *       "readModels": {
             *         "status": "up",
             *         "position": 1042,
             *         "behind": 0,
             *         "lagSeconds": 0
             *       },
             *       "readStore": {
             *         "status": "up",
             *         "dialect": "sqlite"
             *       },
             *       "smtp": {
             *         "status": "up",
             *         "mode": "outbox"
             *       },
             *       "projector": {
             *         "role": "active",
             *         "instance": "api-1",
             *         "holder": "api-1"
             *       }
             *     }
             */
            checks: {
                [key: string]: {
                    status?: string;
                };
            };
        };
        ImportCounts: {
            /** @example 9 */
            units: number;
            /** @example 41 */
            projects: number;
            /** @example 214 */
            lines: number;
            /** @example 214 */
            linesEstablished: number;
            /** @example 0 */
            linesIncreased: number;
            /** @example 96 */
            indicators: number;
            /** @example 96 */
            indicatorsDefined: number;
        };
        WanYuanTotals: {
            /** @example 3576.24 */
            total: string;
            /** @example 1289.04 */
            basic: string;
            /** @example 2287.20 */
            project: string;
        };
        ControlCheckAnswer: {
            /** @example total */
            name: string;
            /** @example 35762400.00 */
            expected: string;
            /** @example 35762400.00 */
            actual: string;
            /** @example true */
            ok: boolean;
        };
        ImportIssueAnswer: {
            /** @example $.projects[3].total */
            path: string;
            /** @example PROJECT_TOTAL_MISMATCH */
            code: string;
            /** @example the project total differs from the sum of its lines */
            message: string;
        };
        BudgetImportReport: {
            /** @example import-426-2023-initial */
            importId: string;
            /** @enum {string} */
            kind: "initial" | "supplementary";
            /** @example 2023 */
            fiscalYear: number;
            /** @example 426 */
            department: string;
            /** @example true */
            dryRun: boolean;
            /**
             * @description the same document was imported before: nothing was recorded
             * @example false
             */
            alreadyImported: boolean;
            /** @example false */
            recorded: boolean;
            /**
             * @description global position of the recorded document (pass it as minPosition to read it); null on a dry run
             * @example 426
             */
            position: number | null;
            /**
             * @example {
             *       "units": 9,
             *       "projects": 41,
             *       "lines": 214,
             *       "linesEstablished": 214,
             *       "linesIncreased": 0,
             *       "indicators": 96,
             *       "indicatorsDefined": 96
             *     }
             */
            counts: components["schemas"]["ImportCounts"];
            /**
             * @description totals in 元: total, basic, project, and code → amount breakdowns (byFunctional, basicByEconomic, byProject, byUnit …)
             * @example {
             *       "total": "35762400.00",
             *       "basic": "12890400.00",
             *       "project": "22872000.00",
             *       "byUnit": {
             *         "426001": "8213000.00"
             *       }
             *     }
             */
            totals: {
                [key: string]: string | {
                    [key: string]: string;
                };
            };
            /**
             * @example {
             *       "total": "3576.24",
             *       "basic": "1289.04",
             *       "project": "2287.20"
             *     }
             */
            totalsWanYuan: components["schemas"]["WanYuanTotals"];
            /**
             * @example [
             *       {
             *         "name": "total",
             *         "expected": "35762400.00",
             *         "actual": "35762400.00",
             *         "ok": true
             *       }
             *     ]
             */
            checks: components["schemas"]["ControlCheckAnswer"][];
            /**
             * @description what was accepted with a remark
             * @example []
             */
            warnings: components["schemas"]["ImportIssueAnswer"][];
        };
        BudgetSource: {
            /** @example 重庆市潼南区人力资源和社会保障局2023年部门预算 */
            title: string;
            /** @example 潼财预〔2023〕1号 */
            reference: string | null;
        };
        BudgetUnitAnswer: {
            /** @example 426001 */
            code: string;
            /** @example 重庆市潼南区人力资源和社会保障局 */
            name: string;
            /** @example 人社局本级 */
            shortName: string | null;
        };
        BudgetProjectAnswer: {
            /** @example P37 */
            code: string;
            /** @example 就业补助资金 */
            name: string;
            /**
             * @description number on the form
             * @example 37
             */
            seq: number | null;
            /** @example 426006 */
            unit: string;
            /** @example 年初特定目标 */
            category: string;
            /** @example 民生配套项目 */
            subCategory: string | null;
            /**
             * @description 元
             * @example 1200000.00
             */
            total: string;
            /**
             * @example [
             *       "含上年结转"
             *     ]
             */
            notes: string[];
        };
        BudgetQuirk: {
            /** @example 表三 第12行 */
            where: string;
            /** @example 功能分类缺项级 */
            issue: string;
            /** @example 按款级记录 */
            decision: string;
        };
        BudgetDocumentAnswer: {
            /** @example import-426-2023-initial */
            importId: string;
            /**
             * @description 年初预算 or 追加预算
             * @enum {string}
             */
            kind: "initial" | "supplementary";
            /**
             * @example {
             *       "title": "重庆市潼南区人力资源和社会保障局2023年部门预算",
             *       "reference": null
             *     }
             */
            source: components["schemas"]["BudgetSource"];
            /** @example 2023-02-10T02:00:00.000Z */
            recordedAt: string;
            /** @example 2023-01-01 */
            effectiveDate: string;
            /**
             * @description the units in the reader's scope
             * @example [
             *       {
             *         "code": "426001",
             *         "name": "重庆市潼南区人力资源和社会保障局",
             *         "shortName": null
             *       }
             *     ]
             */
            units: components["schemas"]["BudgetUnitAnswer"][];
            /**
             * @description the projects of the units in scope
             * @example [
             *       {
             *         "code": "P37",
             *         "name": "就业补助资金",
             *         "unit": "426006",
             *         "total": "1200000.00"
             *       }
             *     ]
             */
            projects: components["schemas"]["BudgetProjectAnswer"][];
            /**
             * @description appropriation lines
             * @example 214
             */
            lines: number;
            /**
             * @description performance indicators
             * @example 96
             */
            indicators: number;
            /**
             * @description totals in 元: total, basic, project, and code → amount breakdowns (byFunctional, basicByEconomic, byProject, byUnit …)
             * @example {
             *       "total": "35762400.00",
             *       "basic": "12890400.00",
             *       "project": "22872000.00",
             *       "byUnit": {
             *         "426001": "8213000.00"
             *       }
             *     }
             */
            totals: {
                [key: string]: string | {
                    [key: string]: string;
                };
            };
            /**
             * @description the published totals (控制数) it was checked against
             * @example {
             *       "total": "35762400.00",
             *       "basic": "12890400.00",
             *       "project": "22872000.00",
             *       "byUnit": {
             *         "426001": "8213000.00"
             *       }
             *     }
             */
            controlTotals: {
                [key: string]: string | {
                    [key: string]: string;
                };
            };
            /**
             * @example [
             *       {
             *         "where": "表三 第12行",
             *         "issue": "功能分类缺项级",
             *         "decision": "按款级记录"
             *       }
             *     ]
             */
            quirks: components["schemas"]["BudgetQuirk"][];
        };
        BudgetAnswer: {
            /** @example 426 */
            department: string;
            /** @example 2023 */
            fiscalYear: number;
            /**
             * @example [
             *       {
             *         "importId": "import-426-2023-initial",
             *         "kind": "initial",
             *         "lines": 214,
             *         "indicators": 96
             *       }
             *     ]
             */
            documents: components["schemas"]["BudgetDocumentAnswer"][];
        };
        LineAnswer: {
            /** @example 426006-2023-P09 */
            lineId: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 426 */
            department: string;
            /** @example 426006 */
            unit: string;
            /** @enum {string} */
            type: "basic" | "project";
            /** @example P09 */
            project: string | null;
            /** @example 农民工工资应急周转金 */
            projectName: string | null;
            /**
             * @description 基本支出: 人员经费 or 公用经费
             * @enum {string|null}
             */
            basicKind: "personnel" | "operating" | null;
            /**
             * @description 功能分类 code
             * @example 2080799
             */
            functional: string;
            /**
             * @description 经济分类 code
             * @example 30299
             */
            economic: string | null;
            /** @example 一般公共预算拨款 */
            fundingSource: string;
            /**
             * @description 年初预算 as established (元)
             * @example 500000.00
             */
            amount: string;
            /**
             * @description a payment beyond the balance is refused (block) or recorded with a warning (warn)
             * @enum {string}
             */
            overspendPolicy: "block" | "warn";
            /**
             * @description 农民工工资应急周转金: advances and recoveries are recorded on it
             * @example true
             */
            revolvingFund: boolean;
            /** @example import-426-2023-initial */
            importId: string;
            /**
             * @description attributes the import inferred rather than read
             * @example [
             *       "overspendPolicy"
             *     ]
             */
            inferred: string[];
            /**
             * @description the line stream's revision (send it as If-Match)
             * @example 12
             */
            revision: number;
            /**
             * @description 当前预算指标 (元)
             * @example 500000.00
             */
            appropriated: string;
            /**
             * @description disbursed net of reversals (元)
             * @example 120000.00
             */
            disbursed: string;
            /**
             * @description 垫付 not yet recovered (元)
             * @example 30000.00
             */
            advancesOutstanding: string;
            /**
             * @description 可用余额 (元)
             * @example 350000.00
             */
            available: string;
            /**
             * @description payments recorded
             * @example 14
             */
            disbursements: number;
        };
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
        TransferAccepted: {
            /** @example 7c6b5a49-3e2d-4c1b-8a09-f8e7d6c5b4a3 */
            transferId: string;
            /**
             * @description the source line
             * @example {
             *       "streamId": "line-426006-2023-P09",
             *       "revision": 3,
             *       "position": 1042,
             *       "eventIds": [
             *         "2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21"
             *       ],
             *       "replayed": false
             *     }
             */
            from: components["schemas"]["CommandAccepted"];
            /**
             * @description the receiving line
             * @example {
             *       "streamId": "line-426006-2023-P10",
             *       "revision": 5,
             *       "position": 1042,
             *       "eventIds": [
             *         "2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21"
             *       ],
             *       "replayed": false
             *     }
             */
            to: components["schemas"]["CommandAccepted"];
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
            /**
             * @description 三公经费类别 where the economic code does not say it (30211/30217/30231/31013 do): abroad 因公出国（境）, vehicle_purchase 公务用车购置, vehicle_operation 公务用车运行维护, reception 公务接待. A 三公 payment beyond its cap answers 409 SANGONG_CAP_EXCEEDED naming cap, used and remaining
             * @example reception
             * @enum {string|null}
             */
            sanGongCategory?: "abroad" | "vehicle_purchase" | "vehicle_operation" | "reception" | null;
            /**
             * @description 政府采购: the payment draws on its project's procurement budget (always so on a procurement line); beyond it: 409 PROCUREMENT_BUDGET_EXCEEDED, or a warning if the budget's policy says warn
             * @example false
             */
            procurement?: boolean | null;
            /**
             * @description 采购品目 (goods 货物, works 工程, services 服务): needed only when the line has procurement of several; implies procurement
             * @example goods
             * @enum {string|null}
             */
            procurementCategory?: "goods" | "works" | "services" | null;
        };
        PaymentAccepted: {
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
            /**
             * @description the payment's id, from (unit, year, 凭证号): POST …/disbursements/{disbursementId}/reversals reverses it
             * @example 5d1c2a7e-6a0b-5c52-9f0e-1b2f3c4d5e6f
             */
            disbursementId: string;
        };
        ReverseDisbursementRequest: {
            /**
             * @description amount reversed; the whole disbursement when omitted (元, decimal string)
             * @example 100.00
             */
            amount?: string | null;
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
        CaseReported: {
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
            /** @example c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f */
            caseId: string;
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
            amountSettled?: string | null;
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
        AdvancePaid: {
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
            /** @example 0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b */
            advanceId: string;
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
        AdvanceRecovered: {
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
            /** @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d */
            recoveryId: string;
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
        ExecutionAdjustments: {
            /**
             * @description 追加
             * @example 50000.00
             */
            increased: string;
            /**
             * @description 调减
             * @example 0.00
             */
            decreased: string;
            /**
             * @description 调剂 in
             * @example 20000.00
             */
            transferredIn: string;
            /**
             * @description 调剂 out
             * @example 0.00
             */
            transferredOut: string;
        };
        ExecutionRowAnswer: {
            /**
             * @description 预算执行率 (percent); null when nothing is appropriated
             * @example 46.25
             */
            executionRate: string | null;
            /**
             * @description 序时进度 (percent)
             * @example 50.00
             */
            timeProgress: string;
            /**
             * @description execution rate − 序时进度, in points; null with the rate
             * @example -3.75
             */
            lagPoints: string | null;
            /**
             * @description execution rate ÷ 序时进度 × 100; null with the rate
             * @example 92.50
             */
            ratio: string | null;
            /**
             * @description the light by the execution thresholds; null with the rate
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | null;
            /**
             * @description 累计用款计划 through asOf's month (元): filed plans, lines without one by their default profile
             * @example 600000.00
             */
            plannedToDate: string;
            /**
             * @description 计划执行率 = disbursed ÷ plannedToDate (percent); null when nothing is planned yet
             * @example 96.35
             */
            planExecutionRate: string | null;
            /**
             * @description the light of 计划执行率 (SPENDING_PLAN_SETTINGS.light); null with the rate
             * @enum {string|null}
             */
            planLight: "green" | "yellow" | "red" | null;
            /**
             * @description lines of the group with a filed plan in force
             * @example 3
             */
            planFiled: number;
            /**
             * @description of those, plans that no longer add up to the appropriation (计划待调整)
             * @example 0
             */
            planNeedsRevision: number;
            /**
             * @description the group's code (unit, project, line id, functional/economic prefix…); `basic` for basic lines grouped by project, '' for lines without an economic code
             * @example 426006
             */
            key: string;
            /** @example 重庆市潼南区劳动保障监察支队 */
            name: string;
            /**
             * @description 当前预算指标 (元)
             * @example 1250000.00
             */
            appropriated: string;
            /**
             * @description 支出 net of reversals (元)
             * @example 578125.00
             */
            disbursed: string;
            /**
             * @description 可用余额 (元)
             * @example 671875.00
             */
            balance: string;
            /**
             * @description 年初预算 (元)
             * @example 1180000.00
             */
            initial: string;
            /**
             * @example {
             *       "increased": "50000.00",
             *       "decreased": "0.00",
             *       "transferredIn": "20000.00",
             *       "transferredOut": "0.00"
             *     }
             */
            adjustments: components["schemas"]["ExecutionAdjustments"];
            /**
             * @description 支出 gross of reversals (元)
             * @example 580000.00
             */
            grossDisbursed: string;
            /**
             * @description 冲销 (元)
             * @example 1875.00
             */
            reversed: string;
            /**
             * @description 垫付 from the revolving fund (元)
             * @example 0.00
             */
            advanced: string;
            /**
             * @description 追偿 (元)
             * @example 0.00
             */
            recovered: string;
            /**
             * @description appropriation lines in the group
             * @example 12
             */
            lines: number;
            /**
             * @description payments recorded (gross)
             * @example 87
             */
            disbursementCount: number;
        };
        ExecutionAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @enum {string} */
            groupBy: "department" | "unit" | "project" | "line" | "functional" | "economic" | "source" | "type";
            /**
             * @description classification level (functional 类/款/项, economic 类/款)
             * @enum {number}
             */
            level: 1 | 2 | 3;
            /**
             * @description the read models' position the figures include
             * @example 1042
             */
            position: number;
            /**
             * @description 序时进度 basis
             * @enum {string}
             */
            basis: "month" | "day";
            /**
             * @description 序时进度 on asOf (percent)
             * @example 50.00
             */
            timeProgress: string;
            /**
             * @example [
             *       {
             *         "key": "426006",
             *         "name": "重庆市潼南区劳动保障监察支队",
             *         "appropriated": "1250000.00",
             *         "disbursed": "578125.00",
             *         "executionRate": "46.25",
             *         "timeProgress": "50.00",
             *         "light": "green"
             *       }
             *     ]
             */
            rows: components["schemas"]["ExecutionRowAnswer"][];
        };
        CurvePointAnswer: {
            /**
             * @description 预算执行率 (percent); null when nothing is appropriated
             * @example 46.25
             */
            executionRate: string | null;
            /**
             * @description 序时进度 (percent)
             * @example 50.00
             */
            timeProgress: string;
            /**
             * @description execution rate − 序时进度, in points; null with the rate
             * @example -3.75
             */
            lagPoints: string | null;
            /**
             * @description execution rate ÷ 序时进度 × 100; null with the rate
             * @example 92.50
             */
            ratio: string | null;
            /**
             * @description the light by the execution thresholds; null with the rate
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | null;
            /** @example 2023-06 */
            month: string;
            /**
             * @description the date the figures are at: the month end, or asOf for the month containing it
             * @example 2023-06-30
             */
            through: string;
            /**
             * @description appropriation at that date (元)
             * @example 1250000.00
             */
            appropriated: string;
            /**
             * @description disbursed gross of reversals (元)
             * @example 580000.00
             */
            disbursed: string;
            /**
             * @description 冲销 (元)
             * @example 1875.00
             */
            reversed: string;
            /**
             * @description disbursed net of reversals (元)
             * @example 578125.00
             */
            netDisbursed: string;
            /**
             * @description 累计用款计划 at that date (元): filed plans, lines without one by their default profile
             * @example 600000.00
             */
            plannedToDate: string;
            /**
             * @description 计划进度 = plannedToDate ÷ appropriated (percent), the curve's third series; null when nothing is appropriated
             * @example 48.00
             */
            planProgress: string | null;
        };
        CurveAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @example [
             *       {
             *         "month": "2023-01",
             *         "through": "2023-01-31",
             *         "appropriated": "1250000.00",
             *         "netDisbursed": "80000.00",
             *         "executionRate": "6.40",
             *         "timeProgress": "8.33"
             *       }
             *     ]
             */
            points: components["schemas"]["CurvePointAnswer"][];
        };
        IndicatorReportWithName: {
            /**
             * @description the date the value stands at
             * @example 2023-06-30
             */
            asOf: string;
            /**
             * @description the value reported; null for a 定性 indicator
             * @example 86.5
             */
            value: string | null;
            /**
             * @description the grade of a 定性 indicator
             * @enum {string|null}
             */
            grade: "达成" | "部分达成" | "未达成" | null;
            /**
             * @description 偏差原因
             * @example 二季度集中开工，支付滞后
             */
            deviationReason: string | null;
            /** @example 据项目台账 */
            note: string | null;
            /** @example 2023-07-03T02:15:00.000Z */
            recordedAt: string | null;
            /**
             * @description who reported it (user name)
             * @example kuaiji426002
             */
            actor: string | null;
            /**
             * @description global position of the report
             * @example 2051
             */
            position: number;
            /**
             * @description the reporter's display name
             * @example 张会计
             */
            actorName: string | null;
        };
        ListedIndicator: {
            /** @example 2023-P37-03 */
            indicatorId: string;
            /** @enum {string} */
            scope: "department" | "project";
            /**
             * @description the project (null for a department indicator)
             * @example P37
             */
            project: string | null;
            /** @example 426006 */
            unit: string | null;
            /**
             * @description 一级指标
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标
             * @example 公益性岗位补贴人数
             */
            name: string;
            /**
             * @description 指标性质
             * @enum {string}
             */
            comparator: "eq" | "ge" | "le" | "qualitative";
            /**
             * @description 指标性质 as printed: ＝ ≥ ≤ 定性
             * @example ≥
             */
            comparatorSymbol: string;
            /** @enum {string} */
            kind: "cumulative" | "level" | "qualitative";
            /**
             * @description 度量单位
             * @example 人
             */
            measureUnit: string | null;
            /**
             * @description 权重
             * @example 10
             */
            weight: string;
            /**
             * @description 指标值 in force (null for 定性)
             * @example 120
             */
            target: string | null;
            /**
             * @description the target as written on the form
             * @example ≥120人
             */
            targetText: string;
            /**
             * @description the metric an indicator is derived from (never typed in)
             * @enum {string|null}
             */
            metric: "wage_arrears_disposal_rate" | "subsidy_beneficiaries" | "basic_expenditure_execution" | null;
            /**
             * @description 补助类别 of a subsidy_beneficiaries indicator
             * @example 公益性岗位补贴
             */
            subsidyCategory: string | null;
            /**
             * @description 实际完成值 (null: not reported)
             * @example 86.00
             */
            actual: string | null;
            /**
             * @description the grade of a 定性 indicator
             * @enum {string|null}
             */
            grade: "达成" | "部分达成" | "未达成" | null;
            /**
             * @description the date the actual stands at
             * @example 2023-06-30
             */
            actualAsOf: string | null;
            /**
             * @description the actual is derived from recorded events
             * @example false
             */
            derived: boolean;
            /**
             * @description why a derived actual is missing
             * @example 尚无欠薪案件
             */
            derivedNote: string | null;
            /**
             * @description completion (percent)
             * @example 71.67
             */
            completion: string | null;
            /**
             * @description expected by now (序时 share of the target)
             * @example 60.00
             */
            expectedByNow: string | null;
            /**
             * @description actual ÷ expected by now × 100, where it decides the light
             * @example 119.44
             */
            ratio: string | null;
            /**
             * @description null while not reported
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | "blue" | null;
            /**
             * @description 未填报 while not reported, else null
             * @example 未填报
             */
            status: string | null;
            /**
             * @description the latest report's 偏差原因
             * @example 二季度集中开工，支付滞后
             */
            deviationReason: string | null;
            /**
             * @description reports up to asOf, oldest first
             * @example [
             *       {
             *         "asOf": "2023-06-30",
             *         "value": "86.5",
             *         "grade": null,
             *         "deviationReason": null,
             *         "note": null,
             *         "recordedAt": "2023-07-03T02:15:00.000Z",
             *         "actor": "kuaiji426002",
             *         "position": 2051,
             *         "actorName": "张会计"
             *       }
             *     ]
             */
            history: components["schemas"]["IndicatorReportWithName"][];
        };
        IndicatorList: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @example [
             *       {
             *         "indicatorId": "2023-P37-03",
             *         "name": "公益性岗位补贴人数",
             *         "target": "120",
             *         "actual": "86.00",
             *         "light": "yellow"
             *       }
             *     ]
             */
            indicators: components["schemas"]["ListedIndicator"][];
        };
        ScorecardExecution: {
            /**
             * @description 预算执行率 (percent); null when nothing is appropriated
             * @example 46.25
             */
            rate: string | null;
            /**
             * @description its weight
             * @example 10.00
             */
            weight: string;
            /**
             * @description its points
             * @example 4.63
             */
            points: string;
            /**
             * @description below full points (a 偏差原因 is owed)
             * @example true
             */
            short: boolean;
            /**
             * @description no rate to score
             * @example false
             */
            missing: boolean;
        };
        IndicatorReportAnswer: {
            /**
             * @description the date the value stands at
             * @example 2023-06-30
             */
            asOf: string;
            /**
             * @description the value reported; null for a 定性 indicator
             * @example 86.5
             */
            value: string | null;
            /**
             * @description the grade of a 定性 indicator
             * @enum {string|null}
             */
            grade: "达成" | "部分达成" | "未达成" | null;
            /**
             * @description 偏差原因
             * @example 二季度集中开工，支付滞后
             */
            deviationReason: string | null;
            /** @example 据项目台账 */
            note: string | null;
            /** @example 2023-07-03T02:15:00.000Z */
            recordedAt: string | null;
            /**
             * @description who reported it (user name)
             * @example kuaiji426002
             */
            actor: string | null;
            /**
             * @description global position of the report
             * @example 2051
             */
            position: number;
        };
        ScoredIndicatorAnswer: {
            /** @example 2023-P37-03 */
            indicatorId: string;
            /** @enum {string} */
            scope: "department" | "project";
            /**
             * @description the project (null for a department indicator)
             * @example P37
             */
            project: string | null;
            /** @example 426006 */
            unit: string | null;
            /**
             * @description 一级指标
             * @example 产出指标
             */
            level1: string;
            /**
             * @description 二级指标
             * @example 数量指标
             */
            level2: string;
            /**
             * @description 三级指标
             * @example 公益性岗位补贴人数
             */
            name: string;
            /**
             * @description 指标性质
             * @enum {string}
             */
            comparator: "eq" | "ge" | "le" | "qualitative";
            /**
             * @description 指标性质 as printed: ＝ ≥ ≤ 定性
             * @example ≥
             */
            comparatorSymbol: string;
            /** @enum {string} */
            kind: "cumulative" | "level" | "qualitative";
            /**
             * @description 度量单位
             * @example 人
             */
            measureUnit: string | null;
            /**
             * @description 权重
             * @example 10
             */
            weight: string;
            /**
             * @description 指标值 in force (null for 定性)
             * @example 120
             */
            target: string | null;
            /**
             * @description the target as written on the form
             * @example ≥120人
             */
            targetText: string;
            /**
             * @description the metric an indicator is derived from (never typed in)
             * @enum {string|null}
             */
            metric: "wage_arrears_disposal_rate" | "subsidy_beneficiaries" | "basic_expenditure_execution" | null;
            /**
             * @description 补助类别 of a subsidy_beneficiaries indicator
             * @example 公益性岗位补贴
             */
            subsidyCategory: string | null;
            /**
             * @description 实际完成值 (null: not reported)
             * @example 86.00
             */
            actual: string | null;
            /**
             * @description the grade of a 定性 indicator
             * @enum {string|null}
             */
            grade: "达成" | "部分达成" | "未达成" | null;
            /**
             * @description the date the actual stands at
             * @example 2023-06-30
             */
            actualAsOf: string | null;
            /**
             * @description the actual is derived from recorded events
             * @example false
             */
            derived: boolean;
            /**
             * @description why a derived actual is missing
             * @example 尚无欠薪案件
             */
            derivedNote: string | null;
            /**
             * @description completion (percent)
             * @example 71.67
             */
            completion: string | null;
            /**
             * @description expected by now (序时 share of the target)
             * @example 60.00
             */
            expectedByNow: string | null;
            /**
             * @description actual ÷ expected by now × 100, where it decides the light
             * @example 119.44
             */
            ratio: string | null;
            /**
             * @description null while not reported
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | "blue" | null;
            /**
             * @description 未填报 while not reported, else null
             * @example 未填报
             */
            status: string | null;
            /**
             * @description the latest report's 偏差原因
             * @example 二季度集中开工，支付滞后
             */
            deviationReason: string | null;
            /**
             * @description reports up to asOf, oldest first
             * @example [
             *       {
             *         "asOf": "2023-06-30",
             *         "value": "86.5",
             *         "grade": null,
             *         "deviationReason": null,
             *         "note": null,
             *         "recordedAt": "2023-07-03T02:15:00.000Z",
             *         "actor": "kuaiji426002",
             *         "position": 2051
             *       }
             *     ]
             */
            history: components["schemas"]["IndicatorReportAnswer"][];
            /**
             * @description 得分
             * @example 7.17
             */
            points: string;
        };
        ProjectScorecardAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @description the worst indicator light; null when none is lit
             * @enum {string|null}
             */
            goalLight: "green" | "yellow" | "red" | "blue" | null;
            /**
             * @description 总分
             * @example 78.40
             */
            score: string;
            /**
             * @description the sum of the weights
             * @example 100.00
             */
            outOf: string;
            /**
             * @description 自评等级
             * @enum {string}
             */
            grade: "优" | "良" | "中" | "差";
            /**
             * @example {
             *       "rate": "46.25",
             *       "weight": "10.00",
             *       "points": "4.63",
             *       "short": true,
             *       "missing": false
             *     }
             */
            execution: components["schemas"]["ScorecardExecution"];
            /**
             * @description indicators not reported yet (未填报)
             * @example [
             *       "2023-P37-05"
             *     ]
             */
            missing: string[];
            /**
             * @description reported indicators short of full points without a 偏差原因
             * @example [
             *       "2023-P37-03"
             *     ]
             */
            needDeviationReason: string[];
            /**
             * @example [
             *       {
             *         "indicatorId": "2023-P37-03",
             *         "name": "公益性岗位补贴人数",
             *         "weight": "10",
             *         "points": "7.17"
             *       }
             *     ]
             */
            indicators: components["schemas"]["ScoredIndicatorAnswer"][];
            /** @example P37 */
            project: string;
            /** @example 就业补助资金 */
            name: string;
        };
        DepartmentScorecardAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @description the worst indicator light; null when none is lit
             * @enum {string|null}
             */
            goalLight: "green" | "yellow" | "red" | "blue" | null;
            /**
             * @description 总分
             * @example 78.40
             */
            score: string;
            /**
             * @description the sum of the weights
             * @example 100.00
             */
            outOf: string;
            /**
             * @description 自评等级
             * @enum {string}
             */
            grade: "优" | "良" | "中" | "差";
            /**
             * @example {
             *       "rate": "46.25",
             *       "weight": "10.00",
             *       "points": "4.63",
             *       "short": true,
             *       "missing": false
             *     }
             */
            execution: components["schemas"]["ScorecardExecution"];
            /**
             * @description indicators not reported yet (未填报)
             * @example [
             *       "2023-P37-05"
             *     ]
             */
            missing: string[];
            /**
             * @description reported indicators short of full points without a 偏差原因
             * @example [
             *       "2023-P37-03"
             *     ]
             */
            needDeviationReason: string[];
            /**
             * @example [
             *       {
             *         "indicatorId": "2023-P37-03",
             *         "name": "公益性岗位补贴人数",
             *         "weight": "10",
             *         "points": "7.17"
             *       }
             *     ]
             */
            indicators: components["schemas"]["ScoredIndicatorAnswer"][];
            /** @example 426 */
            department: string;
            /**
             * @description the indicator standing for execution (基本支出执行率), scored as execution
             * @example 2023-D-01
             */
            executionIndicator: string | null;
        };
        WageArrearsFiguresAnswer: {
            /**
             * @description 欠薪案件 reported on or before asOf
             * @example 12
             */
            reported: number;
            /**
             * @description of those, resolved (处置) on or before asOf
             * @example 9
             */
            resolved: number;
            /** @example 3 */
            open: number;
            /**
             * @description owed in the reported cases (元)
             * @example 1860000.00
             */
            reportedAmount: string;
            /**
             * @description owed in the resolved cases (元)
             * @example 1420000.00
             */
            resolvedAmount: string;
            /**
             * @description what the resolutions settled (元)
             * @example 1380000.00
             */
            settledAmount: string;
            /** @example 236 */
            workersAffected: number;
            /**
             * @description 欠薪处置率 by count (percent); null without cases
             * @example 75.00
             */
            disposalRate: string | null;
            /**
             * @description 欠薪处置率 by amount (percent); null without cases
             * @example 76.34
             */
            disposalRateByAmount: string | null;
        };
        UnitWageArrears: {
            /**
             * @description 欠薪案件 reported on or before asOf
             * @example 12
             */
            reported: number;
            /**
             * @description of those, resolved (处置) on or before asOf
             * @example 9
             */
            resolved: number;
            /** @example 3 */
            open: number;
            /**
             * @description owed in the reported cases (元)
             * @example 1860000.00
             */
            reportedAmount: string;
            /**
             * @description owed in the resolved cases (元)
             * @example 1420000.00
             */
            resolvedAmount: string;
            /**
             * @description what the resolutions settled (元)
             * @example 1380000.00
             */
            settledAmount: string;
            /** @example 236 */
            workersAffected: number;
            /**
             * @description 欠薪处置率 by count (percent); null without cases
             * @example 75.00
             */
            disposalRate: string | null;
            /**
             * @description 欠薪处置率 by amount (percent); null without cases
             * @example 76.34
             */
            disposalRateByAmount: string | null;
            /** @example 426006 */
            unit: string;
            /** @example 重庆市潼南区劳动保障监察支队 */
            name: string;
        };
        WageArrearsMetricsAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @example {
             *       "reported": 12,
             *       "resolved": 9,
             *       "open": 3,
             *       "reportedAmount": "1860000.00",
             *       "resolvedAmount": "1420000.00",
             *       "settledAmount": "1380000.00",
             *       "workersAffected": 236,
             *       "disposalRate": "75.00",
             *       "disposalRateByAmount": "76.34"
             *     }
             */
            department: components["schemas"]["WageArrearsFiguresAnswer"];
            /**
             * @example [
             *       {
             *         "unit": "426006",
             *         "name": "重庆市潼南区劳动保障监察支队",
             *         "reported": 12,
             *         "resolved": 9,
             *         "open": 3,
             *         "reportedAmount": "1860000.00",
             *         "resolvedAmount": "1420000.00",
             *         "settledAmount": "1380000.00",
             *         "workersAffected": 236,
             *         "disposalRate": "75.00",
             *         "disposalRateByAmount": "76.34"
             *       }
             *     ]
             */
            byUnit: components["schemas"]["UnitWageArrears"][];
        };
        OverdueAdvanceAnswer: {
            /** @example 0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b */
            advanceId: string;
            /** @example c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f */
            caseId: string;
            /** @example 426006-2023-P09 */
            lineId: string;
            /**
             * @description the day it was paid
             * @example 2023-03-20
             */
            date: string;
            /**
             * @description 元
             * @example 186000.00
             */
            amount: string;
            /**
             * @description still unrecovered (元)
             * @example 86000.00
             */
            outstanding: string;
            /** @example 102 */
            daysOutstanding: number;
            /**
             * @description the case's employer
             * @example 重庆某建筑劳务有限公司
             */
            employer: string | null;
            /**
             * @description the case's unit
             * @example 426006
             */
            unit: string | null;
            /** @example 重庆市潼南区劳动保障监察支队 */
            unitName: string | null;
            /** @example 2023-03-15 */
            caseReportedOn: string | null;
        };
        FundAdvanceAnswer: {
            /** @example 0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b */
            advanceId: string;
            /** @example c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f */
            caseId: string;
            /** @example 426006-2023-P09 */
            lineId: string;
            /**
             * @description the day it was paid
             * @example 2023-03-20
             */
            date: string;
            /**
             * @description 元
             * @example 186000.00
             */
            amount: string;
            /**
             * @description still unrecovered (元)
             * @example 86000.00
             */
            outstanding: string;
            /** @example 102 */
            daysOutstanding: number;
            /**
             * @description the case's employer
             * @example 重庆某建筑劳务有限公司
             */
            employer: string | null;
            /**
             * @description the case's unit
             * @example 426006
             */
            unit: string | null;
            /** @example 重庆市潼南区劳动保障监察支队 */
            unitName: string | null;
            /** @example 2023-03-15 */
            caseReportedOn: string | null;
            /**
             * @description workers paid
             * @example 23
             */
            workers: number;
            /**
             * @description unrecovered for more than overdueDays
             * @example true
             */
            overdue: boolean;
        };
        FundPositionAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @description the revolving-fund lines
             * @example [
             *       "426006-2023-P09"
             *     ]
             */
            lineIds: string[];
            /**
             * @description 元
             * @example 2000000.00
             */
            appropriated: string;
            /**
             * @description paid from the fund lines other than advances (元)
             * @example 0.00
             */
            netDisbursed: string;
            /**
             * @description 垫付 to date (元)
             * @example 620000.00
             */
            advanced: string;
            /**
             * @description 追偿 to date (元)
             * @example 410000.00
             */
            recovered: string;
            /**
             * @description advanced − recovered (元)
             * @example 210000.00
             */
            outstanding: string;
            /**
             * @description what the fund can still advance (元)
             * @example 1790000.00
             */
            available: string;
            /**
             * @example [
             *       {
             *         "advanceId": "0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b",
             *         "caseId": "c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
             *         "lineId": "426006-2023-P09",
             *         "date": "2023-03-20",
             *         "amount": "186000.00",
             *         "outstanding": "86000.00",
             *         "daysOutstanding": 102,
             *         "employer": "重庆某建筑劳务有限公司",
             *         "unit": "426006",
             *         "unitName": "重庆市潼南区劳动保障监察支队",
             *         "caseReportedOn": "2023-03-15"
             *       }
             *     ]
             */
            overdue: components["schemas"]["OverdueAdvanceAnswer"][];
            /**
             * @description 元
             * @example 86000.00
             */
            overdueAmount: string;
            /**
             * @description every advance up to the date, oldest first
             * @example [
             *       {
             *         "advanceId": "0b7e3f5a-3c1d-4e2f-8a9b-7c6d5e4f3a2b",
             *         "caseId": "c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
             *         "lineId": "426006-2023-P09",
             *         "date": "2023-03-20",
             *         "amount": "186000.00",
             *         "outstanding": "86000.00",
             *         "daysOutstanding": 102,
             *         "employer": "重庆某建筑劳务有限公司",
             *         "unit": "426006",
             *         "unitName": "重庆市潼南区劳动保障监察支队",
             *         "caseReportedOn": "2023-03-15",
             *         "workers": 23,
             *         "overdue": true
             *       }
             *     ]
             */
            advances: components["schemas"]["FundAdvanceAnswer"][];
            /**
             * @description 回收率: recovered ÷ advanced (percent); null before any advance
             * @example 66.13
             */
            recoveryRate: string | null;
        };
        BeneficiaryCategory: {
            /** @example 公益性岗位补贴 */
            category: string;
            /**
             * @description 受益人数
             * @example 86
             */
            people: number;
            /** @example 42 */
            payments: number;
            /**
             * @description 元
             * @example 516000.00
             */
            disbursed: string;
            /**
             * @description 元
             * @example 0.00
             */
            reversed: string;
            /**
             * @description 元
             * @example 516000.00
             */
            netDisbursed: string;
        };
        BeneficiariesAnswer: {
            /** @example 2023-06-30 */
            asOf: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 1042 */
            position: number;
            /**
             * @example [
             *       {
             *         "category": "公益性岗位补贴",
             *         "people": 86,
             *         "payments": 42,
             *         "disbursed": "516000.00",
             *         "reversed": "0.00",
             *         "netDisbursed": "516000.00"
             *       }
             *     ]
             */
            categories: components["schemas"]["BeneficiaryCategory"][];
        };
        CaseSummaryAnswer: {
            /** @example c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f */
            caseId: string;
            /** @example 426006 */
            unit: string;
            /** @example 重庆市潼南区劳动保障监察支队 */
            unitName: string;
            /** @example 重庆某建筑劳务有限公司 */
            employer: string;
            /** @example 23 */
            workersAffected: number;
            /**
             * @description 元
             * @example 186000.00
             */
            amountOwed: string;
            /** @example 2023-03-15 */
            reportedOn: string;
            /** @enum {string} */
            status: "open" | "resolved";
            /** @example 2023-04-28 */
            resolvedOn: string | null;
            /** @enum {string|null} */
            resolution: "employer_paid" | "fund_advance" | "arbitration" | "court" | null;
            /**
             * @description 元
             * @example 186000.00
             */
            amountSettled: string | null;
        };
        CaseList: {
            /** @example 1042 */
            position: number;
            /**
             * @example [
             *       {
             *         "caseId": "c2f1e0d9-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
             *         "unit": "426006",
             *         "unitName": "重庆市潼南区劳动保障监察支队",
             *         "employer": "重庆某建筑劳务有限公司",
             *         "status": "open"
             *       }
             *     ]
             */
            cases: components["schemas"]["CaseSummaryAnswer"][];
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
        CompareSourceAnswer: {
            /**
             * @description 资金来源
             * @example 上年结转
             */
            source: string;
            /**
             * @description appropriation lines
             * @example 1
             */
            lines: number;
            /**
             * @description 当前预算指标 (元)
             * @example 491544.00
             */
            appropriated: string;
            /**
             * @description 支出 net of reversals (元)
             * @example 3000.00
             */
            disbursed: string;
            /**
             * @description 预算执行率 (percent); null when nothing is appropriated
             * @example 0.61
             */
            executionRate: string | null;
        };
        CompareYearAnswer: {
            /**
             * @description 预算执行率 (percent); null when nothing is appropriated
             * @example 46.25
             */
            executionRate: string | null;
            /**
             * @description 序时进度 (percent)
             * @example 50.00
             */
            timeProgress: string;
            /**
             * @description execution rate − 序时进度, in points; null with the rate
             * @example -3.75
             */
            lagPoints: string | null;
            /**
             * @description execution rate ÷ 序时进度 × 100; null with the rate
             * @example 92.50
             */
            ratio: string | null;
            /**
             * @description the light by the execution thresholds; null with the rate
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | null;
            /** @example 2024 */
            fiscalYear: number;
            /**
             * @description the same month and day in this year (29 February becomes the 28th in a common year)
             * @example 2024-06-30
             */
            asOf: string;
            /**
             * @description appropriation lines
             * @example 2
             */
            lines: number;
            /**
             * @description the lines followed (with `line`): the counterpart and the 上年结转 line carried from last year's; null otherwise
             * @example [
             *       "426002-2024-P29",
             *       "426002-2024-JZ-P29"
             *     ]
             */
            lineIds: string[] | null;
            /**
             * @description 年初预算 (元)
             * @example 1100000.00
             */
            initial: string;
            /**
             * @description 当前预算指标 (元)
             * @example 1591544.00
             */
            appropriated: string;
            /**
             * @description 支出 net of reversals (元)
             * @example 3000.00
             */
            disbursed: string;
            /**
             * @description 可用余额 (元)
             * @example 1588544.00
             */
            balance: string;
            /**
             * @example [
             *       {
             *         "source": "上年结转",
             *         "lines": 1,
             *         "appropriated": "491544.00",
             *         "disbursed": "3000.00",
             *         "executionRate": "0.61"
             *       }
             *     ]
             */
            bySource: components["schemas"]["CompareSourceAnswer"][];
        };
        CompareChangeAnswer: {
            /** @example 2023 */
            from: number;
            /** @example 2024 */
            to: number;
            /**
             * @description appropriation of `to` − that of `from` (元)
             * @example 976544.00
             */
            appropriated: string;
            /**
             * @description disbursed of `to` − that of `from` (元)
             * @example -120456.00
             */
            disbursed: string;
            /**
             * @description execution rate of `to` − that of `from`, in points; null when either has no rate
             * @example -19.88
             */
            executionRatePoints: string | null;
        };
        ComparisonAnswer: {
            /**
             * @description the day compared (each year is read on its same month and day)
             * @example 2024-06-30
             */
            asOf: string;
            /**
             * @description 序时进度 basis
             * @enum {string}
             */
            basis: "month" | "day";
            /** @example 1042 */
            position: number;
            /**
             * @description with `line`: the line's id without the year, by which it is followed across years
             * @example 426002-P29
             */
            lineKey?: string;
            /**
             * @description oldest first
             * @example [
             *       {
             *         "fiscalYear": 2024,
             *         "asOf": "2024-06-30",
             *         "lines": 2,
             *         "appropriated": "1591544.00",
             *         "disbursed": "3000.00",
             *         "executionRate": "0.19",
             *         "timeProgress": "50.00",
             *         "light": "red"
             *       }
             *     ]
             */
            years: components["schemas"]["CompareYearAnswer"][];
            /**
             * @description each year against the one before it
             * @example [
             *       {
             *         "from": 2023,
             *         "to": 2024,
             *         "appropriated": "976544.00",
             *         "disbursed": "-120456.00",
             *         "executionRatePoints": "-19.88"
             *       }
             *     ]
             */
            changes: components["schemas"]["CompareChangeAnswer"][];
        };
        FileSpendingPlanRequest: {
            /**
             * @description 1–12 月计划用款（元）: twelve 元 decimal strings, January first, 0 or more, adding up to the line's current appropriation
             * @example [
             *       "30000.00",
             *       "30000.00",
             *       "60000.00",
             *       "30000.00",
             *       "30000.00",
             *       "60000.00",
             *       "30000.00",
             *       "30000.00",
             *       "60000.00",
             *       "30000.00",
             *       "30000.00",
             *       "60000.00"
             *     ]
             */
            months: string[];
            /**
             * @description 生效日期: the plan is in force from this business date (YYYY-MM-DD; default today, Asia/Shanghai); not before the plan in force
             * @example 2023-06-20
             */
            effectiveDate?: string;
            /**
             * @description 调整原因 (optional)
             * @example 项目招标推迟，三季度集中支付
             */
            reason?: string | null;
        };
        DefaultProfileView: {
            /**
             * @description the line's kind: 人员经费, 日常公用经费, 补助, 项目
             * @enum {string}
             */
            kind: "personnel" | "operating" | "subsidy" | "project";
            /** @enum {string} */
            profile: "seasonal" | "even";
            /**
             * @description twelve weights, January first
             * @example [
             *       0,
             *       0,
             *       1,
             *       0,
             *       0,
             *       1,
             *       0,
             *       0,
             *       1,
             *       0,
             *       0,
             *       1
             *     ]
             */
            weights: number[];
        };
        PlanPerson: {
            /** @example kuaiji.wang */
            username: string;
            /** @example 王会计 */
            displayName: string | null;
        };
        PlanRevisionView: {
            /**
             * @description 版本: 1 the first plan, then each revision
             * @example 2
             */
            revision: number;
            /**
             * @description in force from this business date
             * @example 2023-06-20
             */
            effectiveDate: string;
            /**
             * @description twelve months as filed, January first
             * @example [
             *       "30000.00",
             *       "30000.00",
             *       "60000.00",
             *       "30000.00",
             *       "30000.00",
             *       "60000.00",
             *       "30000.00",
             *       "30000.00",
             *       "60000.00",
             *       "30000.00",
             *       "30000.00",
             *       "60000.00"
             *     ]
             */
            months: string[];
            /**
             * @description the appropriation the plan added up to when filed
             * @example 480000.00
             */
            total: string;
            /** @example 项目招标推迟，三季度集中支付 */
            reason: string | null;
            /**
             * @description 报送人
             * @example {
             *       "username": "kuaiji.wang",
             *       "displayName": "王会计"
             *     }
             */
            filedBy: components["schemas"]["PlanPerson"] | null;
            /**
             * @description when it was recorded
             * @example 2023-06-20T02:15:00.000Z
             */
            recordedAt: string | null;
            /**
             * @description the revision in force on asOf
             * @example true
             */
            inForce: boolean;
        };
        PlanMonthView: {
            /** @example 2023-06 */
            month: string;
            /**
             * @description as filed in the plan in force (null: no plan, the default profile applies)
             * @example 60000.00
             */
            filed: string | null;
            /**
             * @description the month the line is measured against: as filed, plus its share of appropriation the plan no longer covers
             * @example 60000.00
             */
            planned: string;
            /**
             * @description 累计计划 through this month
             * @example 240000.00
             */
            cumulativePlanned: string;
            /**
             * @description net paid in the month (on or before asOf)
             * @example 52000.00
             */
            paid: string;
            /** @example 231000.00 */
            cumulativePaid: string;
        };
        PlanExceedanceView: {
            /** @example 9b2f0c4e-5d1a-5e8b-9c3f-2a1d4e6f7a8b */
            disbursementId: string;
            /** @example 2023-06-28 */
            date: string;
            /** @example 2023-06 */
            month: string;
            /** @example 240000.00 */
            plannedToDate: string;
            /** @example 231000.00 */
            paidToDate: string;
            /** @example 15000.00 */
            requested: string;
            /** @example 6000.00 */
            excess: string;
        };
        SpendingPlanView: {
            /** @example 426002-2023-P12 */
            lineId: string;
            /** @example 2023 */
            fiscalYear: number;
            /** @example 2023-06-30 */
            asOf: string;
            /**
             * @description the read models' position the answer reflects
             * @example 1042
             */
            position: number;
            /**
             * @description the plan measured against: the filed plan in force, or the default profile
             * @enum {string}
             */
            source: "filed" | "default";
            /**
             * @description current appropriation on asOf
             * @example 480000.00
             */
            appropriated: string;
            /**
             * @description appropriation the filed plan does not cover (追加/调减/调剂 after it); spread over the later months until a revision
             * @example 0.00
             */
            difference: string;
            /**
             * @description 计划待调整: the filed plan no longer adds up to the appropriation
             * @example false
             */
            needsRevision: boolean;
            /**
             * @description 累计计划 through asOf's month
             * @example 240000.00
             */
            plannedToDate: string;
            /**
             * @description net paid on or before asOf
             * @example 231000.00
             */
            paidToDate: string;
            /**
             * @description 计划执行率 = paid ÷ 累计计划, percent (null when nothing is planned yet)
             * @example 96.25
             */
            planExecutionRate: string | null;
            /**
             * @description decided on planExecutionRate as shown
             * @enum {string|null}
             */
            planLight: "red" | "yellow" | "green" | null;
            /**
             * @description what a payment beyond the month's cumulative plan meets (SPENDING_PLAN_SETTINGS.overPlanPayments)
             * @enum {string}
             */
            overPlanPayments: "refuse" | "warn" | "allow";
            /**
             * @example {
             *       "kind": "subsidy",
             *       "profile": "seasonal",
             *       "weights": [
             *         0,
             *         0,
             *         1,
             *         0,
             *         0,
             *         1,
             *         0,
             *         0,
             *         1,
             *         0,
             *         0,
             *         1
             *       ]
             *     }
             */
            defaultProfile: components["schemas"]["DefaultProfileView"];
            /**
             * @description the revision in force on asOf, or null
             * @example null
             */
            inForce: components["schemas"]["PlanRevisionView"] | null;
            /**
             * @example [
             *       {
             *         "month": "2023-01",
             *         "filed": "30000.00",
             *         "planned": "30000.00",
             *         "cumulativePlanned": "30000.00",
             *         "paid": "28000.00",
             *         "cumulativePaid": "28000.00"
             *       }
             *     ]
             */
            months: components["schemas"]["PlanMonthView"][];
            /**
             * @description every revision filed, newest first (later ones than asOf included, inForce false)
             * @example []
             */
            revisions: components["schemas"]["PlanRevisionView"][];
            /**
             * @description 超计划支付 warnings recorded on or before asOf
             * @example []
             */
            exceedances: components["schemas"]["PlanExceedanceView"][];
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
        SessionUser: {
            /** @example kuaiji426002 */
            username: string;
            /** @example 张会计 */
            displayName: string;
            /** @enum {string} */
            role: "admin" | "accountant" | "manager" | "auditor";
            /**
             * @description `all` or unit codes (预算单位)
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /**
             * @description the password was set by an admin (or at the first start) and is to be changed before anything else
             * @example true
             */
            passwordChangeRequired: boolean;
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
            user: components["schemas"]["SessionUser"];
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
        UserRegistered: {
            /** @example kuaiji426002 */
            username: string;
            /** @example 张会计 */
            displayName: string;
            /** @enum {string} */
            role: "admin" | "accountant" | "manager" | "auditor";
            /**
             * @description `all` or unit codes (预算单位)
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /**
             * @description revision of the accounts stream
             * @example 3
             */
            revision: number;
            /**
             * @description when no password was given: the generated one, shown once; null in a replay of the same Idempotency-Key (never stored)
             * @example Kx7pQ2mRt9wZbN4cHs8e
             */
            generatedPassword?: string | null;
            /**
             * @description when a password was generated: true in a replay of the same Idempotency-Key, whose answer holds no password (it is never stored); reset the password for a new one
             * @example false
             */
            passwordWithheld?: boolean;
        };
        AccountAnswer: {
            /** @example kuaiji426002 */
            username: string;
            /** @example 张会计 */
            displayName: string;
            /** @enum {string} */
            role: "admin" | "accountant" | "manager" | "auditor";
            /**
             * @description `all` or unit codes (预算单位)
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /** @example true */
            active: boolean;
            /**
             * @description 待改密: the password was set by someone else
             * @example false
             */
            passwordChangeRequired: boolean;
        };
        UserList: {
            /**
             * @example [
             *       {
             *         "username": "kuaiji426002",
             *         "displayName": "张会计",
             *         "role": "accountant",
             *         "units": [
             *           "426002"
             *         ],
             *         "active": true,
             *         "passwordChangeRequired": false
             *       }
             *     ]
             */
            users: components["schemas"]["AccountAnswer"][];
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
        RoleChanged: {
            /** @example kuaiji426002 */
            username: string;
            /** @example 张会计 */
            displayName: string;
            /** @enum {string} */
            role: "admin" | "accountant" | "manager" | "auditor";
            /**
             * @description `all` or unit codes (预算单位)
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /** @example true */
            active: boolean;
            /**
             * @description 待改密: the password was set by someone else
             * @example false
             */
            passwordChangeRequired: boolean;
            /**
             * @description revision of the accounts stream
             * @example 4
             */
            revision: number;
        };
        PasswordReset: {
            /** @example kuaiji426002 */
            username: string;
            /**
             * @description shown once, in this answer; null in a replay of the same Idempotency-Key (never stored)
             * @example Kx7pQ2mRt9wZbN4cHs8e
             */
            generatedPassword: string | null;
            /**
             * @description true in a replay of the same Idempotency-Key: the password was shown in the first answer only and is not stored; reset again for a new one
             * @example false
             */
            passwordWithheld: boolean;
        };
        DeactivateUserRequest: {
            /** @example 调离本单位 */
            reason?: string;
        };
        ActivationChanged: {
            /** @example kuaiji426002 */
            username: string;
            /** @example false */
            active: boolean;
            /**
             * @description revision of the accounts stream
             * @example 5
             */
            revision: number;
        };
        ImportFile: {
            /** @example 6月支付.csv */
            name: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @example 18204 */
            bytes: number;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
        };
        ImportProgress: {
            /** @example 60 */
            rowsRead: number;
            /** @example 9102 */
            bytesRead: number;
            /** @example 18204 */
            totalBytes: number;
            /** @example 50 */
            percent: number;
            /**
             * @description a commit: the rows it records (known once the file is checked)
             * @example 118
             */
            rowsToRecord: number | null;
            /**
             * @description a commit: rows staged so far, in atomic chunks; none is shown until all are (ADR 0022)
             * @example 0
             */
            rowsRecorded: number;
        };
        ImportColumn: {
            /** @example 凭证号 */
            header: string;
            /** @example voucherNo */
            field: string;
        };
        ImportReportFile: {
            /** @example 6月支付.csv */
            name: string | null;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @example 18204 */
            bytes: number;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            /** @example gbk */
            encoding: string | null;
            /** @example 元 */
            amountUnit: string;
            /**
             * @example [
             *       {
             *         "header": "凭证号",
             *         "field": "voucherNo"
             *       }
             *     ]
             */
            columns: components["schemas"]["ImportColumn"][];
            /**
             * @example [
             *       "备注"
             *     ]
             */
            ignoredColumns: string[];
        };
        ImportRowCounts: {
            /** @example 120 */
            total: number;
            /** @example 118 */
            ok: number;
            /** @example 2 */
            errors: number;
            /** @example 0 */
            alreadyRecorded: number;
        };
        ImportRowError: {
            /** @example 金额 */
            column: string;
            /**
             * @description the field, or row for the whole row
             * @example amount
             */
            field: string;
            /** @example AMOUNT_NOT_POSITIVE */
            code: string;
            /** @example 金额必须大于零 (amount must be greater than 0) */
            message: string;
            /** @example 7 */
            row: number;
        };
        ImportLineTotal: {
            /** @example 426006-2023-P37-01 */
            lineId: string;
            /** @example 426006 */
            unit: string;
            /** @example P37 */
            project: string | null;
            /** @example 就业补助资金 */
            projectName: string | null;
            /** @example 2080799 */
            functional: string;
            /** @example 30305 */
            economic: string | null;
            /** @example 40 */
            rows: number;
            /**
             * @description 元
             * @example 96000.00
             */
            amount: string;
            /**
             * @description 元
             * @example 300000.00
             */
            availableBefore: string;
            /**
             * @description 元
             * @example 204000.00
             */
            availableAfter: string;
            /**
             * @description rows beyond the balance of a line that only warns (超支预警)
             * @example 0
             */
            overspendWarnings: number;
        };
        ImportGrandTotal: {
            /** @example 118 */
            rows: number;
            /**
             * @description 元
             * @example 283000.00
             */
            amount: string;
        };
        DisbursementImportReport: {
            /** @example 0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a */
            importId: string;
            /** @example true */
            dryRun: boolean;
            /**
             * @description the disbursements are stored
             * @example false
             */
            recorded: boolean;
            /**
             * @example {
             *       "name": "6月支付.csv",
             *       "format": "csv",
             *       "bytes": 18204,
             *       "sha256": "9f86d0…",
             *       "encoding": "gbk",
             *       "amountUnit": "元",
             *       "columns": [],
             *       "ignoredColumns": []
             *     }
             */
            file: components["schemas"]["ImportReportFile"];
            /**
             * @example {
             *       "total": 120,
             *       "ok": 118,
             *       "errors": 2,
             *       "alreadyRecorded": 0
             *     }
             */
            rows: components["schemas"]["ImportRowCounts"];
            /**
             * @description the first errors in file order
             * @example [
             *       {
             *         "row": 7,
             *         "column": "金额",
             *         "field": "amount",
             *         "code": "AMOUNT_NOT_POSITIVE",
             *         "message": "金额必须大于零 (amount must be greater than 0)"
             *       }
             *     ]
             */
            errors: components["schemas"]["ImportRowError"][];
            /** @example false */
            errorsTruncated: boolean;
            /**
             * @example [
             *       {
             *         "lineId": "426006-2023-P37-01",
             *         "rows": 40,
             *         "amount": "96000.00"
             *       }
             *     ]
             */
            lines: components["schemas"]["ImportLineTotal"][];
            /**
             * @example {
             *       "rows": 118,
             *       "amount": "283000.00"
             *     }
             */
            total: components["schemas"]["ImportGrandTotal"];
            /** @example /api/v1/disbursement-imports/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a/rows */
            rowsUrl: string;
            /**
             * @description after a commit: the global position written (minPosition)
             * @example null
             */
            position: number | null;
        };
        ImportProblemDetails: {
            /**
             * @description IMPORT_ROWS_INVALID: the report with the row errors
             * @example {
             *       "importId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
             *       "recorded": false
             *     }
             */
            report?: components["schemas"]["DisbursementImportReport"];
        };
        ImportProblem: {
            /** @example https://budget.example/problems/import-rows-invalid */
            type: string;
            /** @example Unprocessable Entity */
            title: string;
            /** @example 422 */
            status: number;
            /** @example IMPORT_ROWS_INVALID */
            code: string;
            /** @example 2 rows are invalid; nothing was recorded */
            detail: string;
            /** @example file */
            field?: string;
            /**
             * @example {
             *       "report": {
             *         "importId": "0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a"
             *       }
             *     }
             */
            details?: components["schemas"]["ImportProblemDetails"];
        };
        DisbursementImportAnswer: {
            /** @example 0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a */
            importId: string;
            /** @enum {string} */
            phase: "queued" | "checking" | "recording" | "done" | "failed";
            /**
             * @description a preview (nothing is recorded)
             * @example true
             */
            dryRun: boolean;
            /** @example 2023-07-03T02:00:00.000Z */
            createdAt: string;
            /** @example 2023-07-03T02:00:04.000Z */
            finishedAt: string | null;
            /** @example kuaiji426006 */
            startedBy: string;
            /**
             * @example {
             *       "name": "6月支付.csv",
             *       "format": "csv",
             *       "bytes": 18204,
             *       "sha256": "9f86d0…"
             *     }
             */
            file: components["schemas"]["ImportFile"];
            /**
             * @example {
             *       "rowsRead": 60,
             *       "bytesRead": 9102,
             *       "totalBytes": 18204,
             *       "percent": 50,
             *       "rowsToRecord": null,
             *       "rowsRecorded": 0
             *     }
             */
            progress: components["schemas"]["ImportProgress"];
            /** @example null */
            report: components["schemas"]["DisbursementImportReport"] | null;
            /** @example null */
            problem: components["schemas"]["ImportProblem"] | null;
            /**
             * @description where to commit this preview (while its file is kept)
             * @example /api/v1/disbursement-imports/0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a/commit
             */
            commitUrl: string | null;
            /**
             * @description the import that committed this preview
             * @example null
             */
            committedBy: string | null;
        };
        ImportCellError: {
            /** @example 金额 */
            column: string;
            /**
             * @description the field, or row for the whole row
             * @example amount
             */
            field: string;
            /** @example AMOUNT_NOT_POSITIVE */
            code: string;
            /** @example 金额必须大于零 (amount must be greater than 0) */
            message: string;
        };
        ImportRowOutcome: {
            /** @example 7 */
            row: number;
            /** @enum {string} */
            outcome: "ok" | "already-recorded" | "error";
            /** @example 426006-2023-P37-01 */
            lineId?: string;
            /** @example 记-2023-0615 */
            voucherNo?: string;
            /** @example 2400.00 */
            amount?: string;
            /** @example 2023-06-15 */
            effectiveDate?: string;
            /**
             * @description paid beyond the balance of a line that only warns
             * @example true
             */
            overspendWarned?: boolean;
            /**
             * @example [
             *       {
             *         "column": "金额",
             *         "field": "amount",
             *         "code": "AMOUNT_NOT_POSITIVE",
             *         "message": "金额必须大于零"
             *       }
             *     ]
             */
            errors?: components["schemas"]["ImportCellError"][];
        };
        ImportRowPage: {
            /** @example 120 */
            total: number;
            /** @example 0 */
            offset: number;
            /** @example 100 */
            limit: number;
            /**
             * @example [
             *       {
             *         "row": 1,
             *         "outcome": "ok",
             *         "lineId": "426006-2023-P37-01",
             *         "voucherNo": "记-2023-0615",
             *         "amount": "2400.00",
             *         "effectiveDate": "2023-06-15"
             *       }
             *     ]
             */
            items: components["schemas"]["ImportRowOutcome"][];
        };
        AuditSubjectAnswer: {
            /** @enum {string} */
            kind: "line" | "disbursement" | "indicator" | "wage-arrears-case";
            /** @example 426006-2023-P09 */
            id: string;
            /** @example line-426006-2023-P09 */
            streamId: string;
            /** @example 426006 */
            unit: string | null;
        };
        AuditEntryAnswer: {
            /** @example 1042 */
            position: number;
            /** @example 3 */
            revision: number;
            /** @example 2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21 */
            eventId: string;
            /** @example DisbursementRecorded.v1 */
            type: string;
            /** @example 支付 */
            label: string;
            /** @example kuaiji426006 */
            actor: string | null;
            /**
             * @description 显示名
             * @example 张会计
             */
            actorName: string | null;
            /** @example 2023-06-15T03:20:00.000Z */
            recordedAt: string | null;
            /** @example 2023-06-15 */
            recordedDate: string | null;
            /** @example 2023-06-15 */
            effectiveDate: string | null;
            /** @example 5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d */
            correlationId: string | null;
            /** @example null */
            causationId: string | null;
            /**
             * @description what changed: amounts as 元 strings, ids, voucher numbers, reasons
             * @example {
             *       "amount": "12000.00",
             *       "voucherNo": "记-2023-0615"
             *     }
             */
            change: {
                [key: string]: (string | number | boolean) | null;
            };
            /** @example 支付 12,000.00 元，凭证号 记-2023-0615 */
            summary: string;
            /**
             * @example {
             *       "appropriated": "500000.00",
             *       "disbursed": "132000.00",
             *       "available": "338000.00"
             *     }
             */
            stateAfter: {
                [key: string]: (string | number | boolean) | null;
            };
        };
        AuditTrailPage: {
            /**
             * @example {
             *       "kind": "line",
             *       "id": "426006-2023-P09",
             *       "streamId": "line-426006-2023-P09",
             *       "unit": "426006"
             *     }
             */
            subject: components["schemas"]["AuditSubjectAnswer"];
            /** @example 100 */
            limit: number;
            /**
             * @example [
             *       {
             *         "position": 1042,
             *         "revision": 3,
             *         "type": "DisbursementRecorded.v1",
             *         "label": "支付",
             *         "summary": "支付 12,000.00 元，凭证号 记-2023-0615"
             *       }
             *     ]
             */
            entries: components["schemas"]["AuditEntryAnswer"][];
            /**
             * @description pass as afterRevision for the next page; null at the end
             * @example null
             */
            next: number | null;
        };
        LoggedEvent: {
            /** @example 1042 */
            position: number;
            /** @example line-426006-2023-P09 */
            streamId: string;
            /** @example 3 */
            revision: number;
            /** @example 2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21 */
            id: string;
            /** @example DisbursementRecorded.v1 */
            type: string;
            /** @example 2023-06-15T03:20:00.000Z */
            storedAt: string;
            /**
             * @example {
             *       "actor": "kuaiji426006",
             *       "unit": "426006",
             *       "effectiveDate": "2023-06-15"
             *     }
             */
            metadata: {
                [key: string]: unknown;
            };
            /**
             * @example {
             *       "disbursementId": "5d1c2a7e-6a0b-4c52-9f0e-1b2f3c4d5e6f",
             *       "amount": "12000.00"
             *     }
             */
            data: {
                [key: string]: unknown;
            };
        };
        EventLogPage: {
            /**
             * @example [
             *       {
             *         "position": 1042,
             *         "streamId": "line-426006-2023-P09",
             *         "revision": 3,
             *         "type": "DisbursementRecorded.v1"
             *       }
             *     ]
             */
            events: components["schemas"]["LoggedEvent"][];
            /**
             * @description pass as `after` for the next page; null at the end
             * @example 1042
             */
            next: number | null;
            /**
             * @description the store's head position
             * @example 20518
             */
            head: number;
        };
        OpenCounts: {
            /** @example 3 */
            red: number;
            /** @example 7 */
            yellow: number;
        };
        RuleOpenCounts: {
            /** @example 3 */
            red: number;
            /** @example 7 */
            yellow: number;
            /** @enum {string} */
            rule: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded";
            /** @example 预算执行进度滞后 */
            ruleName: string;
        };
        RuleNameAnswer: {
            /** @enum {string} */
            rule: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded";
            /** @example 预算执行进度滞后 */
            ruleName: string;
        };
        UnitName: {
            /** @example 426006 */
            code: string;
            /** @example 重庆市潼南区劳动保障监察支队 */
            name: string;
        };
        PersonName: {
            /** @example kuaiji426002 */
            username: string;
            /**
             * @description the display name (for system actors, their Chinese name)
             * @example 张会计
             */
            displayName: string;
        };
        AlertDetailAnswer: {
            /** @example 案件 */
            label: string;
            /** @example 报告 3 件，已处置 2 件，未处置 1 件 */
            value: string;
        };
        AlertFiguresAnswer: {
            /**
             * @description one Chinese sentence: what is wrong
             * @example 欠薪处置率 66.67%，低于目标 100%
             */
            summary: string;
            /** @example 100 */
            target: string | null;
            /** @example 66.67 */
            actual: string | null;
            /** @example 100 */
            expected: string | null;
            /** @example % */
            measureUnit: string | null;
            /**
             * @description the business date the evaluation stood at
             * @example 2023-06-30
             */
            asOf: string;
            /**
             * @example [
             *       {
             *         "label": "案件",
             *         "value": "报告 3 件，已处置 2 件，未处置 1 件"
             *       }
             *     ]
             */
            details: components["schemas"]["AlertDetailAnswer"][];
        };
        NowFiguresAnswer: {
            /**
             * @description one Chinese sentence: what is wrong
             * @example 欠薪处置率 66.67%，低于目标 100%
             */
            summary: string;
            /** @example 100 */
            target: string | null;
            /** @example 66.67 */
            actual: string | null;
            /** @example 100 */
            expected: string | null;
            /** @example % */
            measureUnit: string | null;
            /**
             * @description the business date the evaluation stood at
             * @example 2023-06-30
             */
            asOf: string;
            /**
             * @example [
             *       {
             *         "label": "案件",
             *         "value": "报告 3 件，已处置 2 件，未处置 1 件"
             *       }
             *     ]
             */
            details: components["schemas"]["AlertDetailAnswer"][];
            /**
             * @description the condition still holds
             * @example true
             */
            holds: boolean;
            /**
             * @description its light now; null when it no longer holds
             * @enum {string|null}
             */
            severity: "yellow" | "red" | null;
        };
        AlertSilencedBy: {
            /** @example 3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f */
            silenceId: string;
            /**
             * @description the instant the silence ends
             * @example 2023-07-31T16:00:00.000Z
             */
            endsAt: string;
            /** @example 项目调整已报批，8月起恢复支付 */
            reason: string;
            /**
             * @example {
             *       "username": "kuaiji426002",
             *       "displayName": "张会计"
             *     }
             */
            by: components["schemas"]["PersonName"] | null;
        };
        AlertInhibitedBy: {
            /** @example execution_lag.unit-2023-426006.1 */
            alertId: string;
            /** @example 重庆市潼南区劳动保障监察支队 */
            subjectName: string;
        };
        AlertAnswer: {
            /** @example indicator_light.2023-D-08.1 */
            alertId: string;
            /** @enum {string} */
            rule: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded";
            /** @example 绩效指标亮灯 */
            ruleName: string;
            /** @example 2023-D-08 */
            subjectKey: string;
            /** @enum {string} */
            subjectKind: "indicator" | "line" | "project" | "unit" | "department" | "fund" | "advance";
            /** @example 欠薪处置率 */
            subjectName: string;
            /**
             * @description the responsible unit; null for the department
             * @example 426006
             */
            unit: string | null;
            /** @example 重庆市潼南区劳动保障监察支队 */
            unitName: string | null;
            /**
             * @description the other units whose records drive the figure
             * @example [
             *       {
             *         "code": "426006",
             *         "name": "重庆市潼南区劳动保障监察支队"
             *       }
             *     ]
             */
            drivingUnits: components["schemas"]["UnitName"][];
            /** @example 2023 */
            fiscalYear: number;
            /** @enum {string} */
            severity: "yellow" | "red";
            /** @enum {string} */
            status: "open" | "resolved";
            /** @example false */
            acknowledged: boolean;
            /**
             * @example {
             *       "username": "kuaiji426002",
             *       "displayName": "张会计"
             *     }
             */
            acknowledgedBy: components["schemas"]["PersonName"] | null;
            /** @example 2023-07-02T01:30:00.000Z */
            acknowledgedAt: string | null;
            /** @example 已督促单位加快支付 */
            acknowledgementNote: string | null;
            /** @example 2023-07-01T00:30:00.000Z */
            raisedAt: string;
            /**
             * @description when it turned red
             * @example 2023-07-15T00:30:00.000Z
             */
            escalatedAt: string | null;
            /** @example 2023-07-01T00:30:00.000Z */
            lastNotifiedAt: string;
            /** @example null */
            resolvedAt: string | null;
            /**
             * @description cleared: the condition no longer holds; acknowledged: closed by acknowledgement
             * @enum {string|null}
             */
            resolvedHow: "cleared" | "acknowledged" | null;
            /**
             * @description the dashboard path of the subject
             * @example /indicators/2023-D-08?asOf=2023-06-30
             */
            link: string;
            /** @example 二季度案件集中，处置周期较长 */
            deviationReason: string | null;
            /**
             * @description the figures last recorded with the alert
             * @example 欠薪处置率 66.67%，低于目标 100%
             */
            summary: string;
            /** @example 100 */
            target: string | null;
            /** @example 66.67 */
            actual: string | null;
            /** @example 100 */
            expected: string | null;
            /** @example % */
            measureUnit: string | null;
            /** @example 2023-06-30 */
            asOf: string;
            /**
             * @description the figures when it was raised
             * @example {
             *       "summary": "欠薪处置率 66.67%，低于目标 100%",
             *       "target": "100",
             *       "actual": "66.67",
             *       "expected": "100",
             *       "measureUnit": "%",
             *       "asOf": "2023-06-30",
             *       "details": []
             *     }
             */
            atRaise: components["schemas"]["AlertFiguresAnswer"];
            /**
             * @description the figures now; null when the rule cannot evaluate the subject any more
             * @example {
             *       "summary": "欠薪处置率 66.67%，低于目标 100%",
             *       "target": "100",
             *       "actual": "66.67",
             *       "expected": "100",
             *       "measureUnit": "%",
             *       "asOf": "2023-06-30",
             *       "details": [],
             *       "holds": true,
             *       "severity": "red"
             *     }
             */
            now: components["schemas"]["NowFiguresAnswer"] | null;
            /**
             * @description the silence in force
             * @example null
             */
            silencedBy: components["schemas"]["AlertSilencedBy"] | null;
            /**
             * @description the open alert that makes this one redundant
             * @example null
             */
            inhibitedBy: components["schemas"]["AlertInhibitedBy"] | null;
        };
        AlertList: {
            /** @example 1042 */
            position: number;
            /**
             * @description alerts matching the filters
             * @example 10
             */
            total: number;
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @description open alerts in scope by light (whatever the rule and light filters)
             * @example {
             *       "red": 3,
             *       "yellow": 7
             *     }
             */
            open: components["schemas"]["OpenCounts"];
            /**
             * @example [
             *       {
             *         "rule": "execution_lag",
             *         "ruleName": "预算执行进度滞后",
             *         "red": 1,
             *         "yellow": 4
             *       }
             *     ]
             */
            openByRule: components["schemas"]["RuleOpenCounts"][];
            /**
             * @description every rule, for the filter
             * @example [
             *       {
             *         "rule": "execution_lag",
             *         "ruleName": "预算执行进度滞后"
             *       }
             *     ]
             */
            rules: components["schemas"]["RuleNameAnswer"][];
            /**
             * @example [
             *       {
             *         "alertId": "indicator_light.2023-D-08.1",
             *         "rule": "indicator_light",
             *         "ruleName": "绩效指标亮灯",
             *         "severity": "red",
             *         "status": "open"
             *       }
             *     ]
             */
            alerts: components["schemas"]["AlertAnswer"][];
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
        AcknowledgeSkipped: {
            /** @example execution_lag.project-2023-P07.1 */
            alertId: string;
            /** @example ALERT_ALREADY_ACKNOWLEDGED */
            code: string;
        };
        AcknowledgeResult: {
            /**
             * @example [
             *       "indicator_light.2023-D-08.1"
             *     ]
             */
            acknowledged: string[];
            /**
             * @description already acknowledged
             * @example [
             *       {
             *         "alertId": "execution_lag.project-2023-P07.1",
             *         "code": "ALERT_ALREADY_ACKNOWLEDGED"
             *       }
             *     ]
             */
            skipped: components["schemas"]["AcknowledgeSkipped"][];
            /**
             * @description global position of the last event (0 when nothing was recorded)
             * @example 1042
             */
            position: number;
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
            rule?: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded";
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
        SilencedSubjectAnswer: {
            /** @enum {string} */
            rule: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded";
            /** @example project-2023-P07 */
            subjectKey: string;
            /**
             * @description what the subject is called (from its alerts)
             * @example 就业补助资金
             */
            subjectName: string;
        };
        SilenceAnswer: {
            /** @example 3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f */
            silenceId: string;
            /**
             * @description by the clock
             * @enum {string}
             */
            status: "active" | "pending" | "expired" | "lifted";
            /**
             * @description empty for a unit's silence
             * @example [
             *       {
             *         "rule": "execution_lag",
             *         "subjectKey": "project-2023-P07",
             *         "subjectName": "就业补助资金"
             *       }
             *     ]
             */
            subjects: components["schemas"]["SilencedSubjectAnswer"][];
            /**
             * @description a unit's silence: its code
             * @example null
             */
            unit: string | null;
            /**
             * @description a unit's silence of one rule only
             * @enum {string|null}
             */
            rule: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded" | null;
            /** @example 2023-07-03T02:00:00.000Z */
            startsAt: string;
            /**
             * @description the instant it ends (the end of the last day, Beijing time)
             * @example 2023-07-31T16:00:00.000Z
             */
            endsAt: string;
            /** @example 项目调整已报批，8月起恢复支付 */
            reason: string;
            /**
             * @example {
             *       "username": "kuaiji426002",
             *       "displayName": "张会计"
             *     }
             */
            createdBy: components["schemas"]["PersonName"] | null;
            /** @example null */
            liftedAt: string | null;
            /** @example null */
            liftedBy: components["schemas"]["PersonName"] | null;
            /** @example null */
            liftReason: string | null;
        };
        SilenceCreated: {
            /**
             * @example {
             *       "silenceId": "3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f",
             *       "status": "active",
             *       "subjects": [],
             *       "unit": "426006",
             *       "rule": "execution_lag",
             *       "startsAt": "2023-07-03T02:00:00.000Z",
             *       "endsAt": "2023-07-31T16:00:00.000Z",
             *       "reason": "项目调整已报批，8月起恢复支付",
             *       "createdBy": {
             *         "username": "kuaiji426002",
             *         "displayName": "张会计"
             *       },
             *       "liftedAt": null,
             *       "liftedBy": null,
             *       "liftReason": null
             *     }
             */
            silence: components["schemas"]["SilenceAnswer"];
            /** @example 1042 */
            position: number;
        };
        SilenceList: {
            /**
             * @example [
             *       {
             *         "silenceId": "3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f",
             *         "status": "active",
             *         "subjects": [],
             *         "unit": "426006",
             *         "rule": "execution_lag",
             *         "startsAt": "2023-07-03T02:00:00.000Z",
             *         "endsAt": "2023-07-31T16:00:00.000Z",
             *         "reason": "项目调整已报批，8月起恢复支付",
             *         "createdBy": {
             *           "username": "kuaiji426002",
             *           "displayName": "张会计"
             *         },
             *         "liftedAt": null,
             *         "liftedBy": null,
             *         "liftReason": null
             *       }
             *     ]
             */
            silences: components["schemas"]["SilenceAnswer"][];
        };
        LiftSilenceRequest: {
            /**
             * @description why the silence ends early (2–500 characters)
             * @example 调整已批复，恢复预警通知
             */
            reason: string;
        };
        SilenceLifted: {
            /** @example 3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f */
            silenceId: string;
            /** @example true */
            lifted: boolean;
            /** @example 1043 */
            position: number;
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
        SubscriptionAnswer: {
            /** @example fuze426006 */
            username: string;
            /** @example zhang@example.gov.cn */
            email: string;
            /**
             * @description `all` or unit codes (预算单位)
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /**
             * @description the lowest light e-mailed
             * @enum {string}
             */
            minSeverity: "yellow" | "red";
            /**
             * @description grouped (汇总): one e-mail per evaluation; each (逐条): one per alert
             * @enum {string}
             */
            delivery: "grouped" | "each";
            /** @example true */
            active: boolean;
            /**
             * @description delivery = grouped (for clients that know only digest)
             * @example true
             */
            digest: boolean;
        };
        SubscriptionState: {
            /**
             * @example {
             *       "username": "fuze426006",
             *       "email": "zhang@example.gov.cn",
             *       "units": "all",
             *       "minSeverity": "yellow",
             *       "delivery": "grouped",
             *       "active": true,
             *       "digest": true
             *     }
             */
            subscription: components["schemas"]["SubscriptionAnswer"];
            /**
             * @description revision of the alert-subscriptions stream
             * @example 7
             */
            revision: number;
            /**
             * @description after a PUT: false when the same subscription was already recorded
             * @example true
             */
            changed?: boolean;
        };
        ListedSubscription: {
            /** @example fuze426006 */
            username: string;
            /** @example zhang@example.gov.cn */
            email: string;
            /**
             * @description `all` or unit codes (预算单位)
             * @example [
             *       "426002"
             *     ]
             */
            units: "all" | string[];
            /**
             * @description the lowest light e-mailed
             * @enum {string}
             */
            minSeverity: "yellow" | "red";
            /**
             * @description grouped (汇总): one e-mail per evaluation; each (逐条): one per alert
             * @enum {string}
             */
            delivery: "grouped" | "each";
            /** @example true */
            active: boolean;
            /**
             * @description delivery = grouped (for clients that know only digest)
             * @example true
             */
            digest: boolean;
            /** @example 王负责 */
            displayName?: string;
        };
        SubscriptionList: {
            /**
             * @example [
             *       {
             *         "username": "fuze426006",
             *         "email": "zhang@example.gov.cn",
             *         "units": "all",
             *         "minSeverity": "yellow",
             *         "delivery": "grouped",
             *         "active": true,
             *         "digest": true,
             *         "displayName": "王负责"
             *       }
             *     ]
             */
            subscriptions: components["schemas"]["ListedSubscription"][];
            /** @example 7 */
            revision: number;
        };
        OutboxEntryAnswer: {
            /** @example 20230701T003000Z-mail-3f2e1d0c.eml */
            file: string;
            /** @example 王负责 <wang@example.gov.cn> */
            to: string;
            /** @example 【预警】3 条新预警 */
            subject: string;
            /** @example Sat, 01 Jul 2023 08:30:00 +0800 */
            date: string;
            /**
             * @description bytes
             * @example 48213
             */
            size: number;
            /**
             * @description the subscriber it was for
             * @example fuze426006
             */
            recipient: string;
        };
        OutboxPage: {
            /**
             * @example [
             *       {
             *         "file": "20230701T003000Z-mail-3f2e1d0c.eml",
             *         "to": "wang@example.gov.cn",
             *         "subject": "【预警】3 条新预警",
             *         "date": "Sat, 01 Jul 2023 08:30:00 +0800",
             *         "size": 48213,
             *         "recipient": "fuze426006"
             *       }
             *     ]
             */
            items: components["schemas"]["OutboxEntryAnswer"][];
            /** @example 12 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        MailRecipient: {
            /** @example fuze426006 */
            username: string;
            /** @example wang@example.gov.cn */
            email: string;
        };
        DeadLetterAnswer: {
            /** @example mail-3f2e1d0c9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d */
            jobId: string;
            /**
             * @example {
             *       "username": "fuze426006",
             *       "email": "wang@example.gov.cn"
             *     }
             */
            recipient: components["schemas"]["MailRecipient"];
            /** @example 【预警】3 条新预警 */
            subject: string;
            /**
             * @example [
             *       "n-execution_lag.unit-2023-426006.1-raised"
             *     ]
             */
            notificationIds: string[];
            /**
             * @description more than one notice in it
             * @example true
             */
            digest: boolean;
            /** @example 8 */
            attempts: number;
            /** @example connect ECONNREFUSED 10.0.0.5:587 */
            lastError: string | null;
            /** @example 2023-07-01T02:14:00.000Z */
            failedAt: string | null;
        };
        DeadLetterPage: {
            /**
             * @example [
             *       {
             *         "jobId": "mail-3f2e1d0c9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
             *         "subject": "【预警】3 条新预警",
             *         "attempts": 8
             *       }
             *     ]
             */
            items: components["schemas"]["DeadLetterAnswer"][];
            /** @example 1 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 20 */
            pageSize: number;
        };
        DeadLetterRetried: {
            /** @example mail-3f2e1d0c9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d */
            jobId: string;
            /** @enum {string} */
            state: "waiting";
        };
        LineDisbursement: {
            /** @example 5d1c2a7e-6a0b-4c52-9f0e-1b2f3c4d5e6f */
            disbursementId: string;
            /**
             * @description 凭证号
             * @example 记-2023-0615
             */
            voucherNo: string;
            /**
             * @description 元
             * @example 12000.00
             */
            amount: string;
            /** @example 重庆某建筑劳务有限公司 */
            payee: string | null;
            /** @example 6月公益性岗位补贴 */
            summary: string | null;
            /**
             * @description 补助类别
             * @example 公益性岗位补贴
             */
            subsidyCategory: string | null;
            /**
             * @description 人数
             * @example 8
             */
            beneficiaries: number | null;
            /**
             * @description the business date
             * @example 2023-06-15
             */
            effectiveDate: string | null;
            /**
             * @description 已冲销
             * @example false
             */
            reversed: boolean;
            /**
             * @description the amount reversed (元)
             * @example null
             */
            reversedAmount: string | null;
            /**
             * @example {
             *       "username": "kuaiji426002",
             *       "displayName": "张会计"
             *     }
             */
            recordedBy: components["schemas"]["PersonName"] | null;
        };
        LineDisbursements: {
            /** @example 426006-2023-P09 */
            lineId: string;
            /**
             * @description payments on the line
             * @example 14
             */
            total: number;
            /** @example 50 */
            limit: number;
            /** @example 0 */
            offset: number;
            /**
             * @example [
             *       {
             *         "disbursementId": "5d1c2a7e-6a0b-4c52-9f0e-1b2f3c4d5e6f",
             *         "voucherNo": "记-2023-0615",
             *         "amount": "12000.00",
             *         "reversed": false
             *       }
             *     ]
             */
            disbursements: components["schemas"]["LineDisbursement"][];
        };
        LineAdjustment: {
            /** @enum {string} */
            kind: "AppropriationEstablished" | "AppropriationIncreased" | "AppropriationDecreased" | "AppropriationTransferredIn" | "AppropriationTransferredOut";
            /** @enum {string} */
            label: "年初预算" | "追加" | "调减" | "调剂调入" | "调剂调出";
            /**
             * @description 元
             * @example 50000.00
             */
            amount: string;
            /**
             * @description negative for 调减 and 调剂调出 (元)
             * @example -50000.00
             */
            signedAmount: string;
            /** @example 2023-04-10 */
            effectiveDate: string | null;
            /** @example 二季度追加就业补助 */
            reason: string | null;
            /**
             * @description 文号
             * @example 潼人社发〔2023〕12号
             */
            documentNo: string | null;
            /**
             * @description the other side of a 调剂
             * @example 426006-2023-P10
             */
            otherLineId: string | null;
            /**
             * @example {
             *       "username": "kuaiji426002",
             *       "displayName": "张会计"
             *     }
             */
            recordedBy: components["schemas"]["PersonName"] | null;
        };
        LineAdjustments: {
            /** @example 426006-2023-P09 */
            lineId: string;
            /**
             * @example [
             *       {
             *         "kind": "AppropriationEstablished",
             *         "label": "年初预算",
             *         "amount": "500000.00",
             *         "signedAmount": "500000.00"
             *       }
             *     ]
             */
            adjustments: components["schemas"]["LineAdjustment"][];
        };
        CloseRulesRequest: {
            /**
             * @description 基本支出: always 结余; "carry" is refused (BASIC_LINE_CANNOT_CARRY)
             * @enum {string}
             */
            basic?: "lapse";
            /**
             * @description 项目支出 not otherwise ruled (default carry)
             * @enum {string}
             */
            project?: "carry" | "lapse";
            /**
             * @description lines that are themselves 上年结转 (default lapse: carried one year only)
             * @enum {string}
             */
            carriedIn?: "carry" | "lapse";
            /**
             * @description by project kind: 表十 category or sub-category (the sub-category wins)
             * @example {
             *       "上级专项": "carry",
             *       "年初特定目标": "lapse"
             *     }
             */
            kinds?: {
                [key: string]: "carry" | "lapse";
            };
            /**
             * @description by project code
             * @example {
             *       "P09": "carry"
             *     }
             */
            projects?: {
                [key: string]: "carry" | "lapse";
            };
            /**
             * @description by line id
             * @example {
             *       "426001-2023-P01": "lapse"
             *     }
             */
            lines?: {
                [key: string]: "carry" | "lapse";
            };
        };
        CloseFiscalYearRequest: {
            /**
             * @description why the year is closed (recorded with who and when)
             * @example 2023 年度年终结账
             */
            reason: string;
            /**
             * @description close before 31 December has passed (refused otherwise: FISCAL_YEAR_NOT_ENDED)
             * @example false
             */
            force?: boolean;
            /**
             * @example {
             *       "project": "carry",
             *       "kinds": {
             *         "结转项目": "lapse"
             *       },
             *       "projects": {
             *         "P05": "lapse"
             *       }
             *     }
             */
            rules?: components["schemas"]["CloseRulesRequest"];
        };
        FiscalYearClosedAnswer: {
            /** @example 2023 */
            fiscalYear: number;
            /**
             * @description global position of the close (pass it as minPosition to read it)
             * @example 1044
             */
            position: number;
            /**
             * @description closed before the year ended (force)
             * @example false
             */
            early: boolean;
            /**
             * @description said of an early close: balances and scores stand at the closing day
             * @example []
             */
            warnings: string[];
        };
        ReopenFiscalYearRequest: {
            /**
             * @description why the closed year is reopened (反结账; recorded with who and when)
             * @example 补记 2023 年 12 月漏记支付
             */
            reason: string;
        };
        CloseRulesAnswer: {
            /**
             * @description 基本支出: always 结余
             * @enum {string}
             */
            basic?: "lapse";
            /**
             * @description 项目支出 not otherwise ruled (default carry)
             * @enum {string}
             */
            project?: "carry" | "lapse";
            /**
             * @description lines that are themselves 上年结转 (default lapse)
             * @enum {string}
             */
            carriedIn?: "carry" | "lapse";
            /**
             * @description by project kind (表十 category or sub-category)
             * @example {
             *       "结转项目": "lapse"
             *     }
             */
            kinds?: {
                [key: string]: "carry" | "lapse";
            };
            /**
             * @description by project code
             * @example {
             *       "P05": "lapse"
             *     }
             */
            projects?: {
                [key: string]: "carry" | "lapse";
            };
            /**
             * @description by line id
             * @example {
             *       "426001-2023-P01": "lapse"
             *     }
             */
            lines?: {
                [key: string]: "carry" | "lapse";
            };
        };
        SettlementTotalsAnswer: {
            /**
             * @description 调整后预算
             * @example 92107300.00
             */
            appropriated: string;
            /**
             * @description 支出, net of 冲销
             * @example 223456.00
             */
            disbursed: string;
            /**
             * @description appropriated − disbursed = carriedForward + lapsed
             * @example 91883844.00
             */
            unspent: string;
            /**
             * @description 结转 into the next year
             * @example 5491544.00
             */
            carriedForward: string;
            /**
             * @description 结余 (returned)
             * @example 86392300.00
             */
            lapsed: string;
            /**
             * @description 垫付 of the revolving fund not yet recovered (carried with the fund)
             * @example 5000.00
             */
            advancesOutstanding: string;
        };
        CloseSupplementAnswer: {
            /**
             * @description `threePublic` (三公经费), `procurement` (政府采购) or another table
             * @example threePublic
             */
            key: string;
            /** @example “三公”经费支出决算（对照预算控制数） */
            title: string;
            /**
             * @description rows of column → text (null: empty cell)
             * @example [
             *       {
             *         "item": "公务接待费",
             *         "budget": "12000.00",
             *         "actual": "9800.00"
             *       }
             *     ]
             */
            rows: {
                [key: string]: string | null;
            }[];
        };
        FiscalYearAnswer: {
            /** @example 2023 */
            fiscalYear: number;
            /**
             * @description open, closing (结账中: locked, the close not completed) or closed (已结账)
             * @enum {string}
             */
            status: "open" | "closing" | "closed";
            /**
             * @description why it was (last) locked or closed; null when never locked
             * @example 2023 年度年终结账
             */
            reason: string | null;
            /**
             * @description closed before the year ended (forced)
             * @example false
             */
            early: boolean;
            /**
             * @description the rules of the last lock; null when never locked
             * @example {
             *       "kinds": {
             *         "结转项目": "lapse"
             *       },
             *       "projects": {
             *         "P05": "lapse"
             *       }
             *     }
             */
            rules: components["schemas"]["CloseRulesAnswer"] | null;
            /**
             * @description the business date of the last lock
             * @example 2024-01-05
             */
            lockedOn: string | null;
            /**
             * @description the business date of the last close
             * @example 2024-01-05
             */
            closedOn: string | null;
            /**
             * @description the instant of the last close
             * @example 2024-01-05T02:30:00.000Z
             */
            closedAt: string | null;
            /**
             * @description who closed it (user name)
             * @example admin
             */
            closedBy: string | null;
            /**
             * @description the date the close's balances and scores stand at
             * @example 2023-12-31
             */
            asOf: string | null;
            /**
             * @description what the close settled; null unless closed
             * @example {
             *       "appropriated": "92107300.00",
             *       "disbursed": "223456.00",
             *       "unspent": "91883844.00",
             *       "carriedForward": "5491544.00",
             *       "lapsed": "86392300.00",
             *       "advancesOutstanding": "5000.00"
             *     }
             */
            totals: components["schemas"]["SettlementTotalsAnswer"] | null;
            /**
             * @description figures other modules recorded with the close (empty unless closed)
             * @example []
             */
            supplements: components["schemas"]["CloseSupplementAnswer"][];
        };
        FiscalYearList: {
            /**
             * @description the read models' position the answer includes
             * @example 1042
             */
            position: number;
            /**
             * @description oldest first
             * @example [
             *       {
             *         "fiscalYear": 2023,
             *         "status": "closed",
             *         "reason": "2023 年度年终结账",
             *         "early": false,
             *         "rules": {
             *           "kinds": {
             *             "结转项目": "lapse"
             *           },
             *           "projects": {
             *             "P05": "lapse"
             *           }
             *         },
             *         "lockedOn": "2024-01-05",
             *         "closedOn": "2024-01-05",
             *         "closedAt": "2024-01-05T02:30:00.000Z",
             *         "closedBy": "admin",
             *         "asOf": "2023-12-31",
             *         "totals": {
             *           "appropriated": "92107300.00",
             *           "disbursed": "223456.00",
             *           "unspent": "91883844.00",
             *           "carriedForward": "5491544.00",
             *           "lapsed": "86392300.00",
             *           "advancesOutstanding": "5000.00"
             *         },
             *         "supplements": []
             *       },
             *       {
             *         "fiscalYear": 2024,
             *         "status": "open",
             *         "reason": null,
             *         "early": false,
             *         "rules": null,
             *         "lockedOn": null,
             *         "closedOn": null,
             *         "closedAt": null,
             *         "closedBy": null,
             *         "asOf": null,
             *         "totals": null,
             *         "supplements": []
             *       }
             *     ]
             */
            years: components["schemas"]["FiscalYearAnswer"][];
        };
        FiscalYearHistoryEntry: {
            /**
             * @description locked (结账开始), closed (结账完成), abandoned (结账中止), reopened (反结账)
             * @enum {string}
             */
            kind: "locked" | "closed" | "abandoned" | "reopened";
            /**
             * @description user name
             * @example admin
             */
            actor: string | null;
            /** @example 2024-01-05T02:30:00.000Z */
            recordedAt: string | null;
            /** @example 2024-01-05 */
            effectiveDate: string;
            /**
             * @description the reason given (for an abandoned close: the error)
             * @example 2023 年度年终结账
             */
            reason: string | null;
            /** @example 1040 */
            position: number;
        };
        FiscalYearDetail: {
            /** @example 2023 */
            fiscalYear: number;
            /**
             * @description open, closing (结账中: locked, the close not completed) or closed (已结账)
             * @enum {string}
             */
            status: "open" | "closing" | "closed";
            /**
             * @description why it was (last) locked or closed; null when never locked
             * @example 2023 年度年终结账
             */
            reason: string | null;
            /**
             * @description closed before the year ended (forced)
             * @example false
             */
            early: boolean;
            /**
             * @description the rules of the last lock; null when never locked
             * @example {
             *       "kinds": {
             *         "结转项目": "lapse"
             *       },
             *       "projects": {
             *         "P05": "lapse"
             *       }
             *     }
             */
            rules: components["schemas"]["CloseRulesAnswer"] | null;
            /**
             * @description the business date of the last lock
             * @example 2024-01-05
             */
            lockedOn: string | null;
            /**
             * @description the business date of the last close
             * @example 2024-01-05
             */
            closedOn: string | null;
            /**
             * @description the instant of the last close
             * @example 2024-01-05T02:30:00.000Z
             */
            closedAt: string | null;
            /**
             * @description who closed it (user name)
             * @example admin
             */
            closedBy: string | null;
            /**
             * @description the date the close's balances and scores stand at
             * @example 2023-12-31
             */
            asOf: string | null;
            /**
             * @description what the close settled; null unless closed
             * @example {
             *       "appropriated": "92107300.00",
             *       "disbursed": "223456.00",
             *       "unspent": "91883844.00",
             *       "carriedForward": "5491544.00",
             *       "lapsed": "86392300.00",
             *       "advancesOutstanding": "5000.00"
             *     }
             */
            totals: components["schemas"]["SettlementTotalsAnswer"] | null;
            /**
             * @description figures other modules recorded with the close (empty unless closed)
             * @example []
             */
            supplements: components["schemas"]["CloseSupplementAnswer"][];
            /** @example 1042 */
            position: number;
            /**
             * @description oldest first
             * @example [
             *       {
             *         "kind": "locked",
             *         "actor": "admin",
             *         "recordedAt": "2024-01-05T02:30:00.000Z",
             *         "effectiveDate": "2024-01-05",
             *         "reason": "2023 年度年终结账",
             *         "position": 1040
             *       }
             *     ]
             */
            history: components["schemas"]["FiscalYearHistoryEntry"][];
        };
        FinalAccountsRowAnswer: {
            /**
             * @description the group's code (unit, project, line id, functional/economic prefix, source …); `total` for the 合计
             * @example 426002
             */
            key: string;
            /** @example 重庆市潼南区就业和人才服务局 */
            name: string;
            /**
             * @description appropriation lines in the group
             * @example 12
             */
            lines: number;
            /**
             * @description 年初预算
             * @example 600000.00
             */
            initial: string;
            /**
             * @description 追加
             * @example 10000.00
             */
            increased: string;
            /**
             * @description 调减
             * @example 0.00
             */
            decreased: string;
            /**
             * @description 调剂 in
             * @example 5000.00
             */
            transferredIn: string;
            /**
             * @description 调剂 out
             * @example 0.00
             */
            transferredOut: string;
            /**
             * @description 冲销
             * @example 0.78
             */
            reversed: string;
            /**
             * @description 调整后预算
             * @example 615000.00
             */
            appropriated: string;
            /**
             * @description 支出, net of 冲销
             * @example 123456.00
             */
            disbursed: string;
            /**
             * @description appropriated − disbursed
             * @example 491544.00
             */
            unspent: string;
            /**
             * @description 垫付 not yet recovered
             * @example 0.00
             */
            advancesOutstanding: string;
            /**
             * @description 结转
             * @example 491544.00
             */
            carriedForward: string;
            /**
             * @description 结余
             * @example 0.00
             */
            lapsed: string;
            /**
             * @description 预算执行率 at 31 December (percent); null when nothing is appropriated
             * @example 20.07
             */
            executionRate: string | null;
        };
        FrozenIndicatorAnswer: {
            /** @example 2023-P29-01 */
            indicatorId: string;
            /** @example 培训人数 */
            name: string;
            /** @example 100 */
            target: string | null;
            /** @example 80 */
            actual: string | null;
            /**
             * @description the grade of a 定性 indicator
             * @enum {string|null}
             */
            grade: "达成" | "部分达成" | "未达成" | null;
            /** @example 10 */
            weight: string;
            /** @example 8.00 */
            points: string;
            /**
             * @description null when not reported
             * @enum {string|null}
             */
            light: "green" | "yellow" | "red" | "blue" | null;
        };
        FrozenScoreAnswer: {
            /** @enum {string} */
            scope: "project" | "department";
            /**
             * @description the project code, or the department code
             * @example P29
             */
            code: string;
            /** @example 就业创业培训 */
            name: string;
            /**
             * @description 总分
             * @example 78.40
             */
            score: string;
            /** @example 100.00 */
            outOf: string;
            /**
             * @description 自评等级
             * @enum {string}
             */
            grade: "优" | "良" | "中" | "差";
            /**
             * @description the worst indicator light; null when none is lit
             * @enum {string|null}
             */
            goalLight: "green" | "yellow" | "red" | "blue" | null;
            /**
             * @description 预算执行率 (percent); null when nothing was appropriated
             * @example 20.07
             */
            executionRate: string | null;
            /** @example 2.01 */
            executionPoints: string;
            /**
             * @example [
             *       {
             *         "indicatorId": "2023-P29-01",
             *         "name": "培训人数",
             *         "target": "100",
             *         "actual": "80",
             *         "grade": null,
             *         "weight": "10",
             *         "points": "8.00",
             *         "light": "yellow"
             *       }
             *     ]
             */
            indicators: components["schemas"]["FrozenIndicatorAnswer"][];
        };
        FinalAccountsSupplement: {
            /**
             * @description `threePublic` (三公经费), `procurement` (政府采购) or another table
             * @example threePublic
             */
            key: string;
            /** @example “三公”经费支出决算（对照预算控制数） */
            title: string;
            /**
             * @description rows of column → text (null: empty cell)
             * @example [
             *       {
             *         "item": "公务接待费",
             *         "budget": "12000.00",
             *         "actual": "9800.00"
             *       }
             *     ]
             */
            rows: {
                [key: string]: string | null;
            }[];
            /**
             * @description the close recorded this table
             * @example false
             */
            available: boolean;
            /**
             * @description why the table is missing (only when not available)
             * @example 本系统未记录该项（由对应模块在结账时提供）
             */
            note?: string;
        };
        FinalAccountsAnswer: {
            /** @example 1042 */
            position: number;
            /** @example 2023 */
            fiscalYear: number;
            /**
             * @description always closed (a year not closed answers 409)
             * @enum {string}
             */
            status: "open" | "closing" | "closed";
            /** @example 2023 年度年终结账 */
            reason: string | null;
            /**
             * @description the business date of the close
             * @example 2024-01-05
             */
            closedOn: string | null;
            /** @example 2024-01-05T02:30:00.000Z */
            closedAt: string | null;
            /**
             * @description user name
             * @example admin
             */
            closedBy: string | null;
            /**
             * @description the date balances and scores stand at
             * @example 2023-12-31
             */
            asOf: string | null;
            /** @example false */
            early: boolean;
            /**
             * @example {
             *       "kinds": {
             *         "结转项目": "lapse"
             *       },
             *       "projects": {
             *         "P05": "lapse"
             *       }
             *     }
             */
            rules: components["schemas"]["CloseRulesAnswer"] | null;
            /** @enum {string} */
            groupBy: "department" | "unit" | "project" | "line" | "functional" | "economic" | "source" | "type";
            /**
             * @description classification level (functional 类/款/项, economic 类/款)
             * @enum {number}
             */
            level: 1 | 2 | 3;
            /**
             * @description 合计 of the lines in scope
             * @example {
             *       "key": "total",
             *       "name": "合计",
             *       "lines": 12,
             *       "initial": "600000.00",
             *       "increased": "10000.00",
             *       "decreased": "0.00",
             *       "transferredIn": "5000.00",
             *       "transferredOut": "0.00",
             *       "reversed": "0.78",
             *       "appropriated": "615000.00",
             *       "disbursed": "123456.00",
             *       "unspent": "491544.00",
             *       "advancesOutstanding": "0.00",
             *       "carriedForward": "491544.00",
             *       "lapsed": "0.00",
             *       "executionRate": "20.07"
             *     }
             */
            total: components["schemas"]["FinalAccountsRowAnswer"];
            /**
             * @example [
             *       {
             *         "key": "426002",
             *         "name": "重庆市潼南区就业和人才服务局",
             *         "lines": 12,
             *         "initial": "600000.00",
             *         "increased": "10000.00",
             *         "decreased": "0.00",
             *         "transferredIn": "5000.00",
             *         "transferredOut": "0.00",
             *         "reversed": "0.78",
             *         "appropriated": "615000.00",
             *         "disbursed": "123456.00",
             *         "unspent": "491544.00",
             *         "advancesOutstanding": "0.00",
             *         "carriedForward": "491544.00",
             *         "lapsed": "0.00",
             *         "executionRate": "20.07"
             *       }
             *     ]
             */
            rows: components["schemas"]["FinalAccountsRowAnswer"][];
            /**
             * @description the projects in scope; the department's (表十一) for readers of the whole department
             * @example [
             *       {
             *         "scope": "project",
             *         "code": "P29",
             *         "name": "就业创业培训",
             *         "score": "78.40",
             *         "outOf": "100.00",
             *         "grade": "中",
             *         "goalLight": "yellow",
             *         "executionRate": "20.07",
             *         "executionPoints": "2.01",
             *         "indicators": []
             *       }
             *     ]
             */
            scores: components["schemas"]["FrozenScoreAnswer"][];
            /**
             * @description the 三公经费 and 政府采购 slots
             * @example [
             *       {
             *         "key": "threePublic",
             *         "title": "“三公”经费支出决算（对照预算控制数）",
             *         "available": false,
             *         "rows": [],
             *         "note": "本系统未记录该项（由对应模块在结账时提供）"
             *       }
             *     ]
             */
            supplements: components["schemas"]["FinalAccountsSupplement"][];
        };
        SanGongRow: {
            /**
             * @example reception
             * @enum {string}
             */
            category: "abroad" | "vehicle_purchase" | "vehicle_operation" | "reception";
            /**
             * @description 表四 name of the category
             * @example 公务接待费
             */
            name: string;
            /**
             * @description cap in force on asOf (元); null where none is set for the scope read
             * @example 120000.00
             */
            cap: string | null;
            /**
             * @description paid on or before asOf, net of reversals (元)
             * @example 70500.00
             */
            used: string;
            /**
             * @description cap − used (元); null without a cap
             * @example 49500.00
             */
            remaining: string | null;
        };
        SanGongUnitRows: {
            /** @example 426001 */
            unit: string;
            /** @example 本级 */
            name: string;
            /**
             * @example [
             *       {
             *         "category": "reception",
             *         "name": "公务接待费",
             *         "cap": null,
             *         "used": "70500.00",
             *         "remaining": null
             *       }
             *     ]
             */
            rows: components["schemas"]["SanGongRow"][];
        };
        PriorYearRow: {
            /** @example reception */
            category: string;
            /** @example 公务接待费 */
            name: string;
            /** @example 203000.00 */
            amount: string;
        };
        PriorYear: {
            /** @example 2022 */
            fiscalYear: number;
            /** @example 323000.00 */
            total: string;
            /**
             * @example [
             *       {
             *         "category": "reception",
             *         "name": "公务接待费",
             *         "amount": "203000.00"
             *       }
             *     ]
             */
            rows: components["schemas"]["PriorYearRow"][];
        };
        AgencyOperatingFigures: {
            /**
             * @description 机关运行经费 as budgeted (元)
             * @example 4300600.00
             */
            amount: string;
            /** @example 5076900.00 */
            priorYear: string | null;
            /**
             * @description the 项 codes whose basic operating lines make it up
             * @example [
             *       "2080101"
             *     ]
             */
            functional: string[];
            /**
             * @description current appropriation of those lines
             * @example 4300600.00
             */
            appropriated: string;
            /**
             * @description paid on or before asOf, net of reversals
             * @example 2100000.00
             */
            executed: string;
            /** @example 2200600.00 */
            remaining: string;
        };
        SanGongOverviewResponse: {
            /** @example 2023 */
            fiscalYear: number;
            /** @example 2023-06-30 */
            asOf: string;
            /**
             * @description the department whose 表四 this is
             * @example 426
             */
            department: string | null;
            /**
             * @example [
             *       {
             *         "category": "reception",
             *         "name": "公务接待费",
             *         "cap": "120000.00",
             *         "used": "70500.00",
             *         "remaining": "49500.00"
             *       }
             *     ]
             */
            rows: components["schemas"]["SanGongRow"][];
            /**
             * @description the department's caps and department-wide use (what binds a unit without caps of its own)
             * @example [
             *       {
             *         "category": "reception",
             *         "name": "公务接待费",
             *         "cap": "120000.00",
             *         "used": "96000.00",
             *         "remaining": "24000.00"
             *       }
             *     ]
             */
            departmentRows: components["schemas"]["SanGongRow"][];
            /**
             * @description each unit in scope with a cap of its own or 三公 payments
             * @example []
             */
            units: components["schemas"]["SanGongUnitRows"][];
            /** @example null */
            priorYear: components["schemas"]["PriorYear"] | null;
            /**
             * @description department-wide reads only
             * @example null
             */
            agencyOperating: components["schemas"]["AgencyOperatingFigures"] | null;
        };
        SanGongResponse: {
            /** @example 2023 */
            fiscalYear: number;
            /** @example 2023-06-30 */
            asOf: string;
            /**
             * @description one row per category, in 表四 order: abroad, vehicle_purchase, vehicle_operation, reception
             * @example [
             *       {
             *         "category": "abroad",
             *         "name": "因公出国（境）费用",
             *         "cap": "0.00",
             *         "used": "0.00",
             *         "remaining": "0.00"
             *       },
             *       {
             *         "category": "vehicle_purchase",
             *         "name": "公务用车购置",
             *         "cap": "0.00",
             *         "used": "0.00",
             *         "remaining": "0.00"
             *       },
             *       {
             *         "category": "vehicle_operation",
             *         "name": "公务用车运行维护费",
             *         "cap": "110000.00",
             *         "used": "52800.00",
             *         "remaining": "57200.00"
             *       },
             *       {
             *         "category": "reception",
             *         "name": "公务接待费",
             *         "cap": "120000.00",
             *         "used": "70500.00",
             *         "remaining": "49500.00"
             *       }
             *     ]
             */
            rows: components["schemas"]["SanGongRow"][];
        };
        ReviseSanGongCapRequest: {
            /**
             * @description 三公 category (an unknown one: 422 SANGONG_CATEGORY_UNKNOWN, field category)
             * @example reception
             * @enum {string}
             */
            category: "abroad" | "vehicle_purchase" | "vehicle_operation" | "reception";
            /**
             * @description a unit's own cap (6-digit code); omitted or null: the department's
             * @example null
             */
            unit?: string | null;
            /**
             * @description the new cap (元, decimal string, ≥ 0; not below what is already used: 409 SANGONG_CAP_BELOW_USED)
             * @example 150000.00
             */
            cap: string;
            /**
             * @description 理由: why the cap changes
             * @example 区财政局批复追加公务接待经费
             */
            reason: string;
            /**
             * @description 文号: the approving document
             * @example 潼财预〔2023〕88号
             */
            documentNo?: string | null;
            /**
             * @description business date from which the cap is in force (YYYY-MM-DD, Asia/Shanghai business date)
             * @example 2023-03-05
             */
            effectiveDate: string;
        };
        ProcurementFigures: {
            /**
             * @description 政府采购预算 (元)
             * @example 177600.00
             */
            budget: string;
            /**
             * @description procurement payments on or before asOf, net of reversals (元)
             * @example 88000.00
             */
            executed: string;
            /** @example 89600.00 */
            remaining: string;
        };
        ProcurementCategoryRow: {
            /**
             * @description 政府采购预算 (元)
             * @example 177600.00
             */
            budget: string;
            /**
             * @description procurement payments on or before asOf, net of reversals (元)
             * @example 88000.00
             */
            executed: string;
            /** @example 89600.00 */
            remaining: string;
            /**
             * @example goods
             * @enum {string}
             */
            category: "goods" | "works" | "services";
            /** @example A */
            letter: string;
            /** @example 货物 */
            name: string;
        };
        ProcurementItemRow: {
            /**
             * @description 政府采购预算 (元)
             * @example 177600.00
             */
            budget: string;
            /**
             * @description procurement payments on or before asOf, net of reversals (元)
             * @example 88000.00
             */
            executed: string;
            /** @example 89600.00 */
            remaining: string;
            /** @example P16-A01 */
            itemId: string;
            /** @example 426003-2023-P16 */
            lineId: string;
            /** @example 426003 */
            unit: string;
            /** @example 社会保险事务中心 */
            unitName: string;
            /** @example P16 */
            project: string | null;
            /** @example 2023 年初专项-社会保险公共服务标准化基地建设经费 */
            projectName: string | null;
            /**
             * @example goods
             * @enum {string}
             */
            category: "goods" | "works" | "services";
            /** @example 货物 */
            categoryName: string;
            /** @example 电子显示屏 */
            name: string;
            /** @example 2 */
            payments: number;
            /**
             * @description 资金来源 → 元
             * @example {
             *       "一般公共预算拨款": "177600.00"
             *     }
             */
            fundingSources: {
                [key: string]: string;
            };
        };
        UnbudgetedRow: {
            /** @example 426003-2023-P17 */
            lineId: string;
            /** @example 426003 */
            unit: string;
            /**
             * @description 品目 named by the payments, '' if none
             * @example services
             */
            category: string;
            /** @example 500.00 */
            executed: string;
            /** @example 1 */
            payments: number;
        };
        ProcurementResponse: {
            /** @example 2023 */
            fiscalYear: number;
            /** @example 2023-12-31 */
            asOf: string;
            /**
             * @description a procurement payment beyond its budget: refused (block) or warned; null without a procurement budget
             * @example block
             * @enum {string|null}
             */
            policy: "block" | "warn" | null;
            /**
             * @example {
             *       "budget": "177600.00",
             *       "executed": "88000.00",
             *       "remaining": "89600.00"
             *     }
             */
            total: components["schemas"]["ProcurementFigures"];
            /**
             * @example [
             *       {
             *         "category": "goods",
             *         "letter": "A",
             *         "name": "货物",
             *         "budget": "177600.00",
             *         "executed": "88000.00",
             *         "remaining": "89600.00"
             *       }
             *     ]
             */
            byCategory: components["schemas"]["ProcurementCategoryRow"][];
            /** @example [] */
            items: components["schemas"]["ProcurementItemRow"][];
            /**
             * @description procurement paid with no budget for it (warn policy only)
             * @example []
             */
            unbudgeted: components["schemas"]["UnbudgetedRow"][];
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
            /** @description { status: up|degraded, checks: { eventStore: {status, headPosition}, redis: {status}, readModels: {status: up|catching-up|lagging, position, behind, lagSeconds, catchUp while catching up after a start: {phase: rebuilding|catching-up, position, target, percent, eventsPerSecond}}, readStore: {status, dialect}, smtp: {status, mode: smtp|outbox}, projector: {role: active|standby, instance, holder} } } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["BudgetImportReport"];
                };
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
                content: {
                    "application/json": components["schemas"]["BudgetAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["LineAnswer"];
                };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferAccepted"];
                };
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
                /** @description 凭证号 contains this (letters and digits as typed) */
                voucherNo?: string;
                /** @description payee contains this */
                payee?: string;
                /** @description paid on or after this business date */
                from?: string;
                /** @description paid on or before this business date */
                to?: string;
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
                content: {
                    "application/json": components["schemas"]["LineDisbursements"];
                };
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
                    "application/json": components["schemas"]["PaymentAccepted"];
                };
            };
            /** @description OVERSPEND_BLOCKED, VOUCHER_ALREADY_USED, SANGONG_CAP_EXCEEDED (details: category, name, unit, cap, used, remaining, requested), PROCUREMENT_BUDGET_EXCEEDED */
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
                content: {
                    "application/json": components["schemas"]["CaseList"];
                };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReported"];
                };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvancePaid"];
                };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdvanceRecovered"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExecutionAnswer"];
                };
            };
            /** @description READ_MODEL_BEHIND (Retry-After): minPosition not reached in time, or the read models still catching up after a start (progress: phase, position, target, percent) */
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
                content: {
                    "application/json": components["schemas"]["CurveAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["IndicatorList"];
                };
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
                content: {
                    "application/json": components["schemas"]["ProjectScorecardAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["DepartmentScorecardAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["WageArrearsMetricsAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["FundPositionAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["BeneficiariesAnswer"];
                };
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
    CompareExecutionController_compare: {
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
                /** @description fiscal years to compare, comma-separated (default: the year of asOf and the one before) */
                years?: string;
                /** @description a line of any of the years: followed across years by its id without the year, with the 上年结转 line carried from it */
                line?: string;
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
                    "application/json": components["schemas"]["ComparisonAnswer"];
                };
            };
        };
    };
    GetSpendingPlanController_get: {
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
                content: {
                    "application/json": components["schemas"]["SpendingPlanView"];
                };
            };
            /** @description LINE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description READ_MODEL_BEHIND (Retry-After): minPosition not reached in time, or the read models still catching up after a start (progress: phase, position, target, percent) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    FileSpendingPlanController_file: {
        parameters: {
            query?: never;
            header?: {
                /** @description the line revision the client last saw; 412 if it moved on */
                "If-Match"?: string;
            };
            path: {
                lineId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileSpendingPlanRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
            /** @description VALIDATION_FAILED: months is not a list of twelve strings (field months) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ROLE_NOT_PERMITTED (managers, auditors), UNIT_OUT_OF_SCOPE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LINE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description LINE_HAS_NO_APPROPRIATION: nothing left to plan */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PLAN_TOTAL_MISMATCH (field months; details total, appropriated, difference), AMOUNT_NEGATIVE / AMOUNT_TOO_MANY_DECIMALS / AMOUNT_NOT_A_DECIMAL_STRING (field months.{0–11}), PLAN_MONTHS_COUNT, PLAN_REVISION_BEFORE_LATEST, DATE_IN_FUTURE, DATE_OUTSIDE_FISCAL_YEAR */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content: {
                    "application/json": components["schemas"]["SessionUser"];
                };
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
            /** @description TOO_MANY_PASSWORD_ATTEMPTS after LOGIN_MAX_FAILURES wrong current passwords, with Retry-After */
            429: {
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
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
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
            /** @description a generated password is shown only in this answer, never stored: a replay under the same Idempotency-Key answers it withheld */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRegistered"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleChanged"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordReset"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationChanged"];
                };
            };
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
                content: {
                    "application/json": components["schemas"]["ActivationChanged"];
                };
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
                content: {
                    "application/json": components["schemas"]["DisbursementImportAnswer"];
                };
            };
            /** @description accepted: follow Location for progress and the report */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisbursementImportAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["DisbursementImportAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["DisbursementImportAnswer"];
                };
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
                content: {
                    "application/json": components["schemas"]["ImportRowPage"];
                };
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
    "ExportTable1Controller_table1[0]": {
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
    "ExportTable1Controller_table1[1]": {
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
    "ExportFinalAccountsController_summary[0]": {
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
            /** @description FISCAL_YEAR_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "ExportFinalAccountsController_summary[1]": {
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
            /** @description FISCAL_YEAR_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ExportFinalAccountsController_byFunctional: {
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
            /** @description FISCAL_YEAR_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "ExportSanGongController_table4[0]": {
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
    "ExportSanGongController_table4[1]": {
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
    "ExportProcurementController_table9[0]": {
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
    "ExportProcurementController_table9[1]": {
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
            /** @description JSON; with format=csv or xlsx, the history as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPage"];
                };
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
            /** @description JSON; with format=csv or xlsx, the history as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPage"];
                };
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
            /** @description JSON; with format=csv or xlsx, the history as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPage"];
                };
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
            /** @description JSON; with format=csv or xlsx, the history as a file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTrailPage"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventLogPage"];
                };
            };
        };
    };
    ListAlertsController_list: {
        parameters: {
            query?: {
                /** @description default open */
                status?: "open" | "resolved" | "all";
                fiscalYear?: string;
                rule?: "indicator_light" | "indicator_ceiling" | "execution_lag" | "fund_balance_low" | "fund_advance_overdue" | "indicator_stale" | "overspend" | "sangong_cap" | "plan_behind" | "plan_exceeded";
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
                content: {
                    "application/json": components["schemas"]["AlertList"];
                };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcknowledgeResult"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertAnswer"];
                };
            };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAccepted"];
                };
            };
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
                content: {
                    "application/json": components["schemas"]["SilenceList"];
                };
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SilenceCreated"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SilenceLifted"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionState"];
                };
            };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionState"];
                };
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
            /** @description removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
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
                content: {
                    "application/json": components["schemas"]["SubscriptionList"];
                };
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionState"];
                };
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
                content: {
                    "application/json": components["schemas"]["OutboxPage"];
                };
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
                content: {
                    "application/json": components["schemas"]["DeadLetterPage"];
                };
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterRetried"];
                };
            };
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
                content: {
                    "application/json": components["schemas"]["LineAdjustments"];
                };
            };
        };
    };
    CloseFiscalYearController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseFiscalYearRequest"];
            };
        };
        responses: {
            /** @description read the close at GET /fiscal-years/{year} (minPosition=position) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiscalYearClosedAnswer"];
                };
            };
            /** @description FISCAL_YEAR_ALREADY_CLOSED · FISCAL_YEAR_NOT_ENDED (before 31 December has passed, unless force) · FISCAL_YEAR_CLOSED (the next year, to carry into) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description BASIC_LINE_CANNOT_CARRY · UNKNOWN_LINE · UNKNOWN_PROJECT · UNKNOWN_PROJECT_KIND · FISCAL_YEAR_NOT_STARTED (field names the rule) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReopenFiscalYearController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenFiscalYearRequest"];
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
            /** @description FISCAL_YEAR_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ListFiscalYearsController_list: {
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
                    "application/json": components["schemas"]["FiscalYearList"];
                };
            };
        };
    };
    ListFiscalYearsController_get: {
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
                year: string;
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
                    "application/json": components["schemas"]["FiscalYearDetail"];
                };
            };
            /** @description FISCAL_YEAR_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetFinalAccountsController_get: {
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
            path: {
                year: string;
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
                    "application/json": components["schemas"]["FinalAccountsAnswer"];
                };
            };
            /** @description FISCAL_YEAR_NOT_CLOSED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetSanGongOverviewController_get: {
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
                /** @description one budget unit (in the caller's scope): its own caps; default: the department, or the caller's units */
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
                content: {
                    "application/json": components["schemas"]["SanGongOverviewResponse"];
                };
            };
        };
    };
    GetSanGongController_get: {
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
                /** @description one budget unit (in the caller's scope): its own caps; default: the department, or the caller's units */
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
                content: {
                    "application/json": components["schemas"]["SanGongResponse"];
                };
            };
        };
    };
    ReviseSanGongCapController_revise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                department: string;
                fiscalYear: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseSanGongCapRequest"];
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
            /** @description SANGONG_CAP_BELOW_USED (details: used) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description SANGONG_CATEGORY_UNKNOWN (category), AMOUNT_NEGATIVE / AMOUNT_TOO_MANY_DECIMALS (cap), UNKNOWN_UNIT (unit), REQUIRED (reason) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    GetProcurementController_get: {
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
                /** @description one budget unit (in the caller's scope): its own caps; default: the department, or the caller's units */
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
                content: {
                    "application/json": components["schemas"]["ProcurementResponse"];
                };
            };
        };
    };
}
