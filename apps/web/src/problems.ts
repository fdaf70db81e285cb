import { yuan } from './money';

/**
 * The API's problems (RFC 9457: `code`, `field`, `detail`) as Chinese sentences that name the field. A user never
 * sees a code or the API's English detail: an unknown code falls back to a Chinese sentence by HTTP status.
 */

/** 字段: the API's field names as the forms label them. */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  amount: '金额', effectiveDate: '日期', voucherNo: '凭证号', payee: '收款人', summary: '摘要', subsidyCategory: '补助类别', beneficiaries: '受益人数',
  lineId: '预算指标', toLineId: '调入指标', fromLineId: '调出指标', reason: '原因', documentNo: '文号', unit: '预算单位', units: '预算单位',
  employer: '欠薪单位', workersAffected: '涉及人数', workers: '垫付人数', amountOwed: '欠薪金额', caseId: '欠薪案件', resolution: '处置方式', amountSettled: '处置金额',
  note: '说明', description: '情况说明', indicatorId: '绩效指标', asOf: '截至日期', value: '完成值', grade: '等级', deviationReason: '偏差原因', target: '目标值',
  username: '用户名', displayName: '姓名', role: '角色', password: '密码', currentPassword: '当前密码', newPassword: '新密码',
  email: '电子邮箱', minSeverity: '最低级别', digest: '发送方式', delivery: '发送方式', active: '启用', fiscalYear: '预算年度', file: '文件',
  year: '预算年度', force: '提前结账', rules: '结转规则', line: '预算指标', years: '对比年度',
  months: '用款计划', limit: '每页条数', offset: '页码', status: '状态', severity: '级别', rule: '预警类型', alertIds: '预警', alertId: '预警', endsAt: '静默至', silenceId: '静默', project: '项目', functional: '功能分类科目', economic: '经济分类科目',
  sanGongCategory: '三公经费类别', procurement: '政府采购', procurementCategory: '采购品目', category: '三公经费类别', cap: '预算上限', department: '部门',
};

