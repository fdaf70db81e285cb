import { z } from 'zod';

/**
 * The optional parts of a `budget-import/v1` document that come from 表四 and 表九 (docs/budget-import-format.md):
 * 三公经费 caps, 机关运行经费 and 政府采购预算. A document without them imports exactly as before.
 */
const decimal = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, 'must be a decimal string with at most 2 decimals, e.g. "1234.56"');
const notes = z.array(z.string().max(2000)).max(50).default([]);

/** All four 三公 categories, as the API names them; 0 is a cap too (因公出国 0 万元). */
const allCaps = z.object({ abroad: decimal, vehicle_purchase: decimal, vehicle_operation: decimal, reception: decimal }).strict();
/** A unit's caps: only the categories the document gives for it. */
const someCaps = allCaps.partial().strict();

export const sanGongSchema = z.object({
  /** the department's caps (表四 2023 预算数) */
  caps: allCaps,
  /** 合计 as published: checked against the caps */
  total: decimal.optional(),
  units: z.array(z.object({ unit: z.string(), caps: someCaps, notes })).default([]),
  /** 上年预算数 as 表四 prints it, for the 表四 export's comparison columns */
  priorYear: z.object({ fiscalYear: z.number().int().min(2000).max(2100), total: decimal, caps: allCaps }).strict().nullish(),
  notes,
}).strict();

/** 机关运行经费: the figure and the basic operating lines it is made of (those on these 项 codes); checked to the cent. */
export const agencyOperatingSchema = z.object({
  amount: decimal,
  priorYear: decimal.nullish(),
  functional: z.array(z.string().regex(/^\d{7}$/, 'must be a 7-digit functional (项) code')).min(1),
  notes,
}).strict();

/** 表九's funding-source columns, in printed order. */
export const PROCUREMENT_SOURCES = [
  '上年结转结余资金', '一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款', '财政专户管理资金', '事业收入',
  '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入',
] as const;

const procurementCategory = z.enum(['goods', 'works', 'services']);

export const procurementSchema = z.object({
  /** a procurement payment beyond its budget: refused (default) or recorded with a warning */
  overrunPolicy: z.enum(['block', 'warn']).default('block'),
  /** published 合计, by 品目 and by funding source: checked against the items */
  total: decimal.optional(),
  byCategory: z.object({ goods: decimal, works: decimal, services: decimal }).partial().strict().optional(),
  bySource: z.partialRecord(z.enum(PROCUREMENT_SOURCES), decimal).optional(),
  items: z.array(z.object({
    id: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'must be 1–32 letters, digits or hyphens'),
    line: z.string(),
    category: procurementCategory,
    name: z.string().trim().min(1, 'is required').max(200),
    amount: decimal,
    fundingSources: z.partialRecord(z.enum(PROCUREMENT_SOURCES), decimal),
    /** every payment on the line is procurement (a procurement line) */
    wholeLine: z.boolean().default(false),
    inferred: z.array(z.string().max(50)).max(20).default([]),
    notes,
  }).strict()).default([]),
  notes,
}).strict();
