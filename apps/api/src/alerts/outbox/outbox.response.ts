import { ApiProperty } from '@nestjs/swagger';

/** One e-mail the product wrote to the outbox instead of sending it. */
export class OutboxEntryAnswer {
  @ApiProperty({ example: '20230701T003000Z-mail-3f2e1d0c.eml' }) file!: string;
  @ApiProperty({ example: '王负责 <wang@example.gov.cn>' }) to!: string;
  @ApiProperty({ example: '【预警】3 条新预警' }) subject!: string;
  @ApiProperty({ example: 'Sat, 01 Jul 2023 08:30:00 +0800' }) date!: string;
  @ApiProperty({ example: 48213, description: 'bytes' }) size!: number;
  @ApiProperty({ example: 'fuze426006', description: 'the subscriber it was for' }) recipient!: string;
}

/** GET /outbox */
export class OutboxPage {
  @ApiProperty({ type: [OutboxEntryAnswer], example: [{ file: '20230701T003000Z-mail-3f2e1d0c.eml', to: 'wang@example.gov.cn', subject: '【预警】3 条新预警', date: 'Sat, 01 Jul 2023 08:30:00 +0800', size: 48213, recipient: 'fuze426006' }] }) items!: readonly OutboxEntryAnswer[];
  @ApiProperty({ example: 12 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
}

export class MailRecipient {
  @ApiProperty({ example: 'fuze426006' }) username!: string;
  @ApiProperty({ example: 'wang@example.gov.cn' }) email!: string;
}

/** An e-mail that failed every attempt. */
export class DeadLetterAnswer {
  @ApiProperty({ example: 'mail-3f2e1d0c9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d' }) jobId!: string;
  @ApiProperty({ type: MailRecipient, example: { username: 'fuze426006', email: 'wang@example.gov.cn' } }) recipient!: MailRecipient;
  @ApiProperty({ example: '【预警】3 条新预警' }) subject!: string;
  @ApiProperty({ type: [String], example: ['n-execution_lag.unit-2023-426006.1-raised'] }) notificationIds!: readonly string[];
  @ApiProperty({ example: true, description: 'more than one notice in it' }) digest!: boolean;
  @ApiProperty({ example: 8 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, example: 'connect ECONNREFUSED 10.0.0.5:587' }) lastError!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-07-01T02:14:00.000Z' }) failedAt!: string | null;
}

/** GET /notifications/dead-letters */
export class DeadLetterPage {
  @ApiProperty({ type: [DeadLetterAnswer], example: [{ jobId: 'mail-3f2e1d0c9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d', subject: '【预警】3 条新预警', attempts: 8 }] }) items!: readonly DeadLetterAnswer[];
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
}

/** POST /notifications/dead-letters/{jobId}/retry */
export class DeadLetterRetried {
  @ApiProperty({ example: 'mail-3f2e1d0c9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d' }) jobId!: string;
  @ApiProperty({ enum: ['waiting'] }) state!: string;
}
