import { disbursed, established, LINE } from '@app/domain/testing/appropriation-fixtures';
import type { DomainEvent } from '@app/domain';
import type { NewEvent } from '@app/event-store';
import { Projector } from './projector';
import { rebuild } from './rebuild';
import { executionTotals } from './queries/execution';
import { appendAll, DIALECTS, dumpTables, openTestBed, toNewEvent, type TestBed } from './testing/harness';

const IMPORT = 'imp-1';
const importStream = `disbursement-import-${IMPORT}`;

/** One chunk of a pending import: its payments tagged with the import, as the API stages them (ADR 0022). */
const chunk = (from: number, count: number): NewEvent[] => Array.from({ length: count }, (_, i) => {
  const e = disbursed(`d${from + i}`, '1.00', LINE, '2023-03-01');
  const stored = toNewEvent({ ...e, data: { ...e.data, importId: IMPORT } });
  return { ...stored, metadata: { ...stored.metadata, disbursementImport: IMPORT } };
});
const settle = (type: 'DisbursementsImported.v1' | 'DisbursementImportAbandoned.v1'): NewEvent =>
  toNewEvent({ type, effectiveDate: '2023-03-02', data: { importId: IMPORT } } as DomainEvent);

describe.each(DIALECTS)('read models of a disbursement import recorded in chunks (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });
  beforeEach(async () => { await bed.reset(); });

  const lineRow = async () => (await executionTotals(bed.rm.db, { asOf: '2023-12-31', groupBy: 'line', filters: { fiscalYear: 2023 } }))[0];
  const heldRows = async () => (await bed.rm.db.selectFrom('import_held_events').select('position').execute()).length;
  const project = () => new Projector(bed.store, bed.rm, { batchSize: 7 }).catchUp();

  it('given chunks of a pending import, then nothing of it is shown; when its last event comes, then every row is shown at once', async () => {
    await appendAll(bed.store, [established(), disbursed('single', '5.00', LINE, '2023-03-01')]);
    await bed.store.append(`line-${LINE}`, chunk(0, 10), 'any');
    await bed.store.append(`line-${LINE}`, chunk(10, 10), 'any');
    await project();
    expect(await lineRow()).toMatchObject({ disbursed: '5.00', disbursementCount: 1 });
    expect(await heldRows()).toBe(20);

    await bed.store.append(importStream, [settle('DisbursementsImported.v1')], 'any');
    await project();
    expect(await lineRow()).toMatchObject({ disbursed: '25.00', disbursementCount: 21 });
    expect(await heldRows()).toBe(0);
  });

  it('given an abandoned import, then nothing of it is ever shown and nothing is left held', async () => {
    await appendAll(bed.store, [established()]);
    await bed.store.append(`line-${LINE}`, chunk(0, 10), 'any');
    await project();
    await bed.store.append(importStream, [settle('DisbursementImportAbandoned.v1')], 'any');
    await project();
    expect(await lineRow()).toMatchObject({ disbursed: '0.00', disbursementCount: 0 });
    expect(await heldRows()).toBe(0);
  });

  it('a rebuild gives the same rows as following the import live', async () => {
    await appendAll(bed.store, [established()]);
    await bed.store.append(`line-${LINE}`, chunk(0, 12), 'any');
    await project();
    await bed.store.append(importStream, [settle('DisbursementsImported.v1')], 'any');
    await project();
    const live = await dumpTables(bed.rm);
    await rebuild(bed.store, bed.rm, { batchSize: 5 });
    expect(await dumpTables(bed.rm)).toEqual(live);
  });
});
