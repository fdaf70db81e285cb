export * from './events';
export * from './decider';
export * from './settlement';
export * from './carry-forward';
export * from './binding';
