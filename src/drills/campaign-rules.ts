import { isEmail } from 'class-validator';
import { ROLES } from '../access/role';
import { findTemplate } from './drill-templates';

/** The campaign form as typed, trimmed; checked by campaignProblems before anything is saved. */
export interface CampaignForm {
  name: string;
  templateKey: string;
  senderName: string;
  senderAddress: string;
  subject: string;
  body: string;
  departmentCodes: string[];
  includeSubdepartments: boolean;
  role: string;
  startsAt: string;
  spreadHours: string;
  remedialCourse: string;
  remedialDueDays: string;
}

/** What only the database knows, looked up before the rules run. */
export interface CampaignFacts {
  now: Date;
  remedialCourseKnown: boolean;
  unknownDepartments: string[];
  targetCount: number;
}

export type CampaignProblems = Partial<Record<keyof CampaignForm | 'targets', string>>;

const LINK_PLACEHOLDER = '{{link}}';
const NAME_PLACEHOLDER = '{{name}}';
const MAX_SPREAD_HOURS = 168;
const MAX_DUE_DAYS = 365;
const VIETNAM_OFFSET = '+07:00';
// eslint-disable-next-line no-control-regex -- a header line must not carry control characters
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Every problem of the form at once, in Vietnamese, keyed by field; empty when it may be saved. */
export function campaignProblems(form: CampaignForm, facts: CampaignFacts): CampaignProblems {
  const problems: CampaignProblems = {};
  if (!form.name) problems.name = 'Nhập tên đợt diễn tập.';
  if (!findTemplate(form.templateKey)) problems.templateKey = 'Chọn một mẫu thư có sẵn.';
  if (!form.senderName || CONTROL.test(form.senderName)) problems.senderName = 'Nhập tên người gửi trên một dòng.';
  if (!isEmail(form.senderAddress, { require_tld: true })) problems.senderAddress = 'Địa chỉ người gửi không hợp lệ (ví dụ: thongbao@ten-mien.vn).';
  if (!form.subject || CONTROL.test(form.subject)) problems.subject = 'Nhập tiêu đề thư trên một dòng.';
  if (!form.body.includes(LINK_PLACEHOLDER)) problems.body = 'Nội dung thư phải có {{link}}: chỗ đặt đường liên kết riêng của từng người.';
  const startsAt = parseVietnamDateTime(form.startsAt);
  if (!startsAt) problems.startsAt = 'Nhập thời điểm bắt đầu gửi theo dạng ngày/tháng/năm giờ:phút, ví dụ 15/12/2026 08:00.';
  else if (startsAt.getTime() < facts.now.getTime()) problems.startsAt = 'Thời điểm bắt đầu gửi đã qua: chọn một thời điểm trong tương lai.';
  if (wholeNumberIn(form.spreadHours, 0, MAX_SPREAD_HOURS) === null) problems.spreadHours = `Số giờ rải thư là một số nguyên từ 0 đến ${MAX_SPREAD_HOURS}.`;
  if (!facts.remedialCourseKnown) problems.remedialCourse = 'Không tìm thấy khóa học bồi dưỡng đã chọn.';
  if (wholeNumberIn(form.remedialDueDays, 1, MAX_DUE_DAYS) === null) problems.remedialDueDays = `Thời hạn hoàn thành là một số ngày từ 1 đến ${MAX_DUE_DAYS}.`;
  if (form.role && !(ROLES as readonly string[]).includes(form.role)) problems.role = 'Vai trò không hợp lệ.';
  if (facts.unknownDepartments.length) problems.departmentCodes = `Không tìm thấy đơn vị: ${facts.unknownDepartments.join(', ')}.`;
  else if (facts.targetCount === 0) problems.targets = 'Không có ai thuộc đối tượng đã chọn (cán bộ đang làm việc, có địa chỉ thư điện tử).';
  return problems;
}

/** "2026-12-15T08:00" (a datetime-local input) or "15/12/2026 08:00", in Vietnam's time; null otherwise. */
export function parseVietnamDateTime(text: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(text);
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : vietnamese ? [vietnamese[3], vietnamese[2], vietnamese[1], vietnamese[4], vietnamese[5]] : null;
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts;
  const pad = (value: string): string => value.padStart(2, '0');
  const local = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}`;
  const instant = new Date(`${local}:00${VIETNAM_OFFSET}`);
  // Round-trip to refuse 31/02 or 25:00, which Date would roll over silently.
  const back = new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
  return Number.isNaN(instant.getTime()) || back !== local ? null : instant;
}

function wholeNumberIn(text: string, min: number, max: number): number | null {
  if (!/^\d{1,4}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

export type MessageFields = Pick<CampaignForm, 'senderName' | 'senderAddress' | 'subject' | 'body'>;

/** The parts of a campaign that make up its message, from a form or a template. */
export function messageOf(source: MessageFields): MessageFields {
  return { senderName: source.senderName, senderAddress: source.senderAddress, subject: source.subject, body: source.body };
}

/** The message a person receives: the template's placeholders filled with their name and link. */
export function personalMessage(template: { subject: string; body: string }, fullName: string, link: string): { subject: string; text: string } {
  return { subject: template.subject, text: template.body.split(NAME_PLACEHOLDER).join(fullName).split(LINK_PLACEHOLDER).join(link) };
}

/**
 * When each of `count` messages goes out: evenly over the window from the start, in a random
 * order of people, so neither mail servers nor colleagues see a burst.
 */
export function spreadTimes(count: number, startsAt: Date, spreadHours: number): Date[] {
  const window = spreadHours * 3_600_000;
  return Array.from({ length: count }, (_, index) => new Date(startsAt.getTime() + (count > 1 ? Math.floor((window * index) / count) : 0)));
}
