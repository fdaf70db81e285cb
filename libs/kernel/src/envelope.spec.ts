import { systemContext, mintId } from './command-context';
import { envelope } from './envelope';

const event = { type: 'AppropriationIncreased.v1', data: { lineId: 'L', amount: '1.00' }, effectiveDate: '2023-05-15' };

describe('envelope', () => {
  describe('given an ordinary context', () => {
    const ctx = systemContext('alice', new Date('2024-01-02T03:04:05Z'));

    it('when events are wrapped, then each gets a fresh id and no demo label', () => {
      const [a] = envelope([event], ctx, '426001');
      const [b] = envelope([event], ctx, '426001');
      expect(a.id).not.toBe(b.id);
      expect(a.metadata).not.toHaveProperty('demo');
      expect(a.metadata).toMatchObject({ actor: 'alice', unit: '426001', effectiveDate: '2023-05-15', recordedAt: '2024-01-02T03:04:05.000Z' });
    });

    it('when an id is minted, then it is random', () => {
      expect(mintId(ctx, 'case')).not.toBe(mintId(ctx, 'case'));
    });
  });

  describe('given a demo context with an id seed', () => {
    const ctx = { ...systemContext('system:demo'), demo: true as const, idSeed: 'demo/2023/1/adjust/P17' };

    it('when the same command is wrapped twice, then the event ids repeat and the metadata says demo', () => {
      const [a] = envelope([event], ctx, '426003');
      const [b] = envelope([event], { ...ctx, now: new Date() }, '426003');
      expect(a.id).toBe(b.id);
      expect(a.metadata).toMatchObject({ demo: true, actor: 'system:demo' });
    });

    it('when ids are minted, then they derive from the seed and the purpose', () => {
      expect(mintId(ctx, 'case')).toBe(mintId({ idSeed: ctx.idSeed }, 'case'));
      expect(mintId(ctx, 'case')).not.toBe(mintId(ctx, 'advance'));
    });

    it('when two streams get events of the same type under one seed, then their ids differ (a 调剂 or a bulk acknowledgement)', () => {
      const [a] = envelope([event], ctx, null, undefined, 'line-A');
      const [b] = envelope([event], ctx, null, undefined, 'line-B');
      expect(a.id).not.toBe(b.id);
      expect(envelope([event], ctx, null, undefined, 'line-A')[0].id).toBe(a.id);
    });

    it('when explicit ids are given, then they win over the seed', () => {
      const [a] = envelope([event], ctx, null, ['0b9e4a52-3f0e-4c7e-9a51-0c2f5b8d4e21']);
      expect(a.id).toBe('0b9e4a52-3f0e-4c7e-9a51-0c2f5b8d4e21');
    });
  });
});
