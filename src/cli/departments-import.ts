import 'reflect-metadata';
import { ImportKind } from '../staff-import/import-kind';
import { exitWith, importCommandMain } from './import-command-main';

/** `npm run departments:import -- <file.csv>`: all or nothing; parents may come later in the file. */
exitWith('departments:import', importCommandMain(ImportKind.Departments, 'departments:import', process.argv.slice(2)));
