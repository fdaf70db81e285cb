import { z } from 'zod';
import { agencyOperatingSchema, procurementSchema, sanGongSchema } from './schema-extras';

/** Shape of a `budget-import/v1` document (docs/budget-import-format.md). Business rules are in validate.ts. */
const decimal = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, 'must be a decimal string with at most 2 decimals, e.g. "1234.56"');
const measure = z.string().regex(/^\d{1,15}(\.\d{1,4})?$/, 'must be a non-negative decimal string, e.g. "95.5"');
const text = (max: number) => z.string().trim().min(1, 'is required').max(max);
const notes = z.array(z.string().max(2000)).max(50).default([]);

const codeName = z.object({ code: z.string(), name: text(200) });
const unit = z.object({ code: z.string().regex(/^\d{6}$/, 'must be a 6-digit unit code'), name: text(200), shortName: z.string().max(50).nullish() });

const project = z.object({
  code: z.string().regex(/^[A-Za-z0-9]{1,16}$/, 'must be 1–16 letters or digits'),
  seq: z.number().int().positive().nullish(),
  unit: z.string(),
  name: text(300),
  category: text(50),
  subCategory: z.string().max(50).nullish(),
  total: decimal,
  notes,
});

const line = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be 1–64 letters, digits or hyphens'),
  unit: z.string(),
  type: z.enum(['project', 'basic']),
  project: z.string().nullish(),
  basicKind: z.enum(['personnel', 'operating']).nullish(),
  functional: z.string().regex(/^\d{7}$/, 'must be a 7-digit functional (项) code'),
  economic: z.string().regex(/^\d{5}$/, 'must be a 5-digit economic (款) code').nullish(),
  fundingSource: text(50).default('一般公共预算拨款'),
  amount: decimal,
  overspendPolicy: z.enum(['block', 'warn']).default('block'),
  revolvingFund: z.boolean().default(false),
  inferred: z.array(z.string().max(50)).max(20).default([]),
  notes,
});

const indicator = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'must be 1–32 letters, digits or hyphens'),
  scope: z.enum(['project', 'department']),
  project: z.string().nullish(),
  level1: text(50),
  level2: text(50),
  name: text(200),
  comparator: z.enum(['＝', '≥', '≤', '定性']),
  target: measure.nullable(),
  targetText: z.string().max(200),
  unit: z.string().max(20).nullish(),
  weight: measure,
  kind: z.enum(['cumulative', 'level', 'qualitative']),
  metric: z.enum(['wage_arrears_disposal_rate', 'subsidy_beneficiaries', 'basic_expenditure_execution']).nullish(),
  subsidyCategory: z.string().max(50).nullish(),
  notes,
});

const totals = z.record(z.string(), decimal);

export const budgetDocumentSchema = z.object({
  format: z.literal('budget-import/v1'),
  kind: z.enum(['initial', 'supplementary']),
  fiscalYear: z.number().int().min(2000).max(2100),
  /** business date of a supplementary budget; an initial budget takes effect on 1 January */
  effectiveDate: z.string().nullish(),
  amountUnit: z.enum(['万元', '元']),
  department: z.object({ code: z.string().regex(/^\d{3}$/, 'must be a 3-digit department code'), name: text(200), shortName: z.string().max(50).nullish() }),
  source: z.object({ title: text(300), reference: z.string().max(500).nullish() }),
  units: z.array(unit).min(1),
  functionalClassifications: z.array(codeName),
  economicClassifications: z.array(codeName),
  projects: z.array(project).default([]),
  lines: z.array(line).min(1),
  indicators: z.array(indicator).default([]),
  controlTotals: z.object({
    total: decimal.optional(), basic: decimal.optional(), project: decimal.optional(),
    byFunctional: totals.optional(), basicByFunctional: totals.optional(), projectByFunctional: totals.optional(),
    basicByEconomic: totals.optional(), byProject: totals.optional(), byUnit: totals.optional(),
  }).default({}),
  quirks: z.array(z.object({ where: text(200), issue: text(2000), decision: text(2000) })).default([]),
  // 表四 and 表九, optional (no default: a document without them keeps its content hash)
  sanGong: sanGongSchema.nullish(),
  agencyOperatingExpenses: agencyOperatingSchema.nullish(),
  procurement: procurementSchema.nullish(),
});

export type BudgetDocument = z.infer<typeof budgetDocumentSchema>;
export type BudgetDocumentLine = BudgetDocument['lines'][number];
export type BudgetDocumentIndicator = BudgetDocument['indicators'][number];
