export * from './execution-curve';
export * from './indicator-history';
export * from './sangong';
