export * from './execution-curve';
export * from './indicator-history';
