import { barChart, percentText } from '../web/bar-chart';
import { DepartmentComplianceRow } from './report-rows';

/** Completion rate per department; green from 80%, and "chưa giao" where nothing is assigned. */
export function completionChart(rows: DepartmentComplianceRow[]): ReturnType<typeof barChart> {
  const bars = rows.map((row) => ({
    label: row.departmentName,
    rate: row.completionRate,
    valueText: row.completionRate === null ? 'chưa giao' : percentText(row.completionRate),
    good: row.completionRate !== null && row.completionRate >= 80,
  }));
  return barChart(bars, { id: 'chart', title: 'Tỷ lệ hoàn thành theo đơn vị' });
}
