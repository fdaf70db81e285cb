import { deterministicId } from '@app/kernel';
import { disbursementId, uuidV5 } from './disbursement-id';

describe('disbursement ids of an import', () => {
  it('given a unit, year and voucher, when derived, then the id is the one a single recording derives', () => {
    for (const voucher of ['记-2023-03-0001', 'V1', '凭证 12/3', 'ü😀']) {
      expect(disbursementId('426001', 2023, voucher)).toBe(deterministicId(`disbursement/426001/2023/${voucher}`));
    }
  });

  it('given an id, when the events after it are derived, then they match the single recording\'s ids', () => {
    const id = disbursementId('426006', 2022, 'X');
    expect(uuidV5(`${id}/1`)).toBe(deterministicId(`${id}/1`));
  });
});
