import { parseUserDate } from './dates';

describe('dates as users write them', () => {
  it('given the usual Chinese forms, then the ISO date', () => {
    for (const s of ['2023-07-05', '2023/7/5', '2023.7.5', '2023年7月5日', '2023 年 7 月 5 日', '20230705']) expect(parseUserDate(s)).toBe('2023-07-05');
  });
  it('given impossible or unreadable dates, then null', () => {
    for (const s of ['2023-02-30', '2023-13-01', '7/5/2023', '', 'abc']) expect(parseUserDate(s)).toBeNull();
  });
});