/** 错误: every stable code the API answers, in Chinese. */
export const PROBLEM_TEXT: Readonly<Record<string, string>> = {
  // money and dates
  AMOUNT_NOT_POSITIVE: '必须大于零', AMOUNT_TOO_MANY_DECIMALS: '最多两位小数', AMOUNT_NOT_A_DECIMAL_STRING: '格式不正确，请填写数字（元）', AMOUNT_TOO_LARGE: '数额过大',
  DATE_IN_FUTURE: '不能晚于今天', DATE_OUTSIDE_FISCAL_YEAR: '不在该预算年度内', INVALID_DATE: '不是有效日期，请按 2023-07-15 或 2023年7月15日 填写',
  INVALID_DATE_RANGE: '起止日期不正确', EFFECTIVE_DATE_REQUIRED: '请填写日期', INVALID_FISCAL_YEAR: '请填写四位年份', REQUIRED: '必填', TOO_LONG: '内容过长',
  INVALID_FIELD: '内容不正确', INVALID_NOTE: '请填写处理说明（1–1000 字）', INVALID_LIMIT: '每页条数不正确',
  // appropriations and payments
  OVERSPEND_BLOCKED: '超出该指标可用余额，支付被拦截', VOUCHER_ALREADY_USED: '该凭证号本年度已在本单位使用', DISBURSEMENT_ALREADY_RECORDED: '该支付已记录',
  DISBURSEMENT_ALREADY_REVERSED: '该支付已冲销', DISBURSEMENT_NOT_FOUND: '找不到该支付', REVERSAL_EXCEEDS_DISBURSEMENT: '冲销金额超过原支付金额',
  REVERSAL_BEFORE_DISBURSEMENT: '冲销日期早于支付日期', DECREASE_EXCEEDS_AVAILABLE: '调减金额超过可用余额', TRANSFER_EXCEEDS_AVAILABLE: '调剂金额超过调出指标可用余额',
  TRANSFER_TO_SAME_LINE: '调出和调入不能是同一指标', TRANSFER_ACROSS_FISCAL_YEARS: '不能跨预算年度调剂', LINE_NOT_FOUND: '找不到该预算指标',
  LINE_ALREADY_EXISTS: '该预算指标已存在', LINE_AMBIGUOUS: '对应多个预算指标，请写明指标编号', LINE_ATTRIBUTES_DIFFER: '与已有预算指标的属性不一致',
  LINE_MISMATCH: '与预算指标不一致', INVALID_BENEFICIARIES: '须为整数', NOT_A_REVOLVING_FUND: '该指标不是周转金指标',
  // spending plans (用款计划)
  AMOUNT_NEGATIVE: '不能为负数', PLAN_TOTAL_MISMATCH: '1–12 月合计须等于当前预算数', PLAN_MONTHS_COUNT: '须填写 1–12 月共 12 个月',
  PLAN_REVISION_BEFORE_LATEST: '不能早于现行用款计划的生效日期', LINE_HAS_NO_APPROPRIATION: '该指标已无预算数，无需编制用款计划', PLAN_EXCEEDED: '超出该指标本月累计用款计划，支付被拒绝',
  INVALID_IS_ARRAY: '须填写 1–12 月共 12 个月', INVALID_ARRAY_MIN_SIZE: '须填写 1–12 月共 12 个月', INVALID_ARRAY_MAX_SIZE: '须填写 1–12 月共 12 个月',
  NO_INITIAL_BUDGET: '尚无年初预算', INITIAL_BUDGET_EXISTS: '该年度年初预算已导入', PROJECT_NOT_FOUND: '找不到该项目', BUDGET_NOT_FOUND: '找不到该预算',
  BUDGET_DOCUMENT_INVALID: '预算文件内容有误', CONTROL_TOTAL_MISMATCH: '与控制数不一致', INVALID_DEPARTMENT: '部门编码不正确', UNKNOWN_UNIT: '不是本部门的预算单位',
  // wage arrears and the revolving fund
  CASE_NOT_FOUND: '找不到该欠薪案件', CASE_ALREADY_REPORTED: '该案件已登记', CASE_ALREADY_RESOLVED: '该案件已处置', RESOLVED_BEFORE_REPORTED: '处置日期早于登记日期',
  ADVANCE_BEFORE_REPORT: '垫付日期早于案件登记日期', ADVANCE_EXCEEDS_FUND_BALANCE: '垫付金额超过周转金可用余额', RECOVERY_EXCEEDS_OUTSTANDING: '追偿金额超过未收回的垫付',
  NO_OUTSTANDING_ADVANCE: '该案件没有未收回的垫付', INVALID_WORKERS: '须为正整数', INVALID_RESOLUTION: '处置方式不正确',
  // indicators
  INDICATOR_NOT_FOUND: '找不到该绩效指标', INDICATOR_IS_DERIVED: '该指标由系统按业务数据自动计算，无需填报', INDICATOR_ALREADY_DEFINED: '该指标已存在',
  INDICATOR_WEIGHTS: '指标权重合计不正确', INVALID_INDICATOR_VALUE: '请填写数值', INVALID_GRADE: '请选择等级', QUALITATIVE_HAS_NO_TARGET: '定性指标没有数值目标',
  TARGET_REQUIRED: '请填写目标值', DEPARTMENT_INDICATORS_NOT_FOUND: '找不到部门整体绩效指标', DEPARTMENT_SCOPE_REQUIRED: '部门整体的指标和预警只有全部门范围的用户可以查看或操作',
  // year-end close (年终结账) and 决算
  FISCAL_YEAR_CLOSED: '该预算年度已结账，不能再记录；如需补记请由管理员反结账', FISCAL_YEAR_ALREADY_CLOSED: '该年度已结账，如需重新结账请先反结账',
  FISCAL_YEAR_CLOSING: '该年度正在结账，请稍候', FISCAL_YEAR_NOT_ENDED: '该年度尚未结束；如确需提前结账，请勾选“提前结账”',
  FISCAL_YEAR_NOT_STARTED: '该年度尚未开始，不能结账', FISCAL_YEAR_NOT_CLOSED: '该年度尚未结账', FISCAL_YEAR_NOT_LOCKED: '该年度未处于结账中',
  FISCAL_YEAR_NOT_FOUND: '该年度没有预算', BASIC_LINE_CANNOT_CARRY: '基本支出结余不能结转下年', UNKNOWN_LINE: '不是该年度的预算指标',
  UNKNOWN_PROJECT: '该年度没有这个项目', UNKNOWN_PROJECT_KIND: '该年度没有这类项目', INVALID_FATE: '请选择结转或结余',
  CARRY_TARGET_TAKEN: '下年度已有同编号的预算指标', CARRIED_ADVANCES_CHANGED: '周转金结转的垫付与上次结账不一致', CARRY_ALREADY_SPENT: '下年度已使用的上年结转资金多于本次结转',
  LINE_NOT_COMPARABLE: '该预算指标编号不能跨年对比',
  // imports and exports
  IMPORT_ROWS_INVALID: '有错误行，未导入任何记录', MISSING_COLUMNS: '缺少必需的列', FILE_EMPTY: '文件为空', FILE_REQUIRED: '请选择文件', ENCODING_INVALID: '文件编码无法识别（请用 UTF-8 或 GBK）',
  XLS_NOT_SUPPORTED: '不支持旧版 .xls，请另存为 .xlsx 或 CSV', UNSUPPORTED_MEDIA_TYPE: '文件类型不支持', MULTIPART_INVALID: '上传内容不完整', DUPLICATE_VOUCHER_IN_FILE: '文件中凭证号重复',
  IMPORT_NOT_FOUND: '找不到该导入任务', IMPORT_NOT_FINISHED: '预览尚未完成', IMPORT_NOT_A_PREVIEW: '只能确认预览过的导入', IMPORT_ALREADY_COMMITTED: '该文件已导入',
  IMPORT_FILE_EXPIRED: '预览已过期，请重新上传', IMPORT_CONFLICT: '预览后数据已变化，请重新预览', PAYLOAD_TOO_LARGE: '内容过大',
  DISBURSEMENT_IMPORT_PENDING: '该笔支付属于正在导入的批量文件，请待导入完成后再试', IMPORT_ABANDONED: '导入未能完成，已放弃，未记录任何支付',
  // alerts and subscriptions
  ALERT_NOT_FOUND: '找不到该预警', ALERT_ALREADY_ACKNOWLEDGED: '该预警已确认', ALERT_NOT_OPEN: '该预警已解除', SUBSCRIPTION_NOT_FOUND: '尚未订阅',
  ROLE_CANNOT_SUBSCRIBE: '该角色不能订阅预警邮件', INVALID_EMAIL: '请填写有效的电子邮箱，如 zhang@example.gov.cn', INVALID_SEVERITY: '级别不正确',
  INVALID_UNITS: '请选择预算单位', DEAD_LETTER_NOT_FOUND: '找不到该邮件', NOT_A_DEAD_LETTER: '该邮件未投递失败', OUTBOX_FILE_NOT_FOUND: '找不到该邮件文件',
  INVALID_ALERT_SETTINGS: '预警设置不正确', INVALID_SETTING: '设置不正确', INVALID_LEVEL: '级次不正确',
  INVALID_DELIVERY: '请选择汇总或逐条', CONFLICTING_DELIVERY: '发送方式前后不一致，请重新选择',
  // silences (静默) and bulk acknowledgement
  SILENCE_ENDS_IN_PAST: '结束日期不能早于今天', SILENCE_TOO_LONG: '静默最长 90 天（含今天）', SILENCE_MATCHES_NOTHING: '请勾选要静默的预警，或选择单位',
  RULE_NEEDS_UNIT: '按预警类型静默时须同时选择单位', TOO_MANY_SUBJECTS: '一次最多静默 500 条预警', INVALID_SUBJECT: '不是有效的预警', INVALID_RULE: '预警类型不正确',
  INVALID_REASON: '请写明理由（2–500 字）', SILENCE_NOT_FOUND: '找不到该静默', SILENCE_EXISTS: '该静默已按其他内容设置过，请刷新后重试',
  SILENCE_ALREADY_LIFTED: '该静默已解除', SILENCE_EXPIRED: '该静默已到期，无需解除', SILENCE_OUT_OF_SCOPE: '按所列预警设置的静默，只能由设置人或全部门范围的负责人解除',
  // accounts and access
  INVALID_CREDENTIALS: '用户名或密码错误', TOO_MANY_LOGIN_ATTEMPTS: '登录失败次数过多，请稍后再试', TOO_MANY_PASSWORD_ATTEMPTS: '原密码错误次数过多，请稍后再试', UNAUTHENTICATED: '登录已过期，请重新登录',
  ROLE_NOT_PERMITTED: '当前角色无权执行此操作', ROUTE_NOT_AUTHORIZED: '无权执行此操作', UNIT_OUT_OF_SCOPE: '超出您可操作的预算单位范围',
  USERNAME_TAKEN: '该用户名已被使用', INVALID_USERNAME: '须为 2–40 位字母、数字、汉字、点、横线或下划线', INVALID_DISPLAY_NAME: '姓名不超过 60 个字',
  INVALID_ROLE: '角色不正确', ACCOUNTANT_NEEDS_UNITS: '单位会计须指定预算单位', UNITS_REQUIRED: '请至少选择一个预算单位', INVALID_UNIT_CODE: '预算单位编码不正确',
  SCOPE_NOT_APPLICABLE: '管理员和审计人员的范围是全部门', CANNOT_CHANGE_OWN_ROLE: '不能修改自己的角色，请由其他管理员操作', CANNOT_DEACTIVATE_SELF: '不能停用自己的账号',
  LAST_ADMIN: '系统至少需要一名启用的管理员', USER_NOT_FOUND: '找不到该用户', USER_ALREADY_DEACTIVATED: '该账号已停用', USER_ALREADY_ACTIVE: '该账号已启用',
  WRONG_CURRENT_PASSWORD: '当前密码不正确', PASSWORD_TOO_SHORT: '至少 10 个字符', PASSWORD_TOO_LONG: '不超过 200 个字符', PASSWORD_TOO_SIMPLE: '至少包含 4 个不同的字符',
  PASSWORD_CONTAINS_USERNAME: '不能包含用户名', PASSWORD_UNCHANGED: '新密码不能与当前密码相同',
  // 三公经费 and 政府采购
  SANGONG_CAP_EXCEEDED: '超出三公经费预算上限', SANGONG_CAP_BELOW_USED: '不能低于该类别已使用的金额', SANGONG_CATEGORY_UNKNOWN: '请选择 因公出国（境）费用、公务用车购置、公务用车运行维护费 或 公务接待费',
  SANGONG_CATEGORY_MISMATCH: '与经济科目对应的三公类别不一致', SANGONG_BUDGET_EXISTS: '本年度三公经费预算已导入，请改用调整预算上限',
  PROCUREMENT_BUDGET_EXCEEDED: '超出政府采购预算', PROCUREMENT_ITEM_AMBIGUOUS: '该指标有多个采购品目，请选择采购品目', PROCUREMENT_CATEGORY_UNKNOWN: '请选择 货物、工程 或 服务',
  PROCUREMENT_BUDGET_EXISTS: '本年度政府采购预算已导入',
  // concurrency and the platform
  CONCURRENT_MODIFICATION: '数据已被他人修改，请刷新后重试', REVISION_MISMATCH: '数据已被他人修改，请刷新后重试', WRONG_EXPECTED_REVISION: '数据已被他人修改，请刷新后重试',
  INVALID_IF_MATCH: '版本号不正确', IDEMPOTENCY_KEY_IN_PROGRESS: '同一操作正在处理中，请稍候', IDEMPOTENCY_KEY_REUSED: '该操作编号已用于其他内容', IDEMPOTENCY_KEY_TOO_LONG: '操作编号过长',
  DOCUMENT_NO_ALREADY_USED: '该文号已用于同一指标的另一笔金额或日期，请核对文号', COMMAND_ALREADY_RECORDED: '该操作已按其他金额或日期记录',
  READ_MODEL_BEHIND: '数据更新中，请稍候重试', SHUTTING_DOWN: '系统正在重启，请稍候重试', STORE_CLOSED: '系统正在重启，请稍候重试', METRICS_TOKEN_REQUIRED: '需要监控令牌',
  DUPLICATE_EVENT_ID: '该记录已存在', CORRUPT_EVENT_ID_INDEX: '系统数据异常，请联系管理员', POSITION_MISSING: '系统数据异常，请联系管理员', POSITION_OUT_OF_RANGE: '位置超出范围',
  UNSUPPORTED_POSITION: '位置不正确', MALFORMED_JSON: '请求格式不正确', MALFORMED_BODY: '请求内容无法读取', JSON_TOO_DEEP: '请求格式不正确（嵌套过深）',
  UNSUPPORTED_CHARSET: '请求编码不支持，请使用 UTF-8', UNSUPPORTED_CONTENT_ENCODING: '请求压缩格式不支持', NOT_FOUND: '找不到该记录', INTERNAL_ERROR: '系统出错，已记录，请稍后重试',
  VALIDATION_FAILED: '格式不正确',
};

