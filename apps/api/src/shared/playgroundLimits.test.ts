import { describe, expect, it } from 'vitest';
import {
  playgroundLimitsDefault,
  playgroundLimitsPerAddress,
  playgroundLimitsWorkshop,
} from './playgroundLimits.ts';

describe('playgroundLimitsWorkshop', () => {
  it('gives the default room of 500 two streams and three connections per participant', () => {
    // Every participant's two streams, and the instructor's eight on top: bots cannot take a seat's.
    expect(playgroundLimitsWorkshop(playgroundLimitsDefault, 500)).toMatchObject({
      streamsPerSandbox: 2,
      streamsTotal: 1008,
      connectionsPerOrigin: 1500,
      connectionsPerAddress: 750,
      sandboxes: 1000,
    });
  });

  it('grows streams, connections and sandboxes with the cap, never below the limits given', () => {
    expect(playgroundLimitsWorkshop(playgroundLimitsDefault, 900)).toMatchObject({
      streamsTotal: 1808,
      connectionsPerOrigin: 2700,
      sandboxes: 1800,
    });
    expect(playgroundLimitsWorkshop(playgroundLimitsDefault, 10).streamsTotal).toBe(256);
  });
});

describe('playgroundLimitsPerAddress', () => {
  it('keeps room for twice one address’s connections, so one address never holds a whole origin', () => {
    expect(playgroundLimitsDefault.connectionsPerAddress * 2).toBeLessThanOrEqual(
      playgroundLimitsDefault.connectionsPerOrigin,
    );
    expect(playgroundLimitsPerAddress(playgroundLimitsDefault, 64)).toMatchObject({
      connectionsPerAddress: 64,
      connectionsPerOrigin: 1000,
    });
    expect(playgroundLimitsPerAddress(playgroundLimitsDefault, 1500)).toMatchObject({
      connectionsPerAddress: 1500,
      connectionsPerOrigin: 3000,
    });
  });
});
