import { describe, expect, it } from 'vitest';
import { playgroundTestingStopAll } from '../start/playgroundTesting.testkit.ts';
import { workshopBanner, workshopLoginFollow } from './workshopBanner.ts';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

const session = '/control/workshop/instructor/session';

/** The login token of the instructor URL the terminal shows. */
function bannerToken(banner: string): string {
  return /instructor login, works once \(keep it to yourself\)\s+\S+#secret=(\S+)/.exec(banner)?.[1] ?? '';
}

describe('abuse: an instructor login link works once', () => {
  it('trades the printed secret for a session cookie once; a second use, or a wrong one, is refused', async () => {
    const playground = await workshopTesting();
    const token = bannerToken(workshopBanner(playground.config, playground.workshop!, 'room.json'));
    expect(token).toHaveLength(43);
    const stranger = new WorkshopClient(playground, '127.0.0.2');
    for (const secret of [`${token}x`, token.slice(1), '', 'x'.repeat(128)]) {
      expect((await stranger.put(session, { secret })).status).toBe(403);
    }
    expect((await stranger.put(session, {})).status).toBe(400);
    expect((await stranger.get('/control/workshop/instructor/room')).status).toBe(403);

    const instructor = new WorkshopClient(playground, '127.0.0.3');
    const first = await instructor.put(session, { secret: token });
    expect(first.status).toBe(200);
    const setCookie = first.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/^cp_instructor=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    // The cookie is a new random session, not the secret from the URL.
    expect(setCookie).not.toContain(token);
    expect((await instructor.get('/control/workshop/instructor/room')).status).toBe(200);

    // Someone who finds the link in the browser's history later gets nothing.
    expect((await stranger.put(session, { secret: token })).status).toBe(403);
    // Nor does the secret work as a cookie.
    stranger.cookies.set('cp_instructor', token);
    expect((await stranger.get('/control/workshop/instructor/room')).status).toBe(403);
    stranger.close();
    instructor.close();
  });

  it('shows the next login link in the terminal once the printed one is used, so a lost cookie needs no restart', async () => {
    const playground = await workshopTesting();
    const printed: string[] = [];
    workshopLoginFollow(playground.config, playground.workshop!, (line) => printed.push(line));
    const first = bannerToken(workshopBanner(playground.config, playground.workshop!, 'room.json'));
    const laptop = new WorkshopClient(playground, '127.0.0.2');
    expect((await laptop.put(session, { secret: first })).status).toBe(200);
    expect(printed).toHaveLength(1);
    const next = /the next one \(works once\): \S+#secret=(\S+)$/.exec(printed[0] ?? '')?.[1];
    // The laptop's browser lost its cookie: the terminal's next link logs it in again.
    const again = new WorkshopClient(playground, '127.0.0.3');
    expect((await again.put(session, { secret: next })).status).toBe(200);
    expect(printed).toHaveLength(2);
    // A link minted on the page is not the terminal's: using it prints nothing.
    const minted = (await again.put('/control/workshop/instructor/login-link', {})).body.path.split(
      '#secret=',
    )[1];
    expect((await new WorkshopClient(playground, '127.0.0.4').put(session, { secret: minted })).status).toBe(
      200,
    );
    expect(printed).toHaveLength(2);
    laptop.close();
    again.close();
  });

  it('mints new single-use links, and rotating ends every other session and link', async () => {
    const playground = await workshopTesting();
    const laptop = new WorkshopClient(playground, '127.0.0.2');
    await laptop.instructorLogin();
    const participant = new WorkshopClient(playground, '127.0.0.4');
    await participant.join('Ada');
    expect((await participant.put('/control/workshop/instructor/login-link', {})).status).toBe(403);

    const link = await laptop.put('/control/workshop/instructor/login-link', {});
    expect(link.body.path).toMatch(/^\/workshop\/instructor#secret=[A-Za-z0-9_-]{43}$/);
    expect(link.body.expiresAt).toBeGreaterThan(Date.now());
    const secret = link.body.path.split('#secret=')[1];
    const phone = new WorkshopClient(playground, '127.0.0.3');
    expect((await phone.put(session, { secret })).status).toBe(200);
    expect((await phone.get('/control/workshop/instructor/room')).status).toBe(200);
    expect((await new WorkshopClient(playground, '127.0.0.5').put(session, { secret })).status).toBe(403);

    const unused = (await laptop.put('/control/workshop/instructor/login-link', {})).body.path.split(
      '#secret=',
    )[1];
    expect((await laptop.put('/control/workshop/instructor/rotate', {})).status).toBe(200);
    expect((await laptop.get('/control/workshop/instructor/room')).status).toBe(200);
    expect((await phone.get('/control/workshop/instructor/room')).status).toBe(403);
    expect((await phone.put(session, { secret: unused })).status).toBe(403);
    for (const client of [laptop, phone, participant]) client.close();
  });

  it('keeps the instructor’s session across a restart, and prints a fresh link the old one is not', async () => {
    const first = await workshopTesting();
    const oldToken = bannerToken(workshopBanner(first.config, first.workshop!, 'room.json'));
    const instructor = new WorkshopClient(first, '127.0.0.2');
    await instructor.instructorLogin();
    await playgroundTestingStopAll();

    const second = await workshopTesting();
    const again = new WorkshopClient(second, '127.0.0.2');
    again.cookies = instructor.cookies;
    expect((await again.get('/control/workshop/instructor/room')).status).toBe(200);
    const newToken = bannerToken(workshopBanner(second.config, second.workshop!, 'room.json'));
    expect(newToken).not.toBe(oldToken);
    // The link of the first start was never used, yet it died with that start.
    const lost = new WorkshopClient(second, '127.0.0.3');
    expect((await lost.put(session, { secret: oldToken })).status).toBe(403);
    expect((await lost.put(session, { secret: newToken })).status).toBe(200);
    for (const client of [instructor, again, lost]) client.close();
  });
});
