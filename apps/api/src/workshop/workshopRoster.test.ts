import { describe, expect, it } from 'vitest';
import { WorkshopRoster } from './workshopRoster.ts';

function rosterJoin(roster: WorkshopRoster, name: string) {
  const joined = roster.participantCreate(name);
  if (!joined.ok) throw new Error(`join of ${name} refused: ${joined.reason}`);
  roster.add(joined.participant);
  return joined;
}

describe('WorkshopRoster', () => {
  it('finds a participant by id and by credential, never by anything else, until deleted', () => {
    const roster = new WorkshopRoster([]);
    const ada = rosterJoin(roster, 'Ada');
    expect(roster.byIdGet(ada.participant.id)).toBe(ada.participant);
    expect(roster.byCredential(ada.secret)).toBe(ada.participant);
    expect(roster.byCredential(ada.participant.credentialHash)).toBeUndefined();
    expect(roster.byCredential('x'.repeat(129))).toBeUndefined();
    expect(roster.delete(ada.participant.id)).toBe(ada.participant);
    expect(roster.delete(ada.participant.id)).toBeUndefined();
    expect(roster.byCredential(ada.secret)).toBeUndefined();
    expect(roster.size).toBe(0);
  });

  it('indexes the participants it starts from', () => {
    const first = new WorkshopRoster([]);
    const ada = rosterJoin(first, 'Ada');
    const again = new WorkshopRoster(first.all());
    expect(again.byCredential(ada.secret)?.name).toBe('Ada');
    expect(again.size).toBe(1);
  });

  it('refuses a name another participant holds in any case, but not a participant’s own', () => {
    const roster = new WorkshopRoster([]);
    const ada = rosterJoin(roster, 'Ada');
    expect(roster.participantCreate('ADA')).toMatchObject({ ok: false, status: 400, field: 'name' });
    expect(roster.nameCheck('ADA', ada.participant)).toMatchObject({ ok: true, name: 'ADA' });
    expect(roster.nameCheck('   ')).toMatchObject({ ok: false, status: 400, field: 'name' });
  });
});
