import { Injectable } from '@nestjs/common';
import { Checkpoint } from './audit-trail';

/** How many checkpoints to keep: each may hold a line's persistent maps (shared with its neighbours). */
const SIZE = 64;

/**
 * Folded states at the last revision of recent pages, so that paging through a 100,000-event line with
 * `after` folds each page's events once instead of the whole stream again. Streams are append-only: the
 * state at a revision never changes, so an entry never goes stale.
 */
@Injectable()
export class TrailCheckpoints {
  private readonly entries = new Map<string, Checkpoint>();

  get(streamId: string, revision: number): Checkpoint | undefined {
    const key = `${streamId}@${revision}`;
    const found = this.entries.get(key);
    if (found) { this.entries.delete(key); this.entries.set(key, found); }
    return found;
  }

  remember(streamId: string, checkpoint: Checkpoint): void {
    const key = `${streamId}@${checkpoint.revision}`;
    this.entries.delete(key);
    this.entries.set(key, checkpoint);
    if (this.entries.size > SIZE) this.entries.delete(this.entries.keys().next().value as string);
  }
}
