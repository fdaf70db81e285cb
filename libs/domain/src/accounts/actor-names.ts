import { AccountDirectory, normaliseUsername } from './directory';

/**
 * The product acting on its own records events under `system:*` actors. People read them in Chinese; the
 * ids stay in the event metadata.
 */
export const SYSTEM_ACTOR_NAMES: Readonly<Record<string, string>> = {
  'system:demo': '演示数据（模拟）',
  'system:demo-import': '演示数据导入',
  'system:import': '预算导入',
  'system:alerts': '系统预警',
  'system:notifier': '预警通知',
  'system:first-start': '系统初始化',
};

/**
 * 显示名: how an event's actor is shown to people — an account's display name, a system actor's Chinese name,
 * or the recorded name itself for an account that no longer exists.
 */
export function actorDisplayName(directory: AccountDirectory, actor: string | null | undefined): string | null {
  if (actor === null || actor === undefined || actor === '') return null;
  if (actor === 'system' || actor.startsWith('system:')) return SYSTEM_ACTOR_NAMES[actor] ?? '系统';
  return directory.accounts.get(normaliseUsername(actor))?.displayName ?? actor;
}
