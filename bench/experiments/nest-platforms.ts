/**
 * ADR 21's side-by-side: the same Nest route (a DTO of 8 fields through the project's ValidationPipe options, a
 * global async guard, one interceptor) on Express (with and without helmet and cookie-parser, as create-app runs
 * them) and on Fastify, each server in its own process, 16 clients, server CPU per request, interleaved rounds.
 * Not part of `npm run bench`. Since ADR 24 the product runs on Fastify and no longer installs Express; to run it:
 *   npm install --no-save @nestjs/platform-express@11.2.10 helmet cookie-parser && npx swc bench/experiments/nest-platforms.ts -o /tmp/np.js --config-file .swcrc && node /tmp/np.js
 * (run the compiled file from inside the repository's folder tree so that node_modules resolve, e.g. -o dist/np.js).
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { Body, CallHandler, CanActivate, Controller, ExecutionContext, Injectable, Module, NestInterceptor, Param, Post, ValidationPipe } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, APP_PIPE, NestFactory } from '@nestjs/core';
import { IsISO8601, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { Observable, tap } from 'rxjs';

class Dto {
  @Matches(/^\d{1,13}(\.\d{1,2})?$/) amount!: string;
  @IsISO8601({ strict: true }) effectiveDate!: string;
  @IsString() @MaxLength(64) voucherNo!: string;
  @IsString() @MaxLength(200) payee!: string;
  @IsString() @MaxLength(500) summary!: string;
  @IsOptional() @IsString() subsidyCategory!: string | null;
  @IsOptional() @IsInt() @Min(0) beneficiaries!: number | null;
  @IsOptional() @IsString() economic!: string;
}
@Injectable() class G implements CanActivate { async canActivate() { return true; } }
@Injectable() class I implements NestInterceptor { intercept(_c: ExecutionContext, n: CallHandler): Observable<unknown> { return n.handle().pipe(tap(() => undefined)); } }
@Controller('api/v1/lines') class C { @Post(':id/disbursements') rec(@Param('id') id: string, @Body() b: Dto) { return { lineId: id, voucherNo: b.voucherNo, revision: 1 }; } }
@Module({ controllers: [C], providers: [{ provide: APP_GUARD, useClass: G }, { provide: APP_INTERCEPTOR, useClass: I },
  { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }) }] }) class M {}

async function server(kind: string) {
  let port = 0;
  if (kind.startsWith('express')) {
    const app = await NestFactory.create(M, { logger: false, bodyParser: false });
    const { json } = require('express');
    if (kind === 'express+helmet') { app.use(require('helmet')()); app.use(require('cookie-parser')()); }
    app.use(json({ limit: '100kb' }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  } else {
    const { FastifyAdapter } = require('@nestjs/platform-fastify');
    const app = await NestFactory.create(M, new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as { port: number }).port;
  }
  process.on('message', () => { const u = process.cpuUsage(); process.send!(u.user + u.system); });
  process.send!({ port });
}

async function main() {
  const kinds = ['express', 'express+helmet', 'fastify'];
  const children = await Promise.all(kinds.map(async (k) => {
    const c = fork(__filename, ['server', k]);
    const { port } = await new Promise<{ port: number }>((r) => c.once('message', r as never));
    return { k, c, port };
  }));
  const cpu = (c: any) => new Promise<number>((r) => { c.send('x'); c.once('message', r); });
  const body = JSON.stringify({ amount: '1234.50', effectiveDate: '2026-12-01', voucherNo: '记-2026-12-000001', payee: '某某县第三中学', summary: '支付办公楼维修工程进度款（合同编号 XQ-2023-017）', subsidyCategory: '公益性岗位补贴', beneficiaries: 12, economic: '30305' });
  const res: Record<string, number[]> = {};
  for (let round = 0; round < 10; round++) for (const { k, c, port } of children) {
    const before = await cpu(c); let n = 0; const end = Date.now() + 1500;
    await Promise.all(Array.from({ length: 16 }, async (_, j) => { while (Date.now() < end) { const r = await fetch(`http://127.0.0.1:${port}/api/v1/lines/L${j}/disbursements`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body }); await r.arrayBuffer(); if (r.status !== 201) throw new Error(String(r.status)); n++; } }));
    const ms = ((await cpu(c)) - before) / 1000 / n;
    if (round > 0) (res[k] ??= []).push(ms);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const k of kinds) console.log(k, 'server CPU ms/request, median', med(res[k]).toFixed(3), 'rounds', res[k].map((x) => x.toFixed(3)).join(' '));
  console.log('fastify / express per round, median', med(res.fastify.map((x, i) => x / res.express[i])).toFixed(2),
    '; fastify / express+helmet', med(res.fastify.map((x, i) => x / res['express+helmet'][i])).toFixed(2));
  for (const { c } of children) c.kill();
}
if (process.argv[2] === 'server') void server(process.argv[3]); else void main();
