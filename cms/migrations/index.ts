import * as migration_20261122_062721_initial from './20261122_062721_initial';
import * as migration_20261122_071900_search from './20261122_071900_search';
import * as migration_20261122_084526_registration_mail from './20261122_084526_registration_mail';
import * as migration_20261122_093003_event_recurrence from './20261122_093003_event_recurrence';
import * as migration_20261122_093822_scheduled_publish from './20261122_093822_scheduled_publish';
import * as migration_20261122_100000_search_queue from './20261122_100000_search_queue';
import * as migration_20261122_101417_accessibility_reports from './20261122_101417_accessibility_reports';
import * as migration_20261122_110000_search_speed from './20261122_110000_search_speed';
import * as migration_20261122_113739_network_signup from './20261122_113739_network_signup';
import * as migration_20261122_114304_purge_applications from './20261122_114304_purge_applications';
import * as migration_20261122_115613_agency_office_logo from './20261122_115613_agency_office_logo';
import * as migration_20261122_125534_council_applications from './20261122_125534_council_applications';
import * as migration_20261122_131450_user_calendar_token from './20261122_131450_user_calendar_token';
import * as migration_20261122_150000_search_dictionary from './20261122_150000_search_dictionary';
import * as migration_20261204_120000_auth_throttle from './20261204_120000_auth_throttle';
import * as migration_20261204_122442_account_links from './20261204_122442_account_links';
import * as migration_20261204_192035_issue15_fields from './20261204_192035_issue15_fields';

export const migrations = [
  {
    up: migration_20261122_062721_initial.up,
    down: migration_20261122_062721_initial.down,
    name: '20261122_062721_initial',
  },
  {
    up: migration_20261122_071900_search.up,
    down: migration_20261122_071900_search.down,
    name: '20261122_071900_search',
  },
  {
    up: migration_20261122_084526_registration_mail.up,
    down: migration_20261122_084526_registration_mail.down,
    name: '20261122_084526_registration_mail',
  },
  {
    up: migration_20261122_093003_event_recurrence.up,
    down: migration_20261122_093003_event_recurrence.down,
    name: '20261122_093003_event_recurrence',
  },
  {
    up: migration_20261122_093822_scheduled_publish.up,
    down: migration_20261122_093822_scheduled_publish.down,
    name: '20261122_093822_scheduled_publish',
  },
  {
    up: migration_20261122_100000_search_queue.up,
    down: migration_20261122_100000_search_queue.down,
    name: '20261122_100000_search_queue',
  },
  {
    up: migration_20261122_101417_accessibility_reports.up,
    down: migration_20261122_101417_accessibility_reports.down,
    name: '20261122_101417_accessibility_reports',
  },
  {
    up: migration_20261122_110000_search_speed.up,
    down: migration_20261122_110000_search_speed.down,
    name: '20261122_110000_search_speed',
  },
  {
    up: migration_20261122_113739_network_signup.up,
    down: migration_20261122_113739_network_signup.down,
    name: '20261122_113739_network_signup',
  },
  {
    up: migration_20261122_114304_purge_applications.up,
    down: migration_20261122_114304_purge_applications.down,
    name: '20261122_114304_purge_applications',
  },
  {
    up: migration_20261122_115613_agency_office_logo.up,
    down: migration_20261122_115613_agency_office_logo.down,
    name: '20261122_115613_agency_office_logo',
  },
  {
    up: migration_20261122_125534_council_applications.up,
    down: migration_20261122_125534_council_applications.down,
    name: '20261122_125534_council_applications',
  },
  {
    up: migration_20261122_131450_user_calendar_token.up,
    down: migration_20261122_131450_user_calendar_token.down,
    name: '20261122_131450_user_calendar_token',
  },
  {
    up: migration_20261122_150000_search_dictionary.up,
    down: migration_20261122_150000_search_dictionary.down,
    name: '20261122_150000_search_dictionary',
  },
  {
    up: migration_20261204_120000_auth_throttle.up,
    down: migration_20261204_120000_auth_throttle.down,
    name: '20261204_120000_auth_throttle',
  },
  {
    up: migration_20261204_122442_account_links.up,
    down: migration_20261204_122442_account_links.down,
    name: '20261204_122442_account_links',
  },
  {
    up: migration_20261204_192035_issue15_fields.up,
    down: migration_20261204_192035_issue15_fields.down,
    name: '20261204_192035_issue15_fields'
  },
];
