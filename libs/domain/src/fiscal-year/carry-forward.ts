import { AppropriationEvent } from '../appropriation/events';
import { decideLine } from '../appropriation/decide';
import { LineAttributes, LineState } from '../appropriation/state';
import { DomainError } from '../shared/domain-error';
import { money, toYuanString } from '../shared/money';
import { CARRIED_FORWARD_SOURCE, LineSettlement } from './events';

const MAX_LINE_ID = 64;

/** FNV-1a, 32 bits, hex: a short stable name for an id that would be too long. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/**
 * The id of the next year's 上年结转 line for a line: `{unit}-{year}-JZ-{rest}` where the origin is
 * `{unit}-{origin year}-{rest}` (`426006-2023-P09` → `426006-2024-JZ-P09`); other or too long ids get a hash.
 */
export function carriedLineId(origin: Pick<LineAttributes, 'lineId' | 'unit' | 'fiscalYear'>, toYear: number): string {
  const prefix = `${origin.unit}-${origin.fiscalYear}-`;
  const rest = origin.lineId.startsWith(prefix) ? origin.lineId.slice(prefix.length) : shortHash(origin.lineId);
  const id = `${origin.unit}-${toYear}-JZ-${rest}`;
  return id.length <= MAX_LINE_ID ? id : `${origin.unit}-${toYear}-JZ-${shortHash(origin.lineId)}`;
}

/** The next year's line that receives a line's 结转: the same unit, project and classification, funded by 上年结转. */
export function carriedLineAttributes(origin: LineAttributes, settled: LineSettlement): LineAttributes {
  const toYear = origin.fiscalYear + 1;
  return {
    ...origin,
    lineId: carriedLineId(origin, toYear), fiscalYear: toYear, fundingSource: CARRIED_FORWARD_SOURCE, amount: settled.carriedForward,
    importId: `year-end-${origin.fiscalYear}`, inferred: [], carriedFrom: origin.lineId, advancesCarried: settled.advancesCarried,
  };
}

/** The first day of the next year: 上年结转 takes effect then. */
export const carryDate = (fromYear: number) => `${fromYear + 1}-01-01`;

/**
 * The facts of one 结转 on the next year's line: established the first time; after a reopen and a new close, the
 * line is brought to the new amount (追加 / 调减, refused if the next year already spent more than the new
 * carry). The carried advances of the revolving fund cannot change between closes.
 */
export function decideCarry(origin: LineAttributes, settled: LineSettlement, target: LineState, previouslyCarried: string | null, today: string): AppropriationEvent[] {
  const attributes = carriedLineAttributes(origin, settled);
  const effectiveDate = carryDate(origin.fiscalYear);
  // the carry is dated 1 January of the next year even when an early close records it before then
  const context = { today: today > effectiveDate ? today : effectiveDate };
  if (target.status !== 'open') {
    return decideLine({ type: 'EstablishAppropriation', attributes, effectiveDate }, target, context);
  }
  if (target.attributes.carriedFrom !== origin.lineId || previouslyCarried === null) {
    throw DomainError.conflict('CARRY_TARGET_TAKEN', 'lines', `line ${attributes.lineId} exists and does not carry ${origin.lineId}`);
  }
  const before = JSON.stringify(target.attributes.advancesCarried ?? []);
  if (before !== JSON.stringify(settled.advancesCarried)) {
    throw DomainError.conflict('CARRIED_ADVANCES_CHANGED', 'lines', `the advances carried into ${attributes.lineId} differ from this close's; recover or advance on the new year's line instead`);
  }
  const carriedBefore = money(previouslyCarried);
  const now = money(settled.carriedForward);
  const reason = `年终结账 ${origin.fiscalYear} 重新结转 ${origin.lineId}`;
  if (now.gt(carriedBefore)) {
    return decideLine({ type: 'IncreaseAppropriation', amount: toYuanString(now.minus(carriedBefore)), reason, documentNo: null, effectiveDate }, target, context);
  }
  if (now.lt(carriedBefore)) {
    try {
      return decideLine({ type: 'DecreaseAppropriation', amount: toYuanString(carriedBefore.minus(now)), reason, documentNo: null, effectiveDate }, target, context);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'DECREASE_EXCEEDS_AVAILABLE') {
        throw DomainError.conflict('CARRY_ALREADY_SPENT', 'lines', `${attributes.lineId} has already spent more of its 上年结转 than this close carries (${settled.carriedForward} 元)`, { lineId: attributes.lineId });
      }
      throw e;
    }
  }
  return [];
}
