import { ApiProperty } from '@nestjs/swagger';
import { CommandAccepted } from '../../shared/dto';

const ACCEPTED = { streamId: 'line-426006-2023-P09', revision: 3, position: 1042, eventIds: ['2f1b6c1e-8a0e-5c3d-9a51-0c2f5b8d4e21'], replayed: false };

/** POST /transfers: both sides of a 调剂, recorded atomically. */
export class TransferAccepted {
  @ApiProperty({ example: '7c6b5a49-3e2d-4c1b-8a09-f8e7d6c5b4a3' }) transferId!: string;
  @ApiProperty({ type: CommandAccepted, example: ACCEPTED, description: 'the source line' }) from!: CommandAccepted;
  @ApiProperty({ type: CommandAccepted, example: { ...ACCEPTED, streamId: 'line-426006-2023-P10', revision: 5 }, description: 'the receiving line' }) to!: CommandAccepted;
}
