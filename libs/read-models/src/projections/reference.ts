import { insertRows, upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, Projection, RecordedStoredEvent } from '../projection';

type Row = Record<string, unknown>;
interface ReferenceBatch {
  readonly documents: Row[];
  readonly departments: Map<string, Row>;
  readonly units: Map<string, Row>;
  readonly functional: Map<string, Row>;
  readonly economic: Map<string, Row>;
  readonly projects: Map<string, Row>;
}

/**
 * Reference data from imported budget documents (部门预算 / 追加预算): department, budget units, the names of
 * functional (功能分类) and economic (经济分类) codes, and projects (项目) with their category. Names are
 * upserted: a later document's wording wins, in event order, which a rebuild reproduces.
 */
export const referenceProjection: Projection<ReferenceBatch> = {
  name: 'reference',
  handles: new Set(['BudgetDocumentImported.v1']),
  tables: ['budget_documents', 'ref_departments', 'ref_units', 'ref_functional', 'ref_economic', 'ref_projects'],
  createBatch: () => ({ documents: [], departments: new Map(), units: new Map(), functional: new Map(), economic: new Map(), projects: new Map() }),

  apply(batch: ReferenceBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    if (event.type !== 'BudgetDocumentImported.v1') return;
    const d = event.data;
    batch.documents.push({
      import_id: d.importId, fiscal_year: d.fiscalYear, department: d.department.code, kind: d.kind, title: d.source.title,
      reference: d.source.reference, effective_date: meta.effectiveDate, recorded_at: meta.recordedAt, position: event.position,
      line_count: d.lineIds.length, indicator_count: d.indicatorIds.length, quirks: JSON.stringify(d.quirks ?? []),
    });
    batch.departments.set(d.department.code, { code: d.department.code, name: d.department.name, short_name: d.department.shortName });
    for (const u of d.units) batch.units.set(u.code, { code: u.code, name: u.name, short_name: u.shortName, department: d.department.code });
    for (const c of d.functionalClassifications) batch.functional.set(c.code, { code: c.code, name: c.name });
    for (const c of d.economicClassifications) batch.economic.set(c.code, { code: c.code, name: c.name });
    for (const p of d.projects) {
      batch.projects.set(`${d.fiscalYear}\u0000${p.code}`, {
        fiscal_year: d.fiscalYear, code: p.code, name: p.name, unit: p.unit, category: p.category, sub_category: p.subCategory, total: yuanToFen(p.total),
      });
    }
  },

  async flush(db: ReadModelKysely, batch: ReferenceBatch): Promise<void> {
    await insertRows(db, 'budget_documents', batch.documents);
    await upsertReplace(db, 'ref_departments', ['code'], [...batch.departments.values()]);
    await upsertReplace(db, 'ref_units', ['code'], [...batch.units.values()]);
    await upsertReplace(db, 'ref_functional', ['code'], [...batch.functional.values()]);
    await upsertReplace(db, 'ref_economic', ['code'], [...batch.economic.values()]);
    await upsertReplace(db, 'ref_projects', ['fiscal_year', 'code'], [...batch.projects.values()]);
  },
};
