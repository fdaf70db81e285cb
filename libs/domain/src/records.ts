import { DomainEvent } from './shared/decider';
import { AccountEvent } from './accounts/events';
import { AlertEvent } from './alerts/events';
import { AlertSilenceEvent } from './alerts/silences';
import { AppropriationEvent } from './appropriation/events';
import { BudgetEvent } from './budget/events';
import { FiscalYearEvent } from './fiscal-year/events';
import { IndicatorEvent } from './indicator/events';
import { AlertSubscriptionEvent } from './subscriptions/events';
import { WageArrearsEvent } from './wage-arrears/events';
import { SanGongEvent } from './sangong/events';
import { ProcurementEvent } from './procurement/events';

/**
 * Facts the product records beside its aggregates' decisions: who was told of an alert, that an evaluation run
 * is complete, which file brought a batch of payments, that a demo year was simulated.
 */

/** 已通知: the e-mail about an alert notice was accepted by the SMTP server (or written to the outbox). Stream `alert-notifications-{alertId}`. */
export type AlertNotificationSent = DomainEvent<'AlertNotificationSent.v1', {
  readonly notificationId: string;
  readonly alertId: string;
  readonly kind: 'raised' | 'escalated' | 'reminder' | 'resolved';
  readonly username: string;
  readonly email: string;
  readonly digest: boolean;
  readonly jobId: string;
  readonly messageId: string;
  readonly transport: 'smtp' | 'outbox';
}>;

/** 评估完成: an evaluation run has recorded all it will; its notices can now go out, grouped. Stream `alert-evaluations`. */
export type AlertEvaluationCompleted = DomainEvent<'AlertEvaluationCompleted.v1', {
  readonly runId: string; readonly fiscalYear: number; readonly asOf: string; readonly units: readonly string[] | null;
  readonly recorded: Readonly<Record<string, number>>;
}>;

/** The file a disbursement import reads. */
export interface ImportedFile { readonly fileName: string | null; readonly format: 'csv' | 'xlsx'; readonly bytes: number; readonly sha256: string }

/**
 * 批量导入开始 (ADR 0022): a checked file is being recorded in chunks. Until `DisbursementsImported` (or
 * `DisbursementImportAbandoned`) its payments only reserve their lines' balances and nothing of it is shown.
 * Stream `disbursement-import-{importId}`, first event.
 */
export type DisbursementImportStarted = DomainEvent<'DisbursementImportStarted.v1', ImportedFile & {
  readonly importId: string;
  /** rows the file adds (already-recorded rows not counted) */
  readonly rows: number;
  readonly chunkRows: number;
  readonly amount: string;
  /** the lines the rows are on: where the import is applied or withdrawn at the end */
  readonly lines: readonly string[];
}>;

/** One chunk of a pending import was staged, atomically with its payments: `rowsThrough` rows of the file are done. */
export type DisbursementImportChunkStaged = DomainEvent<'DisbursementImportChunkStaged.v1', {
  readonly importId: string; readonly chunk: number; readonly rows: number; readonly rowsThrough: number; readonly staged: number;
}>;

/** 批量导入放弃: a pending import was given up (a row refused at its chunk, a crash not resumed): nothing of it is shown. */
export type DisbursementImportAbandoned = DomainEvent<'DisbursementImportAbandoned.v1', {
  readonly importId: string; readonly code: string; readonly reason: string; readonly staged: number;
}>;

/**
 * 批量导入支付: the audit trail of a committed spreadsheet. For a chunked import (ADR 0022) it is the final event,
 * written with each line's `DisbursementImportApplied`: from it on, the staged payments count everywhere.
 * Stream `disbursement-import-{importId}`.
 */
export type DisbursementsImported = DomainEvent<'DisbursementsImported.v1', {
  readonly importId: string;
  readonly fileName: string | null;
  readonly format: 'csv' | 'xlsx';
  readonly bytes: number;
  readonly sha256: string;
  readonly rows: { readonly total: number; readonly recorded: number; readonly alreadyRecorded: number };
  readonly lines: readonly { readonly lineId: string; readonly rows: number; readonly amount: string }[];
  readonly amount: string;
}>;

/** 演示数据（模拟）: the demo year's execution is simulated; recorded last. Stream `demo-{fiscalYear}`. */
export type DemoYearSimulated = DomainEvent<'DemoYearSimulated.v1', {
  readonly fiscalYear: number;
  readonly seed: number;
  /** steps of the plan dispatched as commands */
  readonly commands: number;
  /** events the simulation recorded (all labelled `demo: true`), the marker not counted */
  readonly events: number;
}>;

/** Every fact the product records: what an event read back from the store can be, its data typed by its type. */
export type RecordedEvent =
  | AppropriationEvent | BudgetEvent | IndicatorEvent | WageArrearsEvent | AccountEvent | AlertSubscriptionEvent
  | AlertEvent | AlertSilenceEvent | AlertNotificationSent | AlertEvaluationCompleted | DisbursementsImported | DemoYearSimulated
  | DisbursementImportStarted | DisbursementImportChunkStaged | DisbursementImportAbandoned
  | FiscalYearEvent | SanGongEvent | ProcurementEvent;

export type RecordedEventType = RecordedEvent['type'];