/** A problem without a known code: what its status means. */
const BY_STATUS: Readonly<Record<number, string>> = {
  400: '请求格式不正确', 401: '登录已过期，请重新登录', 403: '无权执行此操作', 404: '找不到该记录', 409: '与已有记录冲突', 412: '数据已被他人修改，请刷新后重试',
  413: '内容过大', 422: '填写的内容不符合要求', 429: '操作过于频繁，请稍后再试', 503: '系统繁忙，请稍后重试',
};

export interface ProblemLike {
  readonly status?: number; readonly code?: string; readonly field?: string; readonly errors?: readonly { field?: string; code?: string }[];
  /** the figures a refusal names (a 三公 cap's cap / used / remaining …) */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A limit's refusal with its figures: which cap, how much is used and what remains. */
function limitText(code: string | undefined, d: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!d) return undefined;
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  if (code === 'SANGONG_CAP_EXCEEDED' && s('cap') !== null) {
    return `超出三公经费「${s('name') ?? ''}」预算上限 ${yuan(s('cap'))} 元（已用 ${yuan(s('used'))} 元，尚余 ${yuan(s('remaining'))} 元）`;
  }
  if (code === 'PROCUREMENT_BUDGET_EXCEEDED') {
    return s('name') ? `超出政府采购预算「${s('name')}」（预算 ${yuan(s('budget'))} 元，已用 ${yuan(s('used'))} 元，尚余 ${yuan(s('remaining'))} 元）` : '该预算指标没有政府采购预算';
  }
  if (code === 'SANGONG_CAP_BELOW_USED' && s('used') !== null) return `不能低于该类别已使用的 ${yuan(s('used'))} 元`;
  return undefined;
}

