import { VerifiedTokens } from './verified-tokens';

describe('verified session tokens', () => {
  const at = (ms: number) => new Date(ms);

  it('given a verified token, when asked before it expires, then its claims; at its expiry, nothing', () => {
    const tokens = new VerifiedTokens<string>();
    tokens.remember('t1', 'admin', 10_000);

    expect(tokens.get('t1', at(9_999))).toBe('admin');
    expect(tokens.get('t1', at(10_000))).toBeUndefined();
    expect(tokens.get('t1', at(9_999))).toBeUndefined();
  });

  it('given a token never verified, then nothing', () => {
    expect(new VerifiedTokens<string>().get('forged', at(0))).toBeUndefined();
  });

  it('given more tokens than the capacity, then the oldest is verified again and the newest are kept', () => {
    const tokens = new VerifiedTokens<string>(2);
    tokens.remember('a', 'a', 1e12);
    tokens.remember('b', 'b', 1e12);
    tokens.remember('c', 'c', 1e12);

    expect([tokens.get('a', at(0)), tokens.get('b', at(0)), tokens.get('c', at(0))]).toEqual([undefined, 'b', 'c']);
  });
});
