import { ApiProperty } from '@nestjs/swagger';
import { PERSON_EXAMPLE, PersonName } from '../shared/dto';

/** One payment (支付) of a line, with its voucher number and who recorded it. */
export class LineDisbursement {
  @ApiProperty({ example: '5d1c2a7e-6a0b-4c52-9f0e-1b2f3c4d5e6f' }) disbursementId!: string;
  @ApiProperty({ example: '记-2023-0615', description: '凭证号' }) voucherNo!: string;
  @ApiProperty({ example: '12000.00', description: '元' }) amount!: string;
  @ApiProperty({ type: String, nullable: true, example: '重庆某建筑劳务有限公司' }) payee!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '6月公益性岗位补贴' }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '公益性岗位补贴', description: '补助类别' }) subsidyCategory!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 8, description: '人数' }) beneficiaries!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '2023-06-15', description: 'the business date' }) effectiveDate!: string | null;
  @ApiProperty({ example: false, description: '已冲销' }) reversed!: boolean;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'the amount reversed (元)' }) reversedAmount!: string | null;
  @ApiProperty({ type: PersonName, nullable: true, example: PERSON_EXAMPLE }) recordedBy!: PersonName | null;
}

/** GET /lines/{lineId}/disbursements: newest first, paged. */
export class LineDisbursements {
  @ApiProperty({ example: '426006-2023-P09' }) lineId!: string;
  @ApiProperty({ example: 14, description: 'payments on the line' }) total!: number;
  @ApiProperty({ example: 50 }) limit!: number;
  @ApiProperty({ example: 0 }) offset!: number;
  @ApiProperty({ type: [LineDisbursement], example: [{ disbursementId: '5d1c2a7e-6a0b-4c52-9f0e-1b2f3c4d5e6f', voucherNo: '记-2023-0615', amount: '12000.00', reversed: false }] })
  disbursements!: readonly LineDisbursement[];
}

/** 年初预算, 追加, 调减, 调剂: one change of a line's appropriation. */
export class LineAdjustment {
  @ApiProperty({ enum: ['AppropriationEstablished', 'AppropriationIncreased', 'AppropriationDecreased', 'AppropriationTransferredIn', 'AppropriationTransferredOut'] }) kind!: string;
  @ApiProperty({ enum: ['年初预算', '追加', '调减', '调剂调入', '调剂调出'] }) label!: string;
  @ApiProperty({ example: '50000.00', description: '元' }) amount!: string;
  @ApiProperty({ example: '-50000.00', description: 'negative for 调减 and 调剂调出 (元)' }) signedAmount!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-04-10' }) effectiveDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '二季度追加就业补助' }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '潼人社发〔2023〕12号', description: '文号' }) documentNo!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '426006-2023-P10', description: 'the other side of a 调剂' }) otherLineId!: string | null;
  @ApiProperty({ type: PersonName, nullable: true, example: PERSON_EXAMPLE }) recordedBy!: PersonName | null;
}

/** GET /lines/{lineId}/adjustments: oldest first. */
export class LineAdjustments {
  @ApiProperty({ example: '426006-2023-P09' }) lineId!: string;
  @ApiProperty({ type: [LineAdjustment], example: [{ kind: 'AppropriationEstablished', label: '年初预算', amount: '500000.00', signedAmount: '500000.00' }] }) adjustments!: readonly LineAdjustment[];
}
