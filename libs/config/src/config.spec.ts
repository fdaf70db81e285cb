import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('given nothing, uses the embedded defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', DEMO_DATA: true, REDIS_AUTOSTART: true, LOG_FORMAT: 'text' });
    expect(config.DATA_DIR).toBe(resolve('./data'));
    expect(config.EVENT_STORE_FILE).toBe(resolve('./data/events.sqlite'));
    expect(config).toMatchObject({ TIME_PROGRESS_BASIS: 'month', MONITORING_SETTINGS: {}, READ_MODEL_SCHEMA: 'budget_read' });
    expect(config.READ_MODEL_URL).toBeUndefined();
  });

  it('given valid values, takes them', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/x', DEMO_DATA: 'false', REDIS_URL: 'redis://cache:6380/2' });
    expect(config).toMatchObject({ PORT: 8080, DATA_DIR: '/tmp/x', DEMO_DATA: false, REDIS_URL: 'redis://cache:6380/2' });
  });

  it('given bad values, names every offending variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'localhost:6379', DEMO_DATA: 'yes', READ_MODEL_URL: 'mysql://x', TIME_PROGRESS_BASIS: 'week', MONITORING_SETTINGS: '{oops' });
    } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(problems.sort()).toEqual(['DEMO_DATA', 'MONITORING_SETTINGS', 'PORT', 'READ_MODEL_URL', 'REDIS_URL', 'TIME_PROGRESS_BASIS']);
  });
});
