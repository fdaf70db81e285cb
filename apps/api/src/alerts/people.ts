import { Injectable } from '@nestjs/common';
import { ACCOUNTS_STREAM, accountsDecider, actorDisplayName } from '@app/domain';
import { AggregateStore } from '@app/kernel';

export interface Person { readonly username: string; readonly displayName: string }

/** User names to the names people know them by (the accounts directory, folded and cached like any aggregate). */
@Injectable()
export class People {
  constructor(private readonly aggregates: AggregateStore) {}

  async resolver(): Promise<(username: string | null) => Person | null> {
    const { state } = await this.aggregates.load(ACCOUNTS_STREAM, accountsDecider);
    return (username) => (username === null ? null : { username, displayName: actorDisplayName(state, username) ?? username });
  }
}
