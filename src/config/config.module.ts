import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig, loadAppConfig } from './app-config';

@Global()
@Module({})
export class ConfigModule {
  /** Tests pass a ready AppConfig; the server reads and validates the process environment. */
  public static forRoot(config?: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useFactory: () => config ?? loadAppConfig() }],
      exports: [AppConfig],
    };
  }
}
