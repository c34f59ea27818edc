import { maxHeaderSize } from 'node:http';
import { challengeList, policyListLimits, regexLimits } from '@cors-playground/engine';
import { auditAttackLimits, regexSampleMax } from '@cors-playground/production';
import {
  labSendTokenLength,
  policyChangeLabelMaxLength,
  sandboxIdLengthMax,
  workshopMessageLengthMax,
  workshopNameLengthMax,
} from '@cors-playground/protocol';
import { policyWriteQueueLimitsDefault } from '../app/policyWriteQueue.ts';
import { policyHistoryLimitsDefault } from '../sandbox/policyHistory.ts';
import { sandboxSendsOpenMax } from '../sandbox/sandboxSends.ts';
import {
  playgroundLimitsDefault,
  playgroundLimitsPerParticipant,
  playgroundLimitsWorkshop,
} from '../shared/playgroundLimits.ts';
import { challengeEvidenceLimits } from '../stage/challengeEvidence.ts';
import { challengeLimits, stageTokenBits } from '../stage/challengeProgress.ts';
import { sharedCacheLimits } from '../stage/sharedCache.ts';
import { victimBodyBytes } from '../stage/victimApi.ts';
import { workshopInstructorLimitsDefault } from '../workshop/workshopInstructor.ts';
import { workshopJoinLimitsDefault } from '../workshop/workshopJoinLimit.ts';
import { workshopRoomLimitsDefault } from '../workshop/workshopRoom.ts';
import { workshopRoomStreamLimitsDefault } from '../workshop/workshopRoomStreams.ts';
import { workshopBodyBytes } from '../workshop/workshopRouter.ts';
import { workshopPolicyBytes } from '../workshop/workshopState.ts';
import { workshopJournalBytesMin, workshopStateFileDueMs } from '../workshop/workshopStateFile.ts';
import { participantsCapRange } from './playgroundOptionValue.ts';

/** How a limit's value is counted, and so how docs/bounds.md spells it. */
export type LimitUnit = 'count' | 'bytes' | 'ms';

/**
 * One bound the servers hold (or the engine and the audit they share with the browser and the CLI),
 * and where docs/bounds.md states it.
 */
export interface LimitEntry {
  /** The limit's name in the code. */
  name: string;
  value: number;
  unit: LimitUnit;
  /** The docs/bounds.md section (its heading, up to any parenthesis) whose table states the limit. */
  section: string;
  /** What it bounds: the first cell of that table's row, exactly. */
  bounds: string;
}

const limits = playgroundLimitsDefault;
const history = policyHistoryLimitsDefault;
const writes = policyWriteQueueLimitsDefault;
const perParticipant = playgroundLimitsPerParticipant;
const join = workshopJoinLimitsDefault;
const instructor = workshopInstructorLimitsDefault;
const roomViews = workshopRoomStreamLimitsDefault;
/** The bounds a workshop of the default cap runs with: what the Workshop mode table states. */
const room = playgroundLimitsWorkshop(limits, workshopRoomLimitsDefault.participants);

const regexRow = 'the regexes of one policy (every origin list, path overrides included, and path patterns)';
const writesRow = 'policy writes of one sandbox at once';
const labelRow = "a change's label (`PUT …/policy?by=<label>`)";
const tokenRow = "a send's token";
const unsentRow = 'unsent bytes of one stream (a client that stops reading)';
const perAddressRow = 'open connections from one client address, per origin';
const headersRow = "request headers (Node's `--max-http-header-size`)";
const loginRow = 'unused instructor login links';
const streamsPerParticipantRow = 'open event streams per participant (per sandbox)';
const roomViewsRow = "the instructor's live room views (`GET /control/workshop/instructor/room/events`)";
const collectBodyRow = 'one collected body';
const cdnAnswerRow = 'one answer the CDN stores';
const attemptsRow = 'attempts (`ChallengeAttempt`)';
const evidenceRow = "an attempt's evidence";
const importRow = 'the imported policy';

