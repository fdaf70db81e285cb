import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

/** a flat object of strings, numbers, booleans and nulls */
const FIELDS: ApiPropertyOptions = { type: 'object', additionalProperties: { nullable: true, oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] } };

/** One stored event as the raw log shows it (secrets redacted). */
export class LoggedEvent {
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ example: 'line-426006-2023-P09' }) streamId!: string;
  @ApiProperty({ example: 3 }) revision!: number;
  @ApiProperty({ example: '2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21' }) id!: string;
  @ApiProperty({ example: 'DisbursementRecorded.v1' }) type!: string;
  @ApiProperty({ example: '2023-06-15T03:20:00.000Z' }) storedAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { actor: 'kuaiji426006', unit: '426006', effectiveDate: '2023-06-15' } }) metadata!: Record<string, unknown>;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { disbursementId: '5d1c2a7e-6a0b-4c52-9f0e-1b2f3c4d5e6f', amount: '12000.00' } }) data!: unknown;
}

/** GET /events */
export class EventLogPage {
  @ApiProperty({ type: [LoggedEvent], example: [{ position: 1042, streamId: 'line-426006-2023-P09', revision: 3, type: 'DisbursementRecorded.v1' }] }) events!: readonly LoggedEvent[];
  @ApiProperty({ type: Number, nullable: true, example: 1042, description: 'pass as `after` for the next page; null at the end' }) next!: number | null;
  @ApiProperty({ example: 20518, description: 'the store\'s head position' }) head!: number;
}

export class AuditSubjectAnswer {
  @ApiProperty({ enum: ['line', 'disbursement', 'indicator', 'wage-arrears-case'] }) kind!: string;
  @ApiProperty({ example: '426006-2023-P09' }) id!: string;
  @ApiProperty({ example: 'line-426006-2023-P09' }) streamId!: string;
  @ApiProperty({ type: String, nullable: true, example: '426006' }) unit!: string | null;
}

/** One event of a subject's history with the state after it. */
export class AuditEntryAnswer {
  @ApiProperty({ example: 1042 }) position!: number;
  @ApiProperty({ example: 3 }) revision!: number;
  @ApiProperty({ example: '2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21' }) eventId!: string;
  @ApiProperty({ example: 'DisbursementRecorded.v1' }) type!: string;
  @ApiProperty({ example: '支付' }) label!: string;
  @ApiProperty({ type: String, nullable: true, example: 'kuaiji426006' }) actor!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '张会计', description: '显示名' }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-06-15T03:20:00.000Z' }) recordedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-06-15' }) recordedDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-06-15' }) effectiveDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d' }) correlationId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) causationId!: string | null;
  @ApiProperty({ ...FIELDS, example: { amount: '12000.00', voucherNo: '记-2023-0615' }, description: 'what changed: amounts as 元 strings, ids, voucher numbers, reasons' }) change!: Readonly<Record<string, string | number | boolean | null>>;
  @ApiProperty({ example: '支付 12,000.00 元，凭证号 记-2023-0615' }) summary!: string;
  @ApiProperty({ ...FIELDS, example: { appropriated: '500000.00', disbursed: '132000.00', available: '338000.00' } }) stateAfter!: Readonly<Record<string, string | number | boolean | null>>;
}

/** GET /audit/…: a page of a subject's history (JSON; format=csv or xlsx answers a file instead). */
export class AuditTrailPage {
  @ApiProperty({ type: AuditSubjectAnswer, example: { kind: 'line', id: '426006-2023-P09', streamId: 'line-426006-2023-P09', unit: '426006' } }) subject!: AuditSubjectAnswer;
  @ApiProperty({ example: 100 }) limit!: number;
  @ApiProperty({ type: [AuditEntryAnswer], example: [{ position: 1042, revision: 3, type: 'DisbursementRecorded.v1', label: '支付', summary: '支付 12,000.00 元，凭证号 记-2023-0615' }] }) entries!: readonly AuditEntryAnswer[];
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'pass as afterRevision for the next page; null at the end' }) next!: number | null;
}
