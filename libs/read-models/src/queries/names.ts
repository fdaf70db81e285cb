import type { ReadModelKysely } from '../database';

/** What execution totals can be grouped by. */
export type GroupBy = 'department' | 'unit' | 'project' | 'line' | 'functional' | 'economic' | 'source' | 'type';

const TYPE_NAMES: Record<string, string> = { basic: '基本支出', project: '项目支出' };

/** Display names of group keys, from the reference tables (imported budget documents). */
export async function groupNames(db: ReadModelKysely, groupBy: GroupBy, fiscalYear: number, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const pairs = (rows: { code: string; name: string }[]) => new Map(rows.map((r) => [r.code, r.name]));
  switch (groupBy) {
    case 'department':
      return pairs(await db.selectFrom('ref_departments').select(['code', 'name']).where('code', 'in', keys).execute());
    case 'unit':
      return pairs(await db.selectFrom('ref_units').select(['code', 'name']).where('code', 'in', keys).execute());
    case 'project': {
      const names = pairs(await db.selectFrom('ref_projects').select(['code', 'name']).where('fiscal_year', '=', fiscalYear).where('code', 'in', keys).execute());
      // a project only 上年结转 brought into the year (not in its budget) is named by its lines
      const unnamed = keys.filter((k) => k !== 'basic' && !names.has(k));
      if (unnamed.length > 0) {
        const carried = await db.selectFrom('lines').select(['project', 'project_name']).where('fiscal_year', '=', fiscalYear).where('project', 'in', unnamed).execute();
        for (const l of carried) if (l.project && l.project_name && !names.has(l.project)) names.set(l.project, l.project_name);
      }
      return names.set('basic', TYPE_NAMES.basic);
    }
    case 'functional':
      return pairs(await db.selectFrom('ref_functional').select(['code', 'name']).where('code', 'in', keys).execute());
    case 'economic': {
      const names = pairs(await db.selectFrom('ref_economic').select(['code', 'name']).where('code', 'in', keys).execute());
      return names.set('', '未列经济分类');
    }
    case 'type':
      return new Map(Object.entries(TYPE_NAMES));
    case 'source':
      return new Map(keys.map((k) => [k, k]));
    case 'line':
      return lineNames(db, keys);
  }
}

/** A project line is named by its project; a basic line by its 项 and 经济分类 names. */
async function lineNames(db: ReadModelKysely, lineIds: readonly string[]): Promise<Map<string, string>> {
  const lines = await db.selectFrom('lines').select(['line_id', 'project_name', 'functional', 'economic']).where('line_id', 'in', lineIds).execute();
  const codes = (pick: (l: (typeof lines)[number]) => string | null) => [...new Set(lines.map(pick).filter((c): c is string => c !== null))];
  const functional = codes((l) => l.functional);
  const economic = codes((l) => l.economic);
  const fNames = new Map((functional.length ? await db.selectFrom('ref_functional').select(['code', 'name']).where('code', 'in', functional).execute() : []).map((r) => [r.code, r.name]));
  const eNames = new Map((economic.length ? await db.selectFrom('ref_economic').select(['code', 'name']).where('code', 'in', economic).execute() : []).map((r) => [r.code, r.name]));
  return new Map(lines.map((l) => {
    if (l.project_name) return [l.line_id, l.project_name];
    const f = fNames.get(l.functional) ?? l.functional;
    return [l.line_id, l.economic ? `${f} · ${eNames.get(l.economic) ?? l.economic}` : f];
  }));
}
