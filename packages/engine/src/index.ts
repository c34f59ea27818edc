export * from './policy/policySchema.ts';
export * from './browser/fetchTypes.ts';
export * from './http/httpTypes.ts';
export * from './http/headerList.ts';
export * from './http/httpToken.ts';
export * from './lab/labRoute.ts';
export * from './policy/policyParse.ts';
export * from './policy/policyDefault.ts';
export { regexLimits } from './policy/regexLimits.ts';
export * from './server/corsRespond.ts';
export * from './server/corsHeadersFinal.ts';
export * from './server/corsHeader.ts';
export * from './server/originMatch.ts';
export { corsRuleBase, corsRuleMerged } from './server/corsRule.ts';
export * from './server/serverFromPolicy.ts';
export * from './preset/policyPresets.ts';
export * from './browser/simulateFetch.ts';
export { fetchSimulation, type SimOptions } from './browser/fetchSimulation.ts';
export { serverFromScript, type ScriptedResponse } from './browser/serverFromScript.ts';
export {
  preflightCacheCreate,
  preflightCacheMatch,
  preflightCacheStore,
  type PreflightCache,
} from './browser/preflightCache.ts';
export {
  corsSafelistMethod,
  corsSafelistNoCors,
  corsSafelistRequestHeader,
  corsSafelistResponseHeader,
  corsSafelistUnsafeNames,
} from './browser/corsSafelist.ts';
export { forbiddenRequestHeader, forbiddenRequestMethod } from './browser/forbiddenRequest.ts';
export { consoleMessageChromium, consoleMessageFirefox } from './browser/consoleMessage.ts';
export { consoleMessageWebkitLines } from './browser/consoleMessageWebkit.ts';
export { traceNetworkErrorMessages } from './browser/traceFinish.ts';
export { preflightResultMaxAge } from './browser/preflightResult.ts';
export { requestPrepareMethod } from './browser/requestPrepare.ts';
export { specLink } from './browser/specLink.ts';
export * from './fix/fixSuggest.ts';
export * from './lab/labServer.ts';
export * from './cookie/cookieTypes.ts';
export * from './cookie/cookieVariants.ts';
export * from './cookie/cookieSend.ts';
export * from './cookie/cookieStore.ts';
export { siteOf, siteSame, type Site } from './cookie/site.ts';
export * from './challenge/challengeTypes.ts';
export * from './challenge/challengeList.ts';
export * from './challenge/challengeVerdict.ts';
export { challengeVictimCdn } from './challenge/challengeParts.ts';
export * from './challenge/victimRoute.ts';
export * from './diagnosis/diagnosisTypes.ts';
export { diagnosisFind, diagnosisRemedy, diagnosisFrameworkIs } from './diagnosis/diagnosisFind.ts';
export * from './challenge/challengeReplay.ts';
