import { Request } from 'express';

/** One field of a submitted form, as unknown: Express types the parsed body as `any`. */
export function formField(request: Request, name: string): unknown {
  const body = request.body as Record<string, unknown> | undefined;
  return body?.[name];
}
