import { renderUnicodeCompact } from 'uqr';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import type { WorkshopRoom } from './workshopRoom.ts';

/**
 * Where participants join, and a new single-use login link for the instructor (its secret in the
 * fragment, so it never reaches a server log, a proxy or a Referer header).
 */
export function workshopUrls(
  config: PlaygroundConfig,
  room: WorkshopRoom,
): { join: string; instructor: string } {
  return {
    join: `${config.appOrigin}/workshop/join`,
    instructor: `${config.appOrigin}/workshop/instructor#secret=${room.instructor.loginCreate()}`,
  };
}

/**
 * Prints a new login link with `print` each time the terminal's is used (or voided by "log out
 * everywhere else"), so the terminal always holds one that works.
 */
export function workshopLoginFollow(
  config: PlaygroundConfig,
  room: WorkshopRoom,
  print: (line: string) => void,
): () => void {
  return room.instructor.onTerminalLinkSpent(() => {
    const url = workshopUrls(config, room).instructor;
    print(`Workshop: the instructor login link was used or voided; the next one (works once): ${url}`);
  });
}

/**
 * What the terminal shows when a workshop starts: the join URL as text and as a QR code for the
 * projector, and a fresh instructor login link. It works once (it stays in the browser's history):
 * the instructor's browser keeps its session across restarts, and a browser that lost it logs in
 * again with the next link the terminal shows (`workshopLoginFollow`), or one minted from another
 * instructor session.
 */
export function workshopBanner(config: PlaygroundConfig, room: WorkshopRoom, file: string): string {
  const urls = workshopUrls(config, room);
  return [
    `Workshop: ${room.size} participant${room.size === 1 ? '' : 's'} so far (kept in ${file}).`,
    `  participants join at  ${urls.join}`,
    renderUnicodeCompact(urls.join, { border: 1 }),
    `  instructor login, works once (keep it to yourself)  ${urls.instructor}`,
  ].join('\n');
}
