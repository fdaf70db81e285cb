export * from './rule-names';
export * from './settings';
export * from './links';
export * from './format';
export * from './rules/index';
export * from './figures';
