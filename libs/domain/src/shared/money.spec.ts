import { DomainError } from './domain-error';
import { Money, formatWanYuan, formatYuan, parseAmount, sum, toWanYuanString, toYuanString, wanYuanToYuan } from './money';

function failureOf(value: unknown, field?: string): DomainError {
  try {
    parseAmount(value, field);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error(`expected ${JSON.stringify(value)} to be refused`);
}

/** Deterministic pseudo-random numbers (mulberry32), so the stream is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const centsToYuan = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;

describe('parseAmount (元 as a decimal string)', () => {
  it.each([
    ['0.01', '0.01'],
    ['1234.5', '1234.50'],
    ['1234.56', '1234.56'],
    ['5000000', '5000000.00'],
    [' 67.00 ', '67.00'],
    ['1000000000000', '1000000000000.00'],
  ])('accepts %j as %s 元', (text, expected) => {
    expect(toYuanString(parseAmount(text))).toBe(expected);
  });

  it.each([
    ['-5', 'AMOUNT_NOT_POSITIVE'],
    ['-0.01', 'AMOUNT_NOT_POSITIVE'],
    ['0', 'AMOUNT_NOT_POSITIVE'],
    ['0.00', 'AMOUNT_NOT_POSITIVE'],
    ['1.234', 'AMOUNT_TOO_MANY_DECIMALS'],
    ['0.001', 'AMOUNT_TOO_MANY_DECIMALS'],
    ['abc', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['1e5', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    [' ', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['1,000', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['+5', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['.5', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['5.', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['１００', 'AMOUNT_NOT_A_DECIMAL_STRING'],
    ['1000000000000.01', 'AMOUNT_TOO_LARGE'],
    ['9999999999999999', 'AMOUNT_TOO_LARGE'],
    ['123456789012345678901234567890', 'AMOUNT_TOO_LARGE'],
  ])('refuses %j with %s', (text, code) => {
    const error = failureOf(text);
    expect(error.code).toBe(code);
    expect(error.kind).toBe('invalid');
  });

  it.each([[12.5], [0.01], [null], [undefined], [{}]])('refuses a non-string %p: money never travels as a JS number', (value) => {
    expect(failureOf(value).code).toBe('AMOUNT_NOT_A_DECIMAL_STRING');
  });

  it('names the offending field, "amount" by default', () => {
    expect(failureOf('abc').field).toBe('amount');
    expect(failureOf('-1', 'amountOwed').field).toBe('amountOwed');
    expect(failureOf('1.234', 'amountSettled').field).toBe('amountSettled');
  });
});

describe('exact sums of many amounts', () => {
  const N = 1_000_000;

  it('1,000,000 disbursements of 0.01 total exactly 10000.00', () => {
    const cent = parseAmount('0.01');
    const total = sum((function* () { for (let i = 0; i < N; i++) yield cent; })());
    expect(toYuanString(total)).toBe('10000.00');
    expect(total.eq(10000)).toBe(true);
  });

  it('the same sum in JS numbers is not exact: this is why money is never a number', () => {
    let naive = 0;
    for (let i = 0; i < N; i++) naive += 0.01;
    expect(naive).not.toBe(10000);
  });

  it('a mixed stream of 1,000,000 amounts with 0 to 2 decimals totals exactly what integer cents give', () => {
    // a pool of distinct amounts, each parsed once; the stream draws from it pseudo-randomly
    const random = mulberry32(20230426);
    const pool = Array.from({ length: 5000 }, () => {
      const yuan = Math.floor(random() * 200_000);
      const decimals = Math.floor(random() * 3);
      const fraction = decimals === 0 ? '' : `.${String(Math.floor(random() * 10 ** decimals)).padStart(decimals, '0')}`;
      const text = `${yuan + 1}${fraction}`;
      const [whole, frac = ''] = text.split('.');
      return { text, cents: BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0')), money: parseAmount(text), number: Number(text) };
    });

    let exactCents = 0n;
    let total: Money = new Money(0);
    let naive = 0;
    for (let i = 0; i < N; i++) {
      const amount = pool[Math.floor(random() * pool.length)];
      exactCents += amount.cents;
      total = total.plus(amount.money);
      naive += amount.number;
    }

    expect(toYuanString(total)).toBe(centsToYuan(exactCents));
    expect(new Money(naive).eq(total)).toBe(false);
  });
});

describe('formatting and units', () => {
  it('toYuanString always writes two decimals', () => {
    expect(toYuanString(new Money('1234.5'))).toBe('1234.50');
    expect(toYuanString(new Money('5000000'))).toBe('5000000.00');
    expect(toYuanString(new Money('0'))).toBe('0.00');
    expect(toYuanString(new Money('-12.3'))).toBe('-12.30');
  });

  it('toYuanString never switches to exponent notation, however large or small', () => {
    expect(toYuanString(new Money('123456789012345678901234.56'))).toBe('123456789012345678901234.56');
    expect(toYuanString(new Money('0.0000001'))).toBe('0.00');
  });

  it('toWanYuanString prints 万元 with two decimals, rounding half up', () => {
    expect(toWanYuanString(new Money('92097300.00'))).toBe('9209.73');
    expect(toWanYuanString(new Money('5000000'))).toBe('500.00');
    expect(toWanYuanString(new Money('12345'))).toBe('1.23');
    expect(toWanYuanString(new Money('12350'))).toBe('1.24');
    expect(toWanYuanString(new Money('0.01'))).toBe('0.00');
  });

  it('wanYuanToYuan converts budget-document amounts to 元 exactly', () => {
    expect(toYuanString(wanYuanToYuan(new Money('9209.73')))).toBe('92097300.00');
    expect(toYuanString(wanYuanToYuan(new Money('0.01')))).toBe('100.00');
    expect(toYuanString(wanYuanToYuan(new Money('6713.58')))).toBe('67135800.00');
  });

  it('万元 totals of the published budget add up exactly once in 元', () => {
    const parts = ['2496.15', '6713.58'].map((w) => wanYuanToYuan(new Money(w)));
    expect(toWanYuanString(sum(parts))).toBe('9209.73');
  });
});

describe('amounts as people read them', () => {
  it('groups thousands and keeps two decimals and the sign', () => {
    expect(formatYuan(new Money('92097300'))).toBe('92,097,300.00');
    expect(formatYuan(new Money('-1234.5'))).toBe('-1,234.50');
    expect(formatYuan(new Money('999.999'))).toBe('1,000.00');
    expect(formatWanYuan(new Money('92097300'))).toBe('9,209.73');
  });
});
