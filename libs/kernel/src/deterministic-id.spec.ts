import { v5 as uuidv5 } from 'uuid';
import { deterministicId, disbursementEventIds, disbursementIdOf } from './deterministic-id';

/** The ids stored events already carry were made by the uuid package: the fast derivation must give the same. */
const NAMESPACE = '6f1c8a52-3f0e-4c7e-9a51-0c2f5b8d4e21';

describe('ids from natural keys', () => {
  it('are the UUID v5 of the key under the product namespace, for any text (凭证号 in Chinese too)', () => {
    for (const key of ['disbursement/426001/2023/记-2023-06-0001', 'resolution/abc', '', '凭证 号/特殊 字符']) {
      expect(deterministicId(key)).toBe(uuidv5(key, NAMESPACE));
    }
  });

  it('a payment keeps its id whether recorded alone or imported; the events recorded with it derive from it', () => {
    const id = disbursementIdOf('426006', 2022, 'X');
    expect(id).toBe(uuidv5('disbursement/426006/2022/X', NAMESPACE));
    expect(disbursementEventIds(id, 2)).toEqual([id, uuidv5(`${id}/1`, NAMESPACE)]);
  });
});
