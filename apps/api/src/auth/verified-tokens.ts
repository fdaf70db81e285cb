/**
 * Tokens already verified, with their claims, until they expire: verifying a session token's HMAC is the same
 * work with the same answer on every request, so it is done once per token. Only valid tokens are kept (a
 * forged one is checked again each time); the account behind a token is still looked up on every request.
 */
export class VerifiedTokens<C> {
  private readonly entries = new Map<string, { readonly claims: C; readonly expiresAtMs: number }>();

  constructor(private readonly capacity = 10_000) {}

  get(token: string, now: Date): C | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (now.getTime() >= entry.expiresAtMs) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.claims;
  }

  remember(token: string, claims: C, expiresAtMs: number): void {
    if (this.capacity === 0) return;
    this.entries.delete(token);
    this.entries.set(token, { claims, expiresAtMs });
    // oldest first out: a map keeps insertion order
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
