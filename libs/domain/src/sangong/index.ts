export * from './categories';
export * from './events';
export * from './decider';
