import type { ChallengeStage } from './challengeTypes.ts';

/** The stage's origins as a server on the default stage port names them, for the engine's tests. */
export const challengeStageTesting: ChallengeStage = {
  victimDomain: 'victim.localhost',
  victimApp: 'http://app.victim.localhost:5175',
  victimApi: 'http://api.victim.localhost:5175',
  victimCdn: 'http://cdn.victim.localhost:5175',
  attackers: {
    sibling: 'http://blog.victim.localhost:5175',
    crossSite: 'http://evil.localhost:5175',
    lookalikeSuffix: 'http://victim.localhost.evil.localhost:5175',
    lookalikePrefix: 'http://evilvictim.localhost:5175',
    lookalikeDot: 'http://app-victim.localhost:5175',
  },
};
