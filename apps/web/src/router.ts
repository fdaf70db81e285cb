import { createRouter, createWebHistory, RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import { whenUnauthenticated } from './api';
import { asOf, asOfFromLink, asOfOfLink, can, loadSession, session } from './state';

type Need = 'write' | 'subscribe' | 'manageUsers';

/**
 * History routing: every view has a path of its own (the links of alert e-mails open it, also after a reload;
 * the server answers index.html for them). `fiscalYear` / `asOf` in a link set the header's 截至日期.
 */
const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: '登录' } },
  { path: '/password', component: () => import('./views/PasswordView.vue'), meta: { title: '修改密码', passwordChange: true } },
  { path: '/', component: () => import('./views/OverviewView.vue'), meta: { title: '部门总览' } },
  { path: '/units/:unit', component: () => import('./views/UnitView.vue'), meta: { title: '单位执行', nav: '/' } },
  { path: '/units/:unit/basic', component: () => import('./views/ProjectView.vue'), meta: { title: '基本支出', nav: '/' } },
  { path: '/projects/:project', component: () => import('./views/ProjectView.vue'), meta: { title: '项目执行', nav: '/' } },
  { path: '/lines/:lineId', component: () => import('./views/LineView.vue'), meta: { title: '预算指标', nav: '/' } },
  { path: '/functional', component: () => import('./views/FunctionalView.vue'), meta: { title: '功能分类' } },
  { path: '/indicators', component: () => import('./views/IndicatorsView.vue'), meta: { title: '绩效指标' } },
  { path: '/indicators/:fiscalYear(\\d{4})/:indicatorId', component: () => import('./views/IndicatorView.vue'), meta: { title: '绩效指标', nav: '/indicators' } },
  { path: '/scorecards', component: () => import('./views/ScorecardsView.vue'), meta: { title: '项目评分' } },
  { path: '/compare', component: () => import('./views/CompareView.vue'), meta: { title: '同期对比' } },
  { path: '/final-accounts', component: () => import('./views/FinalAccountsView.vue'), meta: { title: '决算' } },
  { path: '/fund', component: () => import('./views/FundView.vue'), meta: { title: '周转金与欠薪' } },
  { path: '/sangong', component: () => import('./views/SanGongView.vue'), meta: { title: '三公经费与政府采购' } },
  { path: '/alerts', component: () => import('./views/AlertsView.vue'), meta: { title: '预警' } },
  { path: '/alerts/:alertId', component: () => import('./views/AlertView.vue'), meta: { title: '预警详情', nav: '/alerts' } },
  { path: '/disbursements', component: () => import('./views/DisburseView.vue'), meta: { title: '录入支付', need: 'write' } },
  { path: '/progress', component: () => import('./views/ProgressView.vue'), meta: { title: '指标填报', need: 'write' } },
  { path: '/wage-arrears', component: () => import('./views/WageArrearsView.vue'), meta: { title: '欠薪案件', need: 'write' } },
  { path: '/import', component: () => import('./views/ImportView.vue'), meta: { title: '批量导入', need: 'write' } },
  { path: '/exports', component: () => import('./views/ExportsView.vue'), meta: { title: '导出报表' } },
  { path: '/subscriptions/me', component: () => import('./views/MySubscriptionView.vue'), meta: { title: '我的预警订阅', need: 'subscribe' } },
  { path: '/subscriptions', component: () => import('./views/SubscriptionsView.vue'), meta: { title: '预警订阅管理', need: 'manageUsers' } },
  { path: '/users', component: () => import('./views/UsersView.vue'), meta: { title: '用户管理', need: 'manageUsers' } },
  { path: '/:rest(.*)', component: () => import('./views/NotFoundView.vue'), meta: { title: '页面不存在' } },
];

export const router = createRouter({ history: createWebHistory(), routes, scrollBehavior: () => ({ top: 0 }) });

/** The old drill-down of the overview (`/?unit=…&project=…`) as the paths it now has. */
function legacyDrill(query: Record<string, unknown>): RouteLocationRaw | null {
  const { unit, project, ...rest } = query;
  if (typeof project === 'string' && project === 'basic' && typeof unit === 'string') return { path: `/units/${unit}/basic`, query: rest as never };
  if (typeof project === 'string') return { path: `/projects/${project}`, query: rest as never };
  if (typeof unit === 'string') return { path: `/units/${unit}`, query: rest as never };
  return null;
}

router.beforeEach(async (to) => {
  if (!session.checked) await loadSession();
  if (to.meta.public) return true;
  if (!session.user) return { path: '/login', query: { next: to.fullPath } };
  // a password set by someone else is changed before anything else
  if (session.user.passwordChangeRequired && !to.meta.passwordChange) return { path: '/password', query: { next: to.fullPath } };
  const need = to.meta.need as Need | undefined;
  if (need && !can[need]()) return '/';
  if (to.path === '/') {
    const drill = legacyDrill(to.query);
    if (drill) return drill;
  }
  const linked = asOfOfLink(to.query);
  if (linked) {
    asOfFromLink.value = true;
    asOf.value = linked;
  }
  return true;
});

router.afterEach((to) => {
  document.title = `${typeof to.meta.title === 'string' ? `${to.meta.title} · ` : ''}预算执行监控`;
});

whenUnauthenticated(() => {
  session.user = null;
  const current = router.currentRoute.value;
  if (current.path !== '/login') void router.push({ path: '/login', query: { next: current.fullPath } });
});
