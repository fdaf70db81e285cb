import { live } from './state';

let source: EventSource | null = null;

/** Subscribes to GET /api/v1/live (server-sent events, session cookie): each advance bumps live.tick. */
export function connectLive(): void {
  if (source) return;
  source = new EventSource('/api/v1/live', { withCredentials: true });
  source.addEventListener('open', () => { live.connected = true; });
  source.addEventListener('error', () => { live.connected = false; });
  source.addEventListener('hello', (e) => {
    live.connected = true;
    live.position = Math.max(live.position, JSON.parse((e as MessageEvent).data).position);
  });
  source.addEventListener('advanced', (e) => {
    const message = JSON.parse((e as MessageEvent).data) as { position: number };
    live.position = Math.max(live.position, message.position);
    live.tick++;
  });
}

export function disconnectLive(): void {
  source?.close();
  source = null;
  live.connected = false;
}
