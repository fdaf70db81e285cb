import { specification } from '../testing/specification';
import { alertSilencesDecider } from '../deciders';
import { AlertSilence, AlertSilenceCommand, AlertSilenceEvent, activeSilenceFor, noSilences, evolveSilences, silenceStatus } from './silences';

const NOW = '2023-07-01T02:00:00.000Z';
const given = specification(alertSilencesDecider, { today: '2023-07-01' });

const silence = (over: Partial<AlertSilence> = {}): AlertSilence => ({
  silenceId: 's-1', subjects: [{ rule: 'execution_lag', subjectKey: 'project-2023-P07' }], unit: null, rule: null,
  startsAt: NOW, endsAt: '2023-07-15T16:00:00.000Z', reason: '项目已报调整，待下月支付', by: 'li.zd', ...over,
});
const create = (over: Partial<AlertSilence> = {}): AlertSilenceCommand => ({ type: 'CreateAlertSilence', silence: silence(over), now: NOW });
const created = (over: Partial<AlertSilence> = {}): AlertSilenceEvent => ({ type: 'AlertSilenceCreated.v1', effectiveDate: '2023-07-01', data: silence(over) });
const lift = (now = '2023-07-05T00:00:00.000Z'): AlertSilenceCommand => ({ type: 'LiftAlertSilence', silenceId: 's-1', by: 'li.zd', reason: '调整已批复', now });

describe('静默: silencing alerts for a period, with a reason', () => {
  describe('when a manager silences a subject', () => {
    it('records the silence with its subjects, end and reason', () => {
      given().when(create()).then([created()]);
    });

    it('records nothing when the same silence is sent again (a retried request)', () => {
      given(created()).when(create()).then([]);
    });

    it('refuses a silence without a reason, one that ends in the past, one longer than 90 days, one that matches nothing', () => {
      given().when(create({ reason: ' ' })).thenFails('INVALID_REASON', 'reason');
      given().when(create({ endsAt: '2023-06-30T00:00:00.000Z' })).thenFails('SILENCE_ENDS_IN_PAST', 'endsAt');
      given().when(create({ endsAt: '2023-10-15T00:00:00.000Z' })).thenFails('SILENCE_TOO_LONG', 'endsAt');
      given().when(create({ subjects: [] })).thenFails('SILENCE_MATCHES_NOTHING');
      given().when(create({ subjects: [], unit: '42600X' })).thenFails('INVALID_UNIT_CODE', 'unit');
    });

    it('refuses the same id with other terms', () => {
      given(created()).when(create({ reason: '另一个理由' })).thenFails('SILENCE_EXISTS');
    });
  });

  describe('when a silence exists', () => {
    it('is lifted early with a reason, once; an unknown or ended one cannot be lifted', () => {
      const [lifted] = given(created()).when(lift()).thenEvents();
      expect(lifted).toMatchObject({ type: 'AlertSilenceLifted.v1', data: { silenceId: 's-1', by: 'li.zd', reason: '调整已批复' } });
      given(created(), lifted).when(lift()).thenFails('SILENCE_ALREADY_LIFTED');
      given().when(lift()).thenFails('SILENCE_NOT_FOUND');
      given(created()).when(lift('2023-07-16T00:00:00.000Z')).thenFails('SILENCE_EXPIRED');
    });

    it('covers its subjects, or a whole unit (optionally one rule), only while it runs: it expires by itself', () => {
      const state = [created(), created({ silenceId: 's-2', subjects: [], unit: '426006', rule: 'indicator_light' })].reduce(evolveSilences, noSilences());
      const project = { rule: 'execution_lag', subjectKey: 'project-2023-P07', unit: '426002' };
      const indicator = { rule: 'indicator_light', subjectKey: '2023-P09-02', unit: '426006' };
      expect(activeSilenceFor(state, project, '2023-07-10T00:00:00.000Z')?.silenceId).toBe('s-1');
      expect(activeSilenceFor(state, indicator, '2023-07-10T00:00:00.000Z')?.silenceId).toBe('s-2');
      expect(activeSilenceFor(state, { ...indicator, rule: 'indicator_stale' }, '2023-07-10T00:00:00.000Z')).toBeUndefined();
      expect(activeSilenceFor(state, project, '2023-07-16T00:00:00.000Z')).toBeUndefined();
      expect(silenceStatus(state.byId.get('s-1')!, '2023-07-16T00:00:00.000Z')).toBe('expired');
    });
  });
});
