import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { InvoicesService } from './invoices.service';

const pendingExports = new Set<string>();
const RATE_TABLE: Readonly<Record<string, number>> = { EUR: 1, USD: 1.08, GBP: 0.86 };

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Get(':id')
  find(@Param('id') id: string) {
    return this.invoices.find(id, RATE_TABLE);
  }

  @Post(':id/export')
  export(@Param('id') id: string, @Req() req: Request) {
    pendingExports.add(id);
    const requestedBy = req.ip;
    return { queued: pendingExports.size, requestedBy };
  }
}
