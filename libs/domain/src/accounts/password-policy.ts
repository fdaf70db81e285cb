import { DomainError } from '../shared/domain-error';

/**
 * Long rather than clever (NIST 800-63B): at least 10 characters, not the username, not one repeated character.
 * A domain rule because it holds wherever a password is set: at registration, a change, and the first admin
 * from ADMIN_PASSWORD (checked with the configuration, before anything starts).
 */
export function checkPasswordPolicy(password: unknown, username: string, field = 'password'): string {
  if (typeof password !== 'string' || password.length < 10) throw DomainError.invalid('PASSWORD_TOO_SHORT', field, 'the password needs at least 10 characters');
  if (password.length > 200) throw DomainError.invalid('PASSWORD_TOO_LONG', field, 'the password is longer than 200 characters');
  if (password.toLowerCase().includes(username.trim().toLowerCase())) throw DomainError.invalid('PASSWORD_CONTAINS_USERNAME', field, 'the password must not contain the username');
  if (new Set(password).size < 4) throw DomainError.invalid('PASSWORD_TOO_SIMPLE', field, 'the password needs at least 4 different characters');
  return password;
}