/** The field's Chinese name (`units.0` → 预算单位, `months.3` → 4月), or undefined. */
export function fieldName(field: string | undefined): string | undefined {
  if (!field) return undefined;
  const month = /^months\.(\d{1,2})$/.exec(field);
  if (month && Number(month[1]) < 12) return `${Number(month[1]) + 1}月`;
  return FIELD_NAMES[field] ?? FIELD_NAMES[field.split(/[.[]/)[0]];
}

/** One Chinese sentence for a problem: 「金额：最多两位小数」, never a code or English. */
export function problemText(p: ProblemLike): string {
  const status = p.status ?? 0;
  const field = p.field ?? p.errors?.[0]?.field;
  const name = fieldName(field);
  let text = limitText(p.code, p.details) ?? (p.code ? PROBLEM_TEXT[p.code] : undefined);
  if (p.code === 'VALIDATION_FAILED') {
    const inner = p.errors?.[0]?.code;
    text = inner === 'UNKNOWN_FIELD' ? '不是可填写的内容' : (inner && PROBLEM_TEXT[inner]) || (inner?.startsWith('INVALID_IS_EMAIL') ? PROBLEM_TEXT.INVALID_EMAIL : '格式不正确');
  }
  text ??= BY_STATUS[status] ?? (status >= 500 ? '系统暂时无法处理，请稍后重试' : '操作未能完成');
  return name && !text.startsWith(name) ? `${name}：${text}` : text;
}
