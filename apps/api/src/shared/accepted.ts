import { Appended } from '@app/kernel';
import { CommandAccepted } from './dto';

export function toAccepted(a: Appended): CommandAccepted {
  return { streamId: a.streamId, revision: a.revision, position: a.position, eventIds: [...a.eventIds], replayed: a.duplicate };
}
