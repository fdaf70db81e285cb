import { ApiProperty } from '@nestjs/swagger';
import { SANGONG_CATEGORIES } from '@app/domain';

/** One 三公 category against its cap (元, decimal strings). */
export class SanGongRow {
  @ApiProperty({ enum: SANGONG_CATEGORIES, example: 'reception' }) category!: string;
  @ApiProperty({ example: '公务接待费', description: '表四 name of the category' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: '120000.00', description: 'cap in force on asOf (元); null where none is set for the scope read' }) cap!: string | null;
  @ApiProperty({ example: '70500.00', description: 'paid on or before asOf, net of reversals (元)' }) used!: string;
  @ApiProperty({ type: String, nullable: true, example: '49500.00', description: 'cap − used (元); null without a cap' }) remaining!: string | null;
}

/** GET /api/v1/sangong: exactly this shape (other clients rely on it). */
export class SanGongResponse {
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({
    type: [SanGongRow], description: 'one row per category, in 表四 order: abroad, vehicle_purchase, vehicle_operation, reception',
    example: [
      { category: 'abroad', name: '因公出国（境）费用', cap: '0.00', used: '0.00', remaining: '0.00' },
      { category: 'vehicle_purchase', name: '公务用车购置', cap: '0.00', used: '0.00', remaining: '0.00' },
      { category: 'vehicle_operation', name: '公务用车运行维护费', cap: '110000.00', used: '52800.00', remaining: '57200.00' },
      { category: 'reception', name: '公务接待费', cap: '120000.00', used: '70500.00', remaining: '49500.00' },
    ],
  })
  rows!: SanGongRow[];
}
