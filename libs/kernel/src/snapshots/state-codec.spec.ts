import fc from 'fast-check';
import { Map as ImmutableMap, OrderedMap } from 'immutable';
import { Money, toYuanString } from '@app/domain';
import { UnsnapshottableStateError, decodeState, encodeState } from './state-codec';

const roundTrip = <T>(value: T): T => decodeState<T>(encodeState(value));

describe('the snapshot state codec (ADR 0020)', () => {
  describe('given money (decimal.js)', () => {
    it('any amount comes back exactly: same digits, same sign, same class, equal in every comparison', () => {
      const digits = fc.stringMatching(/^-?(0|[1-9]\d{0,27})(\.\d{1,12})?$/);
      fc.assert(fc.property(digits, (text) => {
        const amount = new Money(text);
        const back = roundTrip({ amount }).amount;
        expect(back).toBeInstanceOf(Money);
        expect(back.eq(amount)).toBe(true);
        expect(back.toFixed()).toBe(amount.toFixed());
        expect(back).toEqual(amount);
      }), { numRuns: 500 });
    });

    it('sums of cents stay exact through a snapshot (no binary float anywhere)', () => {
      let total = new Money(0);
      for (let i = 0; i < 10_000; i++) total = roundTrip({ total: total.plus('0.01') }).total;
      expect(toYuanString(total)).toBe('100.00');
    });

    it('1e12 元 with cents, a negative balance and a negative zero keep their text', () => {
      expect(encodeState({ a: new Money('999999999999.99'), b: new Money('-200.10'), c: new Money('-0') }))
        .toBe('{"a":{"$money":"999999999999.99"},"b":{"$money":"-200.1"},"c":{"$money":"-0"}}');
      expect(roundTrip(new Money('-0')).isNegative()).toBe(true);
    });
  });

  describe('given the other values a folded state holds', () => {
    it('bigint 分, persistent and native maps and sets, nested objects and arrays come back equal', () => {
      const state = {
        status: 'open', count: 3, flag: false, nothing: null, months: [0n, -12n, 123456789012345678901234567890n],
        byCase: ImmutableMap([['case-A', new Money('54000.00')], ['case-B', new Money('86000')]]),
        native: new Map([['k', { x: 1 }]]), set: new Set(['a', 'b']), nested: { list: [{ deep: 'ok' }] },
      };
      const back = roundTrip(state);
      expect(back).toEqual(state);
      expect(ImmutableMap.isMap(back.byCase)).toBe(true);
      expect(back.byCase.get('case-A')!.eq('54000')).toBe(true);
      expect(back.months[2]).toBe(123456789012345678901234567890n);
    });

    it('an object whose only key looks like a tag is data, not a tag', () => {
      expect(roundTrip({ x: { $money: 'not money' }, y: { $imap: 1 } })).toEqual({ x: { $money: 'not money' }, y: { $imap: 1 } });
    });

    it('an absent optional property stays absent', () => {
      expect(roundTrip({ a: 1, b: undefined })).toEqual({ a: 1 });
      expect(Object.keys(roundTrip({ a: 1, b: undefined }))).toEqual(['a']);
    });
  });

  describe('given something that would not decode to the same value', () => {
    it.each([
      ['a Date', { at: new Date(0) }, 'at'],
      ['a class instance', { x: new (class Thing {})() }, 'x'],
      ['NaN', { n: Number.NaN }, 'n'],
      ['undefined in an array', { list: [1, undefined] }, 'list[1]'],
      ['a function', { f: () => 1 }, 'f'],
      ['an OrderedMap', { m: OrderedMap([['a', 1]]) }, 'm'],
    ])('refuses %s, naming where it is', (_, state, path) => {
      let caught: unknown;
      try { encodeState(state); } catch (e) { caught = e; }
      expect(caught).toBeInstanceOf(UnsnapshottableStateError);
      expect((caught as UnsnapshottableStateError).path).toBe(path);
    });
  });
});
