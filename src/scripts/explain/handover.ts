/** Where the search box leaves a pasted log for the explainer: sessionStorage, this tab only, never sent. */
export const HANDOVER_KEY = 'explain-log';
