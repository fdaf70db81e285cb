import fc from 'fast-check';
import { Kysely, SqliteDialect } from 'kysely';
import Database from 'better-sqlite3';
import { fenToYuan, toFen, yuanToFen } from './fen';
import { TablePrefixPlugin } from './prefix-plugin';

describe('分 ↔ 元 at the edge', () => {
  it('round-trips every integer 分 amount exactly, with two decimals', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), (fen) => {
      const yuan = fenToYuan(fen);
      expect(yuan).toMatch(/^-?\d+\.\d{2}$/);
      expect(yuanToFen(yuan)).toBe(fen);
    }));
  });

  it('reads what the drivers return (number, int8 string, CAST(SUM) text, null) and refuses fractions of a 分', () => {
    expect([toFen(12), toFen('9007199254740993'), toFen(null), toFen('')]).toEqual([12n, 9007199254740993n, 0n, 0n]);
    expect(yuanToFen('7.5')).toBe(750n);
    expect(yuanToFen('1e3')).toBe(100000n); // not the canonical form: decimal.js decides, exactly
    expect(() => yuanToFen('0.001')).toThrow(RangeError);
    expect(() => toFen(2 ** 60)).toThrow(RangeError);
  });
});

describe('TablePrefixPlugin', () => {
  it('prefixes the read-model tables a query names, not aliases', () => {
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) }).withPlugin(new TablePrefixPlugin('rmb_', ['lines', 'movements']));
    const query = db.selectFrom('movements').innerJoin('lines as l', 'l.line_id', 'movements.line_id').select(['movements.date', 'l.unit']).compile();
    expect(query.sql).toBe('select "rmb_movements"."date", "l"."unit" from "rmb_movements" inner join "rmb_lines" as "l" on "l"."line_id" = "rmb_movements"."line_id"');
    void db.destroy();
  });
});
