import * as migration_20261122_062721_initial from './20261122_062721_initial';
import * as migration_20261122_071900_search from './20261122_071900_search';
import * as migration_20261122_100000_search_queue from './20261122_100000_search_queue';

export const migrations = [
  {
    up: migration_20261122_062721_initial.up,
    down: migration_20261122_062721_initial.down,
    name: '20261122_062721_initial'
  },
  {
    up: migration_20261122_071900_search.up,
    down: migration_20261122_071900_search.down,
    name: '20261122_071900_search'
  },
  {
    up: migration_20261122_100000_search_queue.up,
    down: migration_20261122_100000_search_queue.down,
    name: '20261122_100000_search_queue'
  },
];
