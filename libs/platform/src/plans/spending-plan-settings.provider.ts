import { APP_CONFIG, AppConfig, ConfigError } from '@app/config';
import { DomainError, SpendingPlanSettings, spendingPlanSettings } from '@app/domain';

/** 用款计划设置: SPENDING_PLAN_SETTINGS over the defaults (docs/spending-plans.md). */
export const SPENDING_PLANS = Symbol('SPENDING_PLANS');

/** Validated at start: a bad value stops the start naming the path, like any other configuration error. */
export function spendingPlanSettingsFrom(config: AppConfig): SpendingPlanSettings {
  try {
    return spendingPlanSettings(config.SPENDING_PLAN_SETTINGS);
  } catch (e) {
    if (e instanceof DomainError) throw new ConfigError([`SPENDING_PLAN_SETTINGS: ${e.message}`]);
    throw e;
  }
}

export const spendingPlanSettingsProvider = { provide: SPENDING_PLANS, inject: [APP_CONFIG], useFactory: spendingPlanSettingsFrom };
