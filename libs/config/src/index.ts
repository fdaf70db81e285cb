export * from './config';
export { isKnownDefault, withoutCredentials } from './secrets';