/** Per docs/bounds.md section: each limit's name, value, unit and the row that states it. */
const limitsBySection: Record<string, [string, number, LimitUnit, string][]> = {
  Sandboxes: [
    ['sandboxes', limits.sandboxes, 'count', 'sandboxes at once (the `default` one included)'],
    ['sandboxIdleMs', limits.sandboxIdleMs, 'ms', 'sandboxes at once (the `default` one included)'],
    ['sandboxIdLengthMax', sandboxIdLengthMax, 'count', 'a sandbox id'],
    ['controlBodyBytes', limits.controlBodyBytes, 'bytes', 'a policy (`PUT …/policy` body)'],
    ['regexLimits.policyPatternsMax', regexLimits.policyPatternsMax, 'count', regexRow],
    ['regexLimits.policyWorkMax', regexLimits.policyWorkMax, 'count', regexRow],
    ['policyWriteQueue.shareFactor', writes.shareFactor, 'count', writesRow],
    ['policyWriteQueue.gapMinMs', writes.gapMinMs, 'ms', writesRow],
    ['policyWriteQueue.waitingMax', writes.waitingMax, 'count', writesRow],
    ['policyWriteQueue.retryAfterSeconds', writes.retryAfterSeconds, 'count', writesRow],
  ],
  'Policy history': [
    ['policyHistoryLimitsDefault.entries', history.entries, 'count', 'policies kept per sandbox'],
    ['policyHistoryLimitsDefault.bytes', history.bytes, 'bytes', 'bytes of policy JSON kept per sandbox'],
    ['policyChangeLabelMaxLength', policyChangeLabelMaxLength, 'count', labelRow],
  ],
  Sends: [
    ['labSendTokenLength.min', labSendTokenLength.min, 'count', tokenRow],
    ['labSendTokenLength.max', labSendTokenLength.max, 'count', tokenRow],
    ['sandboxSendsOpenMax', sandboxSendsOpenMax, 'count', 'sends open in one sandbox at once'],
  ],
  'Event log': [
    ['eventsPerSandbox', limits.eventsPerSandbox, 'count', 'events per sandbox'],
    ['eventBytesPerSandbox', limits.eventBytesPerSandbox, 'bytes', 'bytes per sandbox'],
    ['eventBytesTotal', limits.eventBytesTotal, 'bytes', 'bytes over all sandboxes'],
    ['eventValueBytes', limits.eventValueBytes, 'bytes', 'one stored text (header name or value, URL, note)'],
  ],
  'Event streams': [
    ['streamsPerSandbox', limits.streamsPerSandbox, 'count', 'open streams per sandbox'],
    ['streamsTotal', limits.streamsTotal, 'count', 'open streams in total'],
    ['streamBufferedBytes', limits.streamBufferedBytes, 'bytes', unsentRow],
    ['streamBufferedBytesTotal', limits.streamBufferedBytesTotal, 'bytes', 'unsent bytes over all streams'],
  ],
  'Connections and requests': [
    ['connectionsPerOrigin', limits.connectionsPerOrigin, 'count', 'open connections per origin'],
    ['connectionsPerAddress', limits.connectionsPerAddress, 'count', perAddressRow],
    ['headersTimeoutMs', limits.headersTimeoutMs, 'ms', 'time to send the request headers'],
    ['requestTimeoutMs', limits.requestTimeoutMs, 'ms', 'time to send the whole request, body included'],
    ['keepAliveTimeoutMs', limits.keepAliveTimeoutMs, 'ms', 'idle keep-alive connection'],
    // Node's own (`--max-http-header-size`): the servers keep its default.
    ['http.maxHeaderSize', maxHeaderSize, 'bytes', headersRow],
    ['labBodyBytes', limits.labBodyBytes, 'bytes', 'lab API request body, after decompression'],
  ],
  'Workshop mode': [
    [
      'workshopRoomLimitsDefault.participants',
      workshopRoomLimitsDefault.participants,
      'count',
      'participants',
    ],
    ['participantsCapRange.min', participantsCapRange.min, 'count', 'participants'],
    ['participantsCapRange.max', participantsCapRange.max, 'count', 'participants'],
    ['workshopJoinLimitsDefault.burst', join.burst, 'count', 'joins per remote address'],
    ['workshopJoinLimitsDefault.perSecond', join.perSecond, 'count', 'joins per remote address'],
    ['workshopJoinLimitsDefault.addresses', join.addresses, 'count', 'addresses the join limit remembers'],
    ['workshopNameLengthMax', workshopNameLengthMax, 'count', 'a display name'],
    ['workshopInstructorLimitsDefault.sessions', instructor.sessions, 'count', 'instructor sessions'],
    ['workshopInstructorLimitsDefault.logins', instructor.logins, 'count', loginRow],
    ['workshopInstructorLimitsDefault.loginMs', instructor.loginMs, 'ms', loginRow],
    ['playgroundLimitsPerParticipant.streams', perParticipant.streams, 'count', streamsPerParticipantRow],
    [
      'workshopRoomLimitsDefault.messages',
      workshopRoomLimitsDefault.messages,
      'count',
      'messages kept (room messages and hints)',
    ],
    ['workshopMessageLengthMax', workshopMessageLengthMax, 'count', 'a message'],
    ['workshopBodyBytes', workshopBodyBytes, 'bytes', 'a workshop request body'],
    ['workshop streamsTotal', room.streamsTotal, 'count', 'open event streams in total'],
    [
      'playgroundLimitsPerParticipant.connections',
      perParticipant.connections,
      'count',
      'open connections per origin',
    ],
    ['workshop connectionsPerOrigin', room.connectionsPerOrigin, 'count', 'open connections per origin'],
    ['playgroundLimitsPerParticipant.sandboxes', perParticipant.sandboxes, 'count', 'sandboxes at once'],
    ['workshop sandboxes', room.sandboxes, 'count', 'sandboxes at once'],
    ['workshopStateFileDueMs', workshopStateFileDueMs, 'ms', 'state file writes'],
    ['workshopPolicyBytes', workshopPolicyBytes, 'bytes', "a participant's saved policy"],
    ['workshopJournalBytesMin', workshopJournalBytesMin, 'bytes', "the state file's journal"],
    ['workshopRoomStreamLimitsDefault.streams', roomViews.streams, 'count', roomViewsRow],
    ['workshopRoomStreamLimitsDefault.coalesceMs', roomViews.coalesceMs, 'ms', roomViewsRow],
    ['workshopRoomStreamLimitsDefault.bufferedBytes', roomViews.bufferedBytes, 'bytes', roomViewsRow],
  ],
  Challenges: [
    [
      'challengeLimits.collectEntries',
      challengeLimits.collectEntries,
      'count',
      "entries in the attacker's collect log",
    ],
    ['challengeLimits.collectBodyChars', challengeLimits.collectBodyChars, 'count', collectBodyRow],
    ['challengeLimits.collectBodyReadBytes', challengeLimits.collectBodyReadBytes, 'bytes', collectBodyRow],
    ['challengeLimits.exploitChars', challengeLimits.exploitChars, 'count', 'the attack page template'],
    [
      'challengeLimits.transfers',
      challengeLimits.transfers,
      'count',
      "transfers the victim's account remembers",
    ],
    ['victimBodyBytes', victimBodyBytes, 'bytes', 'a victim API request body'],
    [
      'sharedCacheLimits.entries',
      sharedCacheLimits.entries,
      'count',
      "answers the bank's CDN (`cdn.`) holds",
    ],
    ['sharedCacheLimits.bodyChars', sharedCacheLimits.bodyChars, 'count', cdnAnswerRow],
    ['stageTokenBits', stageTokenBits, 'count', 'stage tokens (`/s/<token>/…`)'],
    ['challengeList.length', challengeList.length, 'count', attemptsRow],
    ['challengeEvidenceLimits.headers', challengeEvidenceLimits.headers, 'count', evidenceRow],
    ['challengeEvidenceLimits.headerChars', challengeEvidenceLimits.headerChars, 'count', evidenceRow],
    ['challengeEvidenceLimits.bodyChars', challengeEvidenceLimits.bodyChars, 'count', evidenceRow],
  ],
  'The policy audit': [
    [
      'auditAttackLimits.ownPerRule',
      auditAttackLimits.ownPerRule,
      'count',
      'own origins whose look-alikes are tried, per rule',
    ],
    [
      'auditAttackLimits.ownPerPolicy',
      auditAttackLimits.ownPerPolicy,
      'count',
      'the same, over all the rules of a policy',
    ],
    ['regexSampleMax', regexSampleMax, 'count', 'samples taken of one origin regex'],
  ],
  'Config import': [
    ['policyListLimits.origins', policyListLimits.origins, 'count', importRow],
    ['policyListLimits.values', policyListLimits.values, 'count', importRow],
    ['policyListLimits.paths', policyListLimits.paths, 'count', importRow],
  ],
};

/**
 * The default bounds in one list, read from the modules that enforce them, so that the user-facing
 * page can be checked against the numbers the code really uses rather than kept in step by hand
 * (limitsRegistry.test.ts holds docs/bounds.md to it, both ways).
 */
export const limitsRegistry: readonly LimitEntry[] = Object.entries(limitsBySection).flatMap(
  ([section, rows]) => rows.map(([name, value, unit, bounds]) => ({ name, value, unit, section, bounds })),
);
