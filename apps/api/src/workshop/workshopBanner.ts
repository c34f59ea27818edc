import { renderUnicodeCompact } from 'uqr';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import type { WorkshopRoom } from './workshopRoom.ts';

/** Where participants join, and where the instructor's view is (its secret in the fragment). */
export function workshopUrls(
  config: PlaygroundConfig,
  room: WorkshopRoom,
): { join: string; instructor: string } {
  return {
    join: `${config.appOrigin}/workshop/join`,
    // In the fragment, the secret never reaches a server log, a proxy or a Referer header.
    instructor: `${config.appOrigin}/workshop/instructor#secret=${room.instructorSecret}`,
  };
}

/**
 * What the terminal shows when a workshop starts: the join URL as text and as a QR code for the
 * projector, and the instructor's URL, which must stay on the instructor's screen.
 */
export function workshopBanner(config: PlaygroundConfig, room: WorkshopRoom, file: string): string {
  const urls = workshopUrls(config, room);
  return [
    `Workshop: ${room.size} participant${room.size === 1 ? '' : 's'} so far (kept in ${file}).`,
    `  participants join at  ${urls.join}`,
    renderUnicodeCompact(urls.join, { border: 1 }),
    `  instructor (keep it to yourself)  ${urls.instructor}`,
  ].join('\n');
}
