import * as migration_20261122_062721_initial from './20261122_062721_initial';

export const migrations = [
  {
    up: migration_20261122_062721_initial.up,
    down: migration_20261122_062721_initial.down,
    name: '20261122_062721_initial'
  },
];
