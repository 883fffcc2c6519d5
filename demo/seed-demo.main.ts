/**
 * `npm run seed:demo [-- --force] [-- --scale=0.1]`: migrates the database of DATABASE_URL (default the
 * development database) and fills it with the demo city's 2023 (see seed-demo.ts), then prints the figures.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module.js';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { ensureDatabase } from '../src/database/ensure-database.js';
import { runMigrations } from '../src/database/migrate.js';
import { createNestLogger } from '../src/logging/logger-options.js';
import { UsersService } from '../src/users/users.service.js';
import { seedDemo } from './seed-demo.js';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const scaleArg = args.find((a) => a.startsWith('--scale='));
  const scale = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 1;
  if (!(scale > 0 && scale <= 10)) {
    throw new Error('--scale must be a number in (0, 10]');
  }
  const config = loadConfig();
  await ensureDatabase(config.databaseMigrationUrl);
  await runMigrations(config.databaseMigrationUrl);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: createNestLogger(config, 'seed-demo'),
  });
  try {
    await app.get(UsersService).ensureFirstAdmin();
    const result = await seedDemo(app, {
      scale,
      force: args.includes('--force'),
      log: (l) => print(`seed:demo ${l}`),
    });
    print('');
    print(`Đã tạo dữ liệu minh họa năm 2023 trong ${(result.elapsedMs / 1000).toFixed(1)} giây:`);
    print(`  ${result.unitIds.length} đơn vị, ${result.users.length} cán bộ (mật khẩu: ${result.password})`);
    print(
      `  hồ sơ: ${Object.entries(result.cases)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}; ${result.visits} lượt tiếp công dân`,
    );
    print(`  tài khoản: ${result.users.map((u) => `${u.username} (${u.role})`).join(', ')}`);
    print('');
    print('Báo cáo năm 2023 (01/01/2023 - 31/12/2023), UBND thành phố và các đơn vị trực thuộc:');
    for (const r of result.resolution.rows) {
      print(
        `  ${r.kind.padEnd(24)} kỳ trước ${String(r.carriedOver ?? '-').padStart(3)}  thụ lý ${String(r.accepted ?? '-').padStart(4)}  ` +
          `tổng ${String(r.total).padStart(5)}  đã giải quyết ${String(r.resolved).padStart(5)}  chưa ${String(r.pending).padStart(3)}  ` +
          `đúng hạn ${String(r.resolvedOnTime).padStart(5)}  ${r.rateText ?? ''}`,
      );
    }
    result.summary.forEach((line) => print(`  ${line}`));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
