import { DomainEvent } from '../shared/decider';

export const ACCOUNT_ROLES = ['admin', 'accountant', 'manager', 'auditor'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

/** 'all' is the whole department; otherwise budget unit codes (预算单位编码). */
export type UnitScope = 'all' | readonly string[];

/** A user account was opened. The password arrives hashed (argon2id); the clear text never reaches an event. */
export type UserRegistered = DomainEvent<'UserRegistered.v1', {
  readonly username: string;
  readonly displayName: string;
  readonly role: AccountRole;
  readonly units: UnitScope;
  readonly passwordHash: string;
  /**
   * The password was chosen by someone else (an admin, or ADMIN_PASSWORD / a generated one at the first start), so
   * the user must change it at first login. Absent on accounts registered before this was recorded: not required.
   */
  readonly mustChangePassword?: boolean;
}>;

/** Role or unit scope changed (e.g. an accountant takes over another unit). Open sessions end. */
export type UserRoleChanged = DomainEvent<'UserRoleChanged.v1', {
  readonly username: string;
  readonly role: AccountRole;
  readonly units: UnitScope;
}>;

/**
 * A new password was set, by the user (`reset: false`) or by an admin (`reset: true`: the user must change it at
 * their next login, as after registration). Open sessions end.
 */
export type UserPasswordChanged = DomainEvent<'UserPasswordChanged.v1', {
  readonly username: string;
  readonly passwordHash: string;
  readonly reset: boolean;
}>;

/** The account was closed (left the unit); it can no longer log in. History keeps its name. */
export type UserDeactivated = DomainEvent<'UserDeactivated.v1', { readonly username: string; readonly reason: string | null }>;

export type UserReactivated = DomainEvent<'UserReactivated.v1', { readonly username: string }>;

export type AccountEvent = UserRegistered | UserRoleChanged | UserPasswordChanged | UserDeactivated | UserReactivated;

/** All accounts live in one stream: the directory is small, and uniqueness and "one active admin" are its invariants. */
export const ACCOUNTS_STREAM = 'accounts';
