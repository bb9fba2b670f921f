/**
 * The texts of the admin area, kept apart from the public site's catalogs. Both catalogs are declared
 * with this type, so a missing or extra key fails the type check. `{name}` marks a placeholder.
 */
export interface AdminMessages {
  adminTitle: string;
  navDashboard: string;
  navSources: string;
  navAudit: string;
  navPassword: string;
  navLabel: string;
  loggedInAs: string;
  logout: string;
  toSite: string;
  switchLanguage: string;
  roleAdmin: string;
  roleEditor: string;

  loginTitle: string;
  loginName: string;
  loginPassword: string;
  loginSubmit: string;
  loginInvalid: string;
  loginLocked: string;

  forbiddenTitle: string;
  forbiddenText: string;
  csrfTitle: string;
  csrfText: string;
  notFoundTitle: string;
  notFoundText: string;

  dashboardTitle: string;
  dashboardSources: string;
  dashboardFeeds: string;
  dashboardFailing: string;
  dashboardPaused: string;
  dashboardRecent: string;

  sourcesTitle: string;
  sourcesEmpty: string;
  addSource: string;
  feedUrl: string;
  feedLastFetch: string;
  feedStatus: string;
  feedNextCheck: string;
  feedErrors: string;
  feedPerDay: string;
  statusOk: string;
  statusNew: string;
  statusPaused: string;
  statusFailing: string;
  never: string;
  noFeeds: string;
  edit: string;
  pause: string;
  resume: string;

  newSourceTitle: string;
  newSourceUrl: string;
  newSourceHint: string;
  preview: string;
  previewTitle: string;
  previewNoItems: string;
  previewChoose: string;
  sourceName: string;
  sourceNameHint: string;
  subscribe: string;
  discoveryFailed: string;
  /** Plain words for the stable error codes of discovery and input checks; unknown codes show their detail. */
  errorReasons: Record<string, string>;
  subscribed: string;

  editSourceTitle: string;
  category: string;
  noCategory: string;
  language: string;
  languageUnknown: string;
  displayPolicy: string;
  policyFull: string;
  policyExcerpt: string;
  policyHeadline: string;
  readMoreText: string;
  readMoreHint: string;
  save: string;
  saved: string;
  invalidInput: string;
  feedsOfSource: string;

  deleteSource: string;
  deleteKeep: string;
  deletePurge: string;
  deleteSubmit: string;
  deletedKept: string;
  deletedPurged: string;

  auditTitle: string;
  auditWhen: string;
  auditWho: string;
  auditWhat: string;
  auditTarget: string;
  auditAddress: string;
  auditEmpty: string;

  passwordTitle: string;
  passwordCurrent: string;
  passwordNew: string;
  passwordRepeat: string;
  passwordSubmit: string;
  passwordChanged: string;
  passwordWrong: string;
  passwordMismatch: string;
  passwordWeak: string;
}
