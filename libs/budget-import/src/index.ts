export * from './schema';
export * from './issues';
export * from './totals';
export * from './validate';
export * from './plan';
export * from './schema-extras';
export { validateExtras } from './extras';
