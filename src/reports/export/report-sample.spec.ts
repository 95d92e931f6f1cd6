import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCompliancePdf } from './compliance-pdf';
import { writeComplianceXlsx } from './compliance-xlsx';
import { written } from '../../../test/helpers/export-streams';
import { provinceRows, reportMeta } from '../../../test/factories/report-rows.factory';

const OUTPUT = join(__dirname, '..', '..', '..', 'test-output');

// Not a check: leaves files for a person to open after changing the layout.
describe('report samples', () => {
  it('should write the sample province to test-output/report-sample.{pdf,png,xlsx}', async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const pdf = join(OUTPUT, 'report-sample.pdf');
    writeFileSync(pdf, await written((output) => writeCompliancePdf(provinceRows(), reportMeta(), output)));
    writeFileSync(join(OUTPUT, 'report-sample.xlsx'), await written((output) => writeComplianceXlsx(provinceRows(), reportMeta(), output)));
    if (!spawnSync('pdftoppm', ['-v']).error) {
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUTPUT, 'report-sample')]);
    }
  });
});
