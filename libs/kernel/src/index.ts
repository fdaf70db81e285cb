export * from './command-context';
export * from './principal';
export * from './access-errors';
export * from './scope';
export * from './deterministic-id';
export * from './envelope';
export * from './aggregate-store';
export * from './log-context';
