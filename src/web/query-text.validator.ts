import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * One short line of text in a query parameter. A repeated parameter arrives as an array; the one
 * message then says so, rather than listing every rule the array also breaks.
 */
export function IsQueryText(name: string, label: string, maxLength = 64, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isQueryText',
      validator: {
        // eslint-disable-next-line no-control-regex -- refusing control characters is the point
        validate: (value: unknown) => typeof value === 'string' && value.length <= maxLength && !/[\u0000-\u001f]/.test(value),
        defaultMessage: (args?: ValidationArguments) => (typeof args?.value === 'string' ? `${label} không hợp lệ.` : `Tham số "${name}" (${label.toLowerCase()}) chỉ được có một giá trị.`),
      },
    },
    options,
  );
}
