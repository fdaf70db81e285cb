import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { DomainError } from '@app/domain';

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verifying against it costs what a real check costs, so unknown names are not faster. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

/** Long rather than clever (NIST 800-63B): at least 10 characters, not the username, not one repeated character. */
export function checkPasswordPolicy(password: unknown, username: string, field = 'password'): string {
  if (typeof password !== 'string' || password.length < 10) throw DomainError.invalid('PASSWORD_TOO_SHORT', field, 'the password needs at least 10 characters');
  if (password.length > 200) throw DomainError.invalid('PASSWORD_TOO_LONG', field, 'the password is longer than 200 characters');
  if (password.toLowerCase().includes(username.trim().toLowerCase())) throw DomainError.invalid('PASSWORD_CONTAINS_USERNAME', field, 'the password must not contain the username');
  if (new Set(password).size < 4) throw DomainError.invalid('PASSWORD_TOO_SIMPLE', field, 'the password needs at least 4 different characters');
  return password;
}

/** A password to hand over once (first admin, admin reset): 20 characters from an unambiguous alphabet. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(20);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}
