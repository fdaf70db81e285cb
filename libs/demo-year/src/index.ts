export * from './steps';
export * from './plan';
export * from './ledger';
export * from './labels';
