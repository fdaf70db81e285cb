export * from './events';
export * from './commands';
export * from './settings';
export * from './effective-plan';
export * from './state';
export * from './decide';
