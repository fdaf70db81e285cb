import { APP_CONFIG, AppConfig } from '@app/config';

/** 用款计划设置: SPENDING_PLAN_SETTINGS over the defaults, validated by loadConfig at start (docs/spending-plans.md). */
export const SPENDING_PLANS = Symbol('SPENDING_PLANS');

export const spendingPlanSettingsProvider = { provide: SPENDING_PLANS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => config.SPENDING_PLAN_SETTINGS };
