import { DomainError } from '../shared/domain-error';
import { Money } from '../shared/money';

/** 三公经费: the four categories capped in 表四, by the ids the API and the budget document use. */
export type SanGongCategory = 'abroad' | 'vehicle_purchase' | 'vehicle_operation' | 'reception';

export const SANGONG_CATEGORIES: readonly SanGongCategory[] = ['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception'];

/** The categories as 表四 prints them. */
export const SANGONG_NAMES: Readonly<Record<SanGongCategory, string>> = {
  abroad: '因公出国（境）费用', vehicle_purchase: '公务用车购置', vehicle_operation: '公务用车运行维护费', reception: '公务接待费',
};

/** 经济分类 款 codes that are 三公 by themselves (a payment with another code is 三公 only when tagged). */
export const SANGONG_ECONOMIC: Readonly<Record<string, SanGongCategory>> = {
  30211: 'abroad', 30217: 'reception', 30231: 'vehicle_operation', 31013: 'vehicle_purchase',
};

export const isSanGongCategory = (value: unknown): value is SanGongCategory =>
  typeof value === 'string' && (SANGONG_CATEGORIES as readonly string[]).includes(value);

export function requireSanGongCategory(value: unknown, field: string): SanGongCategory {
  if (!isSanGongCategory(value)) {
    throw DomainError.invalid('SANGONG_CATEGORY_UNKNOWN', field, `${field} must be one of ${SANGONG_CATEGORIES.join(', ')}`);
  }
  return value;
}

/**
 * The 三公 category of a payment: its economic code (the payment's own, else its line's) when that code is a 三公
 * code, else the tag the accountant gave (`sanGongCategory`), else none. A tag that contradicts the code is refused.
 */
export function sanGongCategoryOf(payment: { readonly economic?: string | null; readonly sanGongCategory?: string | null },
  line: { readonly economic: string | null }): SanGongCategory | null {
  const economic = payment.economic ?? line.economic;
  const byCode = economic ? SANGONG_ECONOMIC[economic] ?? null : null;
  const tag = payment.sanGongCategory ?? null;
  if (tag === null) return byCode;
  const tagged = requireSanGongCategory(tag, 'sanGongCategory');
  if (byCode !== null && byCode !== tagged) {
    throw DomainError.invalid('SANGONG_CATEGORY_MISMATCH', 'sanGongCategory',
      `economic code ${economic} is ${SANGONG_NAMES[byCode]} (${byCode}), not ${tagged}`, { economic, category: byCode });
  }
  return tagged;
}

/** A cap or other figure that may be zero (因公出国 0 万元): a decimal string in 元, at most 2 decimals, not negative. */
export function parseNonNegativeAmount(value: unknown, field: string): Money {
  if (typeof value !== 'string') {
    throw DomainError.invalid('AMOUNT_NOT_A_DECIMAL_STRING', field, `${field} must be a decimal string in 元 such as "120000.00"`);
  }
  const text = value.trim();
  if (/^-\s*\d/.test(text)) throw DomainError.invalid('AMOUNT_NEGATIVE', field, `${field} must not be negative`);
  if (/^\d+\.\d{3,}$/.test(text)) throw DomainError.invalid('AMOUNT_TOO_MANY_DECIMALS', field, `${field} has more than 2 decimals (分 is the smallest unit)`);
  if (!/^\d{1,13}(\.\d{1,2})?$/.test(text)) {
    throw DomainError.invalid('AMOUNT_NOT_A_DECIMAL_STRING', field, `${field} must be a decimal string in 元 such as "120000.00"`);
  }
  return new Money(text);
}
