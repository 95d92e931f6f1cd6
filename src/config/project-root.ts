import { basename, dirname, join } from 'node:path';

/** The project root (views/, public/, courses/), from src/config under ts-jest and dist/src/config when built. */
export const PROJECT_ROOT = basename(dirname(dirname(__dirname))) === 'dist' ? join(__dirname, '..', '..', '..') : join(__dirname, '..', '..');
