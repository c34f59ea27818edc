/**
 * What a policy change says about itself (`PUT …/policy?by=<label>`), without the history's schemas:
 * the app's first paint sends changes, only the editor reads the history.
 */

/** The longest label a policy change may carry. */
export const policyChangeLabelMaxLength = 120;

/** The label of a policy change that says nothing about itself (a plain PUT: the editor, the CLI). */
export const policyChangeLabelDefault = 'An edit';
