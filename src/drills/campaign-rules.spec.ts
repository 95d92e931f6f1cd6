import { CampaignForm, campaignProblems, parseVietnamDateTime, personalMessage, spreadTimes } from './campaign-rules';
import { DRILL_TEMPLATES } from './drill-templates';

const NOW = new Date('2026-12-01T03:00:00Z');

function form(changes: Partial<CampaignForm> = {}): CampaignForm {
  const template = DRILL_TEMPLATES[0];
  return {
    name: 'Diễn tập quý IV',
    templateKey: template.key,
    senderName: template.senderName,
    senderAddress: template.senderAddress,
    subject: template.subject,
    body: template.body,
    departmentCodes: ['SKHCN'],
    includeSubdepartments: true,
    role: '',
    startsAt: '2026-12-02T08:00',
    spreadHours: '4',
    remedialCourse: 'NTS-49',
    remedialDueDays: '14',
    ...changes,
  };
}

const FACTS = { now: NOW, remedialCourseKnown: true, unknownDepartments: [], targetCount: 12 };

describe('campaign rules', () => {
  it('should accept a complete campaign', () => {
    expect(campaignProblems(form(), FACTS)).toEqual({});
  });

  it('should refuse every bad input of the issue with its own message', () => {
    expect(campaignProblems(form({ body: 'Bấm vào đây' }), FACTS).body).toContain('{{link}}');
    expect(campaignProblems(form(), { ...FACTS, targetCount: 0 }).targets).toContain('Không có ai');
    expect(campaignProblems(form({ startsAt: '2026-12-01T09:00' }), FACTS).startsAt).toContain('đã qua');
    expect(campaignProblems(form(), { ...FACTS, remedialCourseKnown: false }).remedialCourse).toContain('Không tìm thấy khóa học');
    expect(campaignProblems(form({ senderAddress: 'thue@@gov' }), FACTS).senderAddress).toContain('không hợp lệ');
    expect(campaignProblems(form(), { ...FACTS, unknownDepartments: ['XYZ'] }).departmentCodes).toBe('Không tìm thấy đơn vị: XYZ.');
  });

  it('should refuse a header with a line break', () => {
    expect(campaignProblems(form({ subject: 'A\r\nBcc: all@example.vn' }), FACTS).subject).toBeDefined();
  });

  it('should read a start time in Vietnam time and refuse impossible dates', () => {
    expect(parseVietnamDateTime('2026-12-02T08:00')?.toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(parseVietnamDateTime('2/12/2026 8:00')?.toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(parseVietnamDateTime('31/02/2026 08:00')).toBeNull();
    expect(parseVietnamDateTime('ngày mai')).toBeNull();
  });

  it('should fill the name and the link, every time they appear', () => {
    const message = personalMessage({ subject: 'S', body: '{{name}}: {{link}} ({{link}})' }, 'Nguyễn Thị Hằng', 'https://x/l/t');
    expect(message.text).toBe('Nguyễn Thị Hằng: https://x/l/t (https://x/l/t)');
  });

  it('should spread messages evenly over the window', () => {
    const start = new Date('2026-12-02T01:00:00Z');
    const times = spreadTimes(4, start, 2);
    expect(times.map((time) => (time.getTime() - start.getTime()) / 60_000)).toEqual([0, 30, 60, 90]);
    expect(spreadTimes(1, start, 2)).toEqual([start]);
  });

  it('should give every built-in template a link, a landing form and the signs to teach', () => {
    for (const template of DRILL_TEMPLATES) {
      expect(template.body).toContain('{{link}}');
      expect(template.body).toContain('{{name}}');
      expect(template.landing.fields.length).toBeGreaterThan(0);
      expect(template.signs.length).toBeGreaterThanOrEqual(3);
      expect(template.body).toBe(template.body.normalize('NFC'));
    }
  });
});
