import { Map as ImmutableMap, isOrderedMap } from 'immutable';
import { Money } from '@app/domain';

/**
 * Folded states as snapshot text (ADR 0020), exactly: JSON, with tagged objects for what JSON cannot say —
 * money (decimal.js, written in full, never as a binary float), bigint (分 in the plan figures), persistent and
 * native maps and sets. A plain object whose only key starts with `$` is wrapped so that it is never read as a tag.
 * A state holding anything else (a class instance, a function, a Date, undefined in an array, NaN) cannot be
 * snapshotted: encoding refuses it rather than writing something that would decode differently.
 */
export class UnsnapshottableStateError extends Error {
  constructor(readonly path: string, what: string) {
    super(`cannot snapshot ${what} at ${path || 'the root'}`);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function encodeValue(v: unknown, path: string): Json {
  switch (typeof v) {
    case 'string': case 'boolean': return v;
    case 'number':
      if (!Number.isFinite(v)) throw new UnsnapshottableStateError(path, String(v));
      return v;
    case 'bigint': return { $bigint: v.toString() };
    case 'object': {
      if (v === null) return null;
      if (Money.isDecimal(v)) {
        // toFixed() without digits: every digit, no exponent; a negative zero keeps its sign
        const d = v as Money;
        return { $money: d.isZero() && d.isNegative() ? '-0' : d.toFixed() };
      }
      if (Array.isArray(v)) {
        return v.map((x, i) => {
          if (x === undefined) throw new UnsnapshottableStateError(`${path}[${i}]`, 'undefined');
          return encodeValue(x, `${path}[${i}]`);
        });
      }
      if (ImmutableMap.isMap(v)) {
        if (isOrderedMap(v)) throw new UnsnapshottableStateError(path, 'an OrderedMap');
        return { $imap: [...(v as ImmutableMap<unknown, unknown>).entries()].map(([k, x], i) => [encodeValue(k, `${path}{${i}}`), encodeValue(x, `${path}.${String(k)}`)]) };
      }
      if (v instanceof Map) return { $map: [...v.entries()].map(([k, x], i) => [encodeValue(k, `${path}{${i}}`), encodeValue(x, `${path}.${String(k)}`)]) };
      if (v instanceof Set) return { $set: [...v].map((x, i) => encodeValue(x, `${path}{${i}}`)) };
      if (!isPlainObject(v)) throw new UnsnapshottableStateError(path, `a ${(v as object).constructor?.name ?? 'class'} instance`);
      const out: { [key: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined) continue; // an absent optional property, as JSON has it
        out[k] = encodeValue(x, path ? `${path}.${k}` : k);
      }
      const keys = Object.keys(out);
      return keys.length === 1 && keys[0].startsWith('$') ? { $object: out } : out;
    }
    default: throw new UnsnapshottableStateError(path, typeof v);
  }
}

function decodeValue(v: Json): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decodeValue);
  const keys = Object.keys(v);
  if (keys.length === 1 && keys[0].startsWith('$')) {
    const x = v[keys[0]];
    switch (keys[0]) {
      case '$money': return new Money(x as string);
      case '$bigint': return BigInt(x as string);
      case '$imap': return ImmutableMap((x as [Json, Json][]).map(([k, y]) => [decodeValue(k), decodeValue(y)]));
      case '$map': return new Map((x as [Json, Json][]).map(([k, y]) => [decodeValue(k), decodeValue(y)]));
      case '$set': return new Set((x as Json[]).map(decodeValue));
      case '$object': return decodePlain(x as { [key: string]: Json });
      default: throw new RangeError(`unknown snapshot tag ${keys[0]}`);
    }
  }
  return decodePlain(v);
}

function decodePlain(v: { [key: string]: Json }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = decodeValue(x);
  return out;
}

export const encodeState = (state: unknown): string => JSON.stringify(encodeValue(state, ''));
export const decodeState = <S>(text: string): S => decodeValue(JSON.parse(text) as Json) as S;
