import { ref } from 'vue';

/** Chinese is the UI language; English is a toggle. Keys are the Chinese text itself: a missing translation shows Chinese. */
export const lang = ref<'zh' | 'en'>(localStorage.getItem('lang') === 'en' ? 'en' : 'zh');

export function setLang(value: 'zh' | 'en'): void {
  lang.value = value;
  localStorage.setItem('lang', value);
  document.documentElement.lang = value === 'zh' ? 'zh-CN' : 'en';
}

const EN: Record<string, string> = {
  预算执行监控: 'Budget execution', 部门总览: 'Overview', 功能分类: 'Functional classes', 绩效指标: 'Indicators', 项目评分: 'Scorecards',
  周转金与欠薪: 'Revolving fund', 预警: 'Alerts', 录入支付: 'Disbursements', 指标填报: 'Indicator progress', 欠薪案件: 'Wage arrears',
  批量导入: 'Import', 导出报表: 'Exports', 退出登录: 'Log out', 登录: 'Log in', 用户名: 'User name', 密码: 'Password', 截至日期: 'As of',
  预算数: 'Appropriated', 已支付: 'Disbursed', 余额: 'Balance', 执行率: 'Execution rate', 序时进度: 'Time progress', 差距: 'Lag', 状态: 'Light',
  名称: 'Name', 编码: 'Code', 红灯: 'Red', 黄灯: 'Yellow', 绿灯: 'Green', 未评价: 'n/a', 未处理预警: 'Open alerts', 预算指标: 'Lines',
  月度执行曲线: 'Monthly execution curve', 万元: '10k yuan', 元: 'yuan', 金额: 'Amount', 日期: 'Date', 凭证号: 'Voucher no.', 提交: 'Submit',
  实时: 'live', 已断开: 'offline', 全部: 'All', 当前: 'Open', 历史: 'Past', 确认: 'Acknowledge', 说明: 'Note', 已确认: 'Acknowledged',
  单位: 'Unit', 项目: 'Project', 基本支出: 'Basic expenditure', 目标值: 'Target', 期望进度: 'Expected by now', 实际值: 'Actual',
  完成率: 'Completion', 偏差原因: 'Deviation reason', 得分: 'Score', 等次: 'Grade', 冲销: 'Reverse', 预览: 'Preview', 确认导入: 'Commit',
};

export function t(zh: string): string {
  return lang.value === 'en' ? EN[zh] ?? zh : zh;
}

const CODES: Record<string, string> = {
  OVERSPEND_BLOCKED: '超出指标可用余额，支付被拦截', VOUCHER_ALREADY_USED: '该凭证号本年度已在本单位使用', DISBURSEMENT_ALREADY_RECORDED: '该支付已记录',
  AMOUNT_NOT_POSITIVE: '金额必须大于零', AMOUNT_TOO_MANY_DECIMALS: '金额最多两位小数', AMOUNT_NOT_A_DECIMAL_STRING: '金额格式不正确', AMOUNT_TOO_LARGE: '金额过大',
  DATE_IN_FUTURE: '日期不能晚于今天', DATE_OUTSIDE_FISCAL_YEAR: '日期不在该指标的预算年度内', INVALID_DATE: '日期格式不正确', REQUIRED: '必填',
  LINE_NOT_FOUND: '找不到该预算指标', UNIT_OUT_OF_SCOPE: '无权操作该预算单位', ROLE_NOT_PERMITTED: '当前角色无此权限', DISBURSEMENT_ALREADY_REVERSED: '该支付已冲销',
  REVERSAL_EXCEEDS_DISBURSEMENT: '冲销金额超过原支付金额', REVERSAL_BEFORE_DISBURSEMENT: '冲销日期早于支付日期', DISBURSEMENT_NOT_FOUND: '找不到该支付',
  ALERT_ALREADY_ACKNOWLEDGED: '该预警已确认', ALERT_NOT_OPEN: '该预警已关闭', INVALID_CREDENTIALS: '用户名或密码错误', LOGIN_LOCKED: '登录失败次数过多，请稍后再试',
  RECOVERY_EXCEEDS_OUTSTANDING: '追偿金额超过未收回垫付', NO_OUTSTANDING_ADVANCE: '该案件没有未收回的垫付', NOT_A_REVOLVING_FUND: '该指标不是周转金',
  IMPORT_ROWS_INVALID: '有错误行，未导入任何记录', MISSING_COLUMNS: '缺少必需的列', FILE_EMPTY: '文件为空', READ_MODEL_BEHIND: '数据更新中，请稍候重试',
};

/** A problem's Chinese message: a known code in Chinese (plus the API's detail), else the detail itself. */
export function problemText(code: string | undefined, detail: string | undefined): string {
  const zh = code ? CODES[code] : undefined;
  if (lang.value === 'en') return detail ?? code ?? 'error';
  return zh ? `${zh}（${code}）` : detail ?? code ?? '请求失败';
}
