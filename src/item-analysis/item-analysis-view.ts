import { QuestionType } from '../courses/content/course-content';
import type { CourseItemAnalysis, ItemRow } from './item-analysis.service';
import { FLAG_MIN_DRAWN, ItemFlag } from './item-statistics';

const TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Một đáp án',
  multiple: 'Nhiều đáp án',
  true_false: 'Đúng/Sai',
};

export const FLAG_LABELS: Record<ItemFlag, string> = {
  [ItemFlag.TooEasy]: 'Quá dễ',
  [ItemFlag.TooHard]: 'Quá khó',
  [ItemFlag.NegativeDiscrimination]: 'Phân biệt ngược',
};

const TEXT_START_LENGTH = 90;

/** What `views/item-analysis/index.hbs` shows: numbers written the Vietnamese way, flags as labels. */
export function itemAnalysisPage(analysis: CourseItemAnalysis): object {
  return {
    title: `Phân tích câu hỏi: ${analysis.title}`,
    code: analysis.code,
    courseTitle: analysis.title,
    submittedAttempts: analysis.submittedAttempts,
    flagMinDrawn: FLAG_MIN_DRAWN,
    versions: analysis.versions.map((version) => ({
      version: version.version,
      title: version.title,
      current: version.current,
      submittedAttempts: version.submittedAttempts,
      flagged: version.items.filter((item) => item.flags.length > 0).length,
      items: version.items.map(itemView),
    })),
  };
}

function itemView(item: ItemRow): object {
  const drawn = item.counts.drawn;
  return {
    questionKey: item.questionKey,
    typeLabel: TYPE_LABELS[item.type] ?? item.type,
    textStart: textStart(item.text),
    text: item.text,
    drawn,
    facility: item.facility === null ? null : `${decimal(item.facility * 100, 1)}%`,
    discrimination: item.discrimination === null ? null : signedDecimal(item.discrimination),
    fewDraws: drawn < FLAG_MIN_DRAWN,
    flags: item.flags.map((flag) => ({ code: flag, label: FLAG_LABELS[flag] })),
    options: item.options.map((option) => ({ id: option.id, text: option.text, chosen: option.chosen, correct: item.correct.includes(option.id) })),
    unanswered: item.unanswered,
  };
}

/** The first words of a question, cut at a word boundary. */
export function textStart(text: string, length = TEXT_START_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** 87.5 → "87,5": Vietnamese decimal comma. */
function decimal(value: number, digits: number): string {
  return value.toFixed(digits).replace('.', ',');
}

/** −0.25 → "−0,25" with a real minus sign, 0.4 → "0,40". */
function signedDecimal(value: number): string {
  const text = decimal(Math.abs(value), 2);
  return value < 0 && text !== '0,00' ? `−${text}` : text;
}
