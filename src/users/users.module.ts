import { Global, Module } from '@nestjs/common';
import { DEPARTMENT_STAFF } from '../common/department-staff';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** Global so that departments/, below users/, reach the people of a department through DEPARTMENT_STAFF without importing users/. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [UsersController],
  providers: [UsersService, { provide: DEPARTMENT_STAFF, useExisting: UsersService }],
  exports: [UsersService, DEPARTMENT_STAFF],
})
export class UsersModule {}
