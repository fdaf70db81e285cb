export * from './settings';
export * from './execution';
export * from './indicator-light';
export * from './score';
