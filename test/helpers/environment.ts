/** Where the integration tests find MariaDB; a fresh database is created there for each suite. */
export const MARIADB_URL = process.env.TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Under CI a missing MariaDB or Chromium is a failure; elsewhere the tests that need it skip loudly. */
export const IN_CI = process.env.CI === 'true';

/** Set by global-setup.ts after probing the server. */
export const MARIADB_AVAILABLE_FLAG = 'ATTT_TEST_MARIADB_AVAILABLE';
