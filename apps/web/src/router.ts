import { createRouter, createWebHashHistory, RouteRecordRaw } from 'vue-router';
import { whenUnauthenticated } from './api';
import { can, loadSession, session } from './state';

/** Hash routing: the server only ever serves index.html and /assets; deep links survive any proxy. */
const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  { path: '/', component: () => import('./views/OverviewView.vue'), meta: { title: '部门总览' } },
  { path: '/functional', component: () => import('./views/FunctionalView.vue'), meta: { title: '功能分类' } },
  { path: '/indicators', component: () => import('./views/IndicatorsView.vue'), meta: { title: '绩效指标' } },
  { path: '/scorecards', component: () => import('./views/ScorecardsView.vue'), meta: { title: '项目评分' } },
  { path: '/fund', component: () => import('./views/FundView.vue'), meta: { title: '周转金与欠薪' } },
  { path: '/alerts', component: () => import('./views/AlertsView.vue'), meta: { title: '预警' } },
  { path: '/disbursements', component: () => import('./views/DisburseView.vue'), meta: { title: '录入支付', write: true } },
  { path: '/progress', component: () => import('./views/ProgressView.vue'), meta: { title: '指标填报', write: true } },
  { path: '/wage-arrears', component: () => import('./views/WageArrearsView.vue'), meta: { title: '欠薪案件', write: true } },
  { path: '/import', component: () => import('./views/ImportView.vue'), meta: { title: '批量导入', write: true } },
  { path: '/exports', component: () => import('./views/ExportsView.vue'), meta: { title: '导出报表' } },
  { path: '/:rest(.*)', redirect: '/' },
];

export const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach(async (to) => {
  if (!session.checked) await loadSession();
  if (to.meta.public) return true;
  if (!session.user) return { path: '/login', query: { next: to.fullPath } };
  if (to.meta.write && !can.write()) return '/';
  return true;
});

whenUnauthenticated(() => {
  session.user = null;
  if (router.currentRoute.value.path !== '/login') void router.push({ path: '/login', query: { next: router.currentRoute.value.fullPath } });
});
