import Ajv, { JSONSchemaType } from 'ajv';
import { Citation, CourseSource, REVIEW_POLICIES } from './course-content';
import { CourseFile, LessonFrontMatter, QuestionsFile } from './content-file-types';

// `description` carries the author-facing wording of a pattern (see schema-problems.ts).
const text = { type: 'string', pattern: '\\S', description: 'must not be empty' } as const;
const shortText = { ...text, maxLength: 255 } as const;
const key = { type: 'string', pattern: '^[a-z0-9-]+$', description: "must use only a-z, 0-9 and '-'" } as const;
const wholeNumber = (minimum: number, maximum?: number) => ({ type: 'integer', minimum, ...(maximum === undefined ? {} : { maximum }) }) as const;

const sourceSchema: JSONSchemaType<CourseSource> = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'issuer', 'number', 'date', 'title'],
  properties: {
    id: key,
    issuer: shortText,
    number: shortText,
    date: {
      type: 'string',
      pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
      description: 'must be an ISO date such as "2021-08-27", or "2024-07" or "2023" when the day is unknown',
    },
    title: text,
  },
};

const citationSchema: JSONSchemaType<Citation> = {
  type: 'object',
  additionalProperties: false,
  required: ['ref', 'part'],
  properties: { ref: key, part: text },
};

const courseSchema: JSONSchemaType<CourseFile> = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'title', 'summary', 'sources', 'passScore', 'questionsPerAttempt', 'maxAttempts', 'timeLimitMinutes', 'validityMonths'],
  properties: {
    code: { type: 'string', pattern: '^[A-Z0-9-]{2,32}$', description: "must be 2 to 32 characters from A-Z, 0-9 and '-'" },
    title: shortText,
    summary: text,
    sources: { type: 'array', minItems: 1, items: sourceSchema },
    passScore: wholeNumber(1, 100),
    questionsPerAttempt: wholeNumber(1),
    maxAttempts: wholeNumber(0),
    timeLimitMinutes: wholeNumber(0),
    validityMonths: wholeNumber(0),
    review: { type: 'string', enum: [...REVIEW_POLICIES], nullable: true },
  },
};

const frontMatterSchema: JSONSchemaType<LessonFrontMatter> = {
  type: 'object',
  additionalProperties: false,
  required: ['title', 'sources'],
  properties: { title: shortText, sources: { type: 'array', minItems: 1, items: citationSchema } },
};

const questionsSchema: JSONSchemaType<QuestionsFile> = {
  type: 'object',
  additionalProperties: false,
  required: ['questions'],
  properties: {
    questions: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'type', 'text', 'options', 'correct', 'explanation', 'source'],
        properties: {
          id: { ...key, maxLength: 64 },
          type: { type: 'string', enum: ['single', 'multiple', 'true_false'] },
          text,
          options: {
            type: 'object',
            required: [],
            minProperties: 2,
            // A leading letter keeps ids like "1" out: JavaScript would move such keys ahead of the written order.
            propertyNames: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', description: "must start with a letter and use only a-z, 0-9 and '-'" },
            additionalProperties: text,
          },
          correct: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } },
          explanation: text,
          rule: { ...text, maxLength: 400, nullable: true },
          source: citationSchema,
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, verbose: true });

export const validateCourseFile = ajv.compile(courseSchema);
export const validateFrontMatter = ajv.compile(frontMatterSchema);
export const validateQuestionsFile = ajv.compile(questionsSchema);
