import { Injectable } from '@nestjs/common';
import { ACCOUNTS_STREAM, accountsDecider, normaliseUsername } from '@app/domain';
import { AggregateStore } from '../shared/event-sourcing/aggregate-store';

export interface Person { readonly username: string; readonly displayName: string }

/** System actors as people read them. */
const SYSTEM_NAMES: Readonly<Record<string, string>> = {
  'system:alerts': '系统预警', 'system:notifier': '系统通知', 'system:demo': '演示数据（模拟）', 'system:demo-import': '演示数据导入',
};

/** User names to the names people know them by (the accounts directory, folded and cached like any aggregate). */
@Injectable()
export class People {
  constructor(private readonly aggregates: AggregateStore) {}

  async resolver(): Promise<(username: string | null) => Person | null> {
    const { state } = await this.aggregates.load(ACCOUNTS_STREAM, accountsDecider);
    return (username) => {
      if (username === null) return null;
      const account = state.accounts.get(normaliseUsername(username));
      return { username, displayName: account?.displayName ?? SYSTEM_NAMES[username] ?? username };
    };
  }
}
