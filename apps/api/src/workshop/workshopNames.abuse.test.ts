import { describe, expect, it } from 'vitest';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

describe('abuse: display names look like what they are', () => {
  it('refuses bidi tricks, invisible characters, duplicates and the instructor’s name with a clear 400', async () => {
    const playground = await workshopTesting();
    const ada = new WorkshopClient(playground, '127.0.0.2');
    await ada.join('Ada');
    const join = (name: string) =>
      new WorkshopClient(playground, '127.0.0.3').put('/control/workshop/me', { name });
    const refusals: Array<[string, RegExp]> = [
      // Renders as "the instructor" right to left.
      ['\u202Erotcurtsni eht', /invisible or control characters \(U\+202E\)/],
      ['A\u2066da\u2069', /U\+2066/],
      ['Ad\u200Ba', /U\+200B/],
      ['\u3164', /U\+3164/],
      ['ADA', /“ADA” is already in the room/],
      ['  ada  ', /already in the room/],
      ['The Instructor', /must not pose as the instructor/],
    ];
    for (const [name, reason] of refusals) {
      const answer = await join(name);
      expect(answer.status, JSON.stringify(name)).toBe(400);
      expect(answer.body.error).toMatch(reason);
      expect(answer.body.errors).toEqual([{ path: 'name', message: answer.body.error }]);
    }
    expect(playground.workshop?.size).toBe(1);

    const bob = new WorkshopClient(playground, '127.0.0.4');
    await bob.join('  Bob\u00A0 \t Smith ');
    expect((await bob.get('/control/workshop/me')).body).toMatchObject({ name: 'Bob Smith' });
    // A rename meets the same rules; renaming to one's own name in another case is fine.
    expect((await bob.put('/control/workshop/me', { name: 'ada' })).status).toBe(400);
    expect((await bob.put('/control/workshop/me', { name: 'In\u200Dstructor' })).status).toBe(400);
    expect((await bob.put('/control/workshop/me', { name: 'BOB SMITH' })).body).toMatchObject({
      name: 'BOB SMITH',
    });
    ada.close();
    bob.close();
  });
});
