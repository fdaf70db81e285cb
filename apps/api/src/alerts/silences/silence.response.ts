import { ApiProperty } from '@nestjs/swagger';
import { RULE_IDS } from '@app/alerting';
import { PERSON_EXAMPLE, PersonName } from '../../shared/dto';

export class SilencedSubjectAnswer {
  @ApiProperty({ enum: RULE_IDS }) rule!: string;
  @ApiProperty({ example: 'project-2023-P07' }) subjectKey!: string;
  @ApiProperty({ example: '就业补助资金', description: 'what the subject is called (from its alerts)' }) subjectName!: string;
}

/** 静默: listed subjects, or a unit (optionally one rule); `endsAt` is an instant. */
export class SilenceAnswer {
  @ApiProperty({ example: '3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f' }) silenceId!: string;
  @ApiProperty({ enum: ['active', 'pending', 'expired', 'lifted'], description: 'by the clock' }) status!: string;
  @ApiProperty({ type: [SilencedSubjectAnswer], example: [{ rule: 'execution_lag', subjectKey: 'project-2023-P07', subjectName: '就业补助资金' }], description: 'empty for a unit\'s silence' }) subjects!: readonly SilencedSubjectAnswer[];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'a unit\'s silence: its code' }) unit!: string | null;
  @ApiProperty({ enum: RULE_IDS, nullable: true, description: 'a unit\'s silence of one rule only' }) rule!: string | null;
  @ApiProperty({ example: '2023-07-03T02:00:00.000Z' }) startsAt!: string;
  @ApiProperty({ example: '2023-07-31T16:00:00.000Z', description: 'the instant it ends (the end of the last day, Beijing time)' }) endsAt!: string;
  @ApiProperty({ example: '项目调整已报批，8月起恢复支付' }) reason!: string;
  @ApiProperty({ type: PersonName, nullable: true, example: PERSON_EXAMPLE }) createdBy!: PersonName | null;
  @ApiProperty({ type: String, nullable: true, example: null }) liftedAt!: string | null;
  @ApiProperty({ type: PersonName, nullable: true, example: null }) liftedBy!: PersonName | null;
  @ApiProperty({ type: String, nullable: true, example: null }) liftReason!: string | null;
}
const SILENCE_EXAMPLE = {
  silenceId: '3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f', status: 'active', subjects: [], unit: '426006', rule: 'execution_lag', startsAt: '2023-07-03T02:00:00.000Z',
  endsAt: '2023-07-31T16:00:00.000Z', reason: '项目调整已报批，8月起恢复支付', createdBy: PERSON_EXAMPLE, liftedAt: null, liftedBy: null, liftReason: null,
};

/** GET /alert-silences */
export class SilenceList {
  @ApiProperty({ type: [SilenceAnswer], example: [SILENCE_EXAMPLE] }) silences!: readonly SilenceAnswer[];
}

/** POST /alert-silences */
export class SilenceCreated {
  @ApiProperty({ type: SilenceAnswer, example: SILENCE_EXAMPLE }) silence!: SilenceAnswer;
  @ApiProperty({ example: 1042 }) position!: number;
}

/** POST /alert-silences/{silenceId}/lift */
export class SilenceLifted {
  @ApiProperty({ example: '3f2e1d0c-9b8a-5c7d-8e6f-5a4b3c2d1e0f' }) silenceId!: string;
  @ApiProperty({ example: true }) lifted!: boolean;
  @ApiProperty({ example: 1043 }) position!: number;
}
