import { completionChart } from './completion-chart';
import { DepartmentComplianceRow } from './report-rows';

const row = (name: string, rate: number | null): DepartmentComplianceRow => ({
  departmentCode: 'X',
  departmentName: name,
  depth: 0,
  assigned: rate === null ? 0 : 10,
  completed: 0,
  inProgress: 0,
  notStarted: 0,
  overdue: 0,
  expired: 0,
  completionRate: rate,
});

describe('completionChart', () => {
  it('should cut a name too long for the label column, and keep it whole in its tooltip', () => {
    const name = 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Bình Thạnh';
    const svg = completionChart([row(name, 50)]).toString();
    expect(svg).toContain(`<title>${name}</title>Văn phòng Hội đồng nhân dân và Ủy…</text>`);
    expect(completionChart([row('Văn phòng Sở', 50)]).toString()).toContain('<title>Văn phòng Sở</title>Văn phòng Sở</text>');
  });

  it('should draw one bar per unit, proportional to its rate', () => {
    const svg = completionChart([row('Phòng A', 50), row('Phòng B', 100)]).toString();
    expect(svg.match(/class="chart-bar(-good)?"/g)).toHaveLength(2);
    expect(svg).toContain('width="180.0"');
    expect(svg).toContain('width="360.0"');
    expect(svg).toContain('50,0%');
  });

  it('should escape department names and show units with nothing assigned', () => {
    const svg = completionChart([row('<script>x</script> & Co', null)]).toString();
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('chưa giao');
  });
});
