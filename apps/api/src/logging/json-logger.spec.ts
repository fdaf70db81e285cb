import { JsonLogger } from './json-logger';
import { correlationIdFrom, withLogContext } from '@app/kernel';

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  return { lines, sink: { write: (s: string) => { lines.push(JSON.parse(s) as Record<string, unknown>); } } };
};

describe('JsonLogger', () => {
  it('given a unit of work, then every line inside it carries its correlation id, and a line\'s own fields win', () => {
    const { lines, sink } = capture();
    const logger = new JsonLogger('log', sink);

    withLogContext({ correlationId: 'c-1' }, () => {
      logger.log('inside', 'Projector');
      withLogContext({ causedBy: ['c-0'] }, () => logger.warn({ msg: 'nested', correlationId: 'own' }, 'AlertEvaluation'));
    });
    logger.log('outside', 'Main');

    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', context: 'Projector', correlationId: 'c-1', msg: 'inside' }),
      expect.objectContaining({ level: 'warn', context: 'AlertEvaluation', correlationId: 'own', causedBy: ['c-0'], msg: 'nested' }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
    ]);
  });

  it('given LOG_LEVEL verbose, then verbose lines are written at trace', () => {
    const { lines, sink } = capture();

    new JsonLogger('verbose', sink).verbose('details', 'X');

    expect(lines).toEqual([expect.objectContaining({ level: 'trace', msg: 'details' })]);
  });
});

describe('correlationIdFrom (X-Correlation-Id)', () => {
  it.each([
    ['a sane token', 'order-42:retry.1', 'order-42:retry.1'],
    ['surrounding spaces', '  abc  ', 'abc'],
  ])('given %s, then it is used', (_, header, expected) => {
    expect(correlationIdFrom(header)).toBe(expected);
  });

  it.each([
    ['nothing', undefined], ['an empty header', ''], ['a log-injection attempt', 'abc\n{"level":"error"}'], ['201 characters', 'x'.repeat(201)],
  ])('given %s, then a fresh UUID', (_, header) => {
    expect(correlationIdFrom(header)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
