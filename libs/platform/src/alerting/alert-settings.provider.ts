import { AppConfig, ConfigError } from '@app/config';
import { DomainError } from '@app/domain';
import { AlertSettings, alertSettings } from '@app/alerting';

export const ALERT_SETTINGS = Symbol('ALERT_SETTINGS');

/** ALERT_SETTINGS validated at start: a bad value stops the start like any other configuration error. */
export function alertSettingsFrom(config: AppConfig): AlertSettings {
  try {
    return alertSettings(config.ALERT_SETTINGS);
  } catch (e) {
    if (e instanceof DomainError) throw new ConfigError([e.message]);
    throw e;
  }
}
