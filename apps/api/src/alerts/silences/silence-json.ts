import { SilenceRecord, SilencedSubject, silenceStatus } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { Person } from '../people';

/** A silence as answered: status by the clock, people by name, subjects with what they are. */
export function silenceJson(record: SilenceRecord, now: Date, person: (u: string | null) => Person | null, subjectNames: ReadonlyMap<string, string>) {
  const s = record.silence;
  return {
    silenceId: s.silenceId, status: silenceStatus(record, now.toISOString()),
    subjects: s.subjects.map((x) => ({ ...x, subjectName: subjectNames.get(`${x.rule}.${x.subjectKey}`) ?? x.subjectKey })),
    unit: s.unit, rule: s.rule, startsAt: s.startsAt, endsAt: s.endsAt, reason: s.reason, createdBy: person(s.by),
    liftedAt: record.liftedAt, liftedBy: person(record.liftedBy), liftReason: record.liftReason,
  };
}

/** What the silenced subjects are called (from their alerts), by `rule.subjectKey`. */
export async function subjectNames(rm: ReadModelDb, subjects: readonly SilencedSubject[]): Promise<Map<string, string>> {
  const keys = [...new Set(subjects.map((s) => s.subjectKey))];
  if (keys.length === 0) return new Map();
  const rows = await rm.db.selectFrom('alerts').select(['rule', 'subject_key', 'subject_name']).where('subject_key', 'in', keys).execute();
  return new Map(rows.map((a) => [`${a.rule}.${a.subject_key}`, a.subject_name]));
}
