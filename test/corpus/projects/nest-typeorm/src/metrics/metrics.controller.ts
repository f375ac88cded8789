import { Controller, Get, Post, Body } from '@nestjs/common';

let scrapeCount = 0;
const startedAt = new Date();

@Controller('metrics')
export class MetricsController {
  @Get()
  scrape() {
    scrapeCount += 1;
    return { scrapeCount, uptimeSeconds: (Date.now() - startedAt.getTime()) / 1000 };
  }

  @Post('echo')
  echo(@Body() body: Record<string, unknown>) {
    const seen: string[] = [];
    seen.push(...Object.keys(body));
    return { keys: seen };
  }
}
