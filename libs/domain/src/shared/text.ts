import { DomainError } from './domain-error';

/** A required free-text field (reason, voucher number…): trimmed, non-empty. */
export function requireText(value: unknown, field: string, maxLength = 500): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw DomainError.invalid('REQUIRED', field, `${field} is required`);
  }
  const text = value.trim();
  if (text.length > maxLength) throw DomainError.invalid('TOO_LONG', field, `${field} is longer than ${maxLength} characters`);
  return text;
}
