import 'reflect-metadata';
import { ImportKind } from '../staff-import/import-kind';
import { exitWith, importCommandMain } from './import-command-main';

/** `npm run users:import -- <file.csv>`: all or nothing; prints each new person's one-time password once. */
exitWith('users:import', importCommandMain(ImportKind.Staff, 'users:import', process.argv.slice(2)));
