/**
 * The site's way into the CMS, one module per domain in site/lib/cms/ (payload.ts says how
 * reads keep to the access rules). This index keeps the names the pages import.
 */
export { cms } from './cms/payload.ts'
export { findPublicMediaFile, mediaPath, uploadFolder, type PublicImage } from './cms/media.ts'
export {
  findBySlug,
  listHubs,
  listMunicipalities,
  type HubRef,
  type HubSummary,
  type MunicipalityInfo,
  type MunicipalityRef,
  type NamedRef,
  type PublicManager,
} from './cms/hubs.ts'
export { closedEventAt, findOrganiser, listUpcomingEvents, loadEventPage, loadEventPageAs, type EventPageData, type EventSummary, type UpcomingFilter } from './cms/events.ts'
export {
  listPublicSlugs,
  loadHomePage,
  loadHubPage,
  loadMunicipalityPage,
  type HubPageData,
  type MunicipalityPageData,
  type PublicSlugs,
} from './cms/pages.ts'
export { listFeedEvents, loadFeedEvent, loadFeedEventAs, type FeedEvent, type FeedFilter } from './cms/feeds.ts'
export {
  cancelRegistrationLink,
  confirmRegistrationLink,
  loadPersonalFeed,
  loadRegistration,
  ownRegistrationsAt,
  registerAs,
  registerForEvent,
  seatsLeftAt,
  type Outcome,
  type OwnRegistration,
  type RegistrationView,
} from './cms/registration.ts'
export { confirmSignupLink, listNetworkAgencies, loadSignupLink, signUpToNetwork, type NetworkAgency, type SignupOutcomeResult } from './cms/network.ts'
export {
  agencyNameOf,
  applyToCouncil,
  councilMeetingsFor,
  holdsCouncilSeat,
  loadCouncil,
  storedCalendarToken,
  type CouncilPage,
} from './cms/council.ts'
export {
  askForPasswordReset,
  choosePassword,
  confirmNewEmail,
  endSiteSession,
  loadEmailChangeLink,
  logInToSite,
  passwordLinkEmail,
  passwordLinkValid,
  userFromSessionToken,
  type EmailChangeOutcome,
  type LoginOutcome,
  type SiteUser,
} from './cms/account.ts'
export { DECISION_MESSAGE_MAX, decideColleague, deleteMyAccount, loadAccountFeed, loadMyPage, myPersonalData, renewMyCalendar, type ColleagueRequest, type DecisionProblem, type MyPageData } from './cms/myPage.ts'
export { loadPreview, type PreviewPage } from './cms/preview.ts'
export { search } from './cms/search.ts'
export { contentVersion, health } from './cms/health.ts'
export { reportAccessibilityProblem } from './cms/accessibility.ts'
export { contactHub, findContactableHub, type ContactableHub } from './cms/hubContact.ts'
