import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';
import { SignedInUser } from './signed-in-user';

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SignedInUser => context.switchToHttp().getRequest<Request>().user as SignedInUser);
