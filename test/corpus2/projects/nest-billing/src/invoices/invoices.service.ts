import { Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

@Injectable()
export class InvoicesService {
  constructor(@InjectRepository(Invoice) private readonly repo: Repository<Invoice>) {}

  async find(id: string, rates: Readonly<Record<string, number>>) {
    const invoice = await this.repo.findOneByOrFail({ id });
    return { ...invoice, amountEur: invoice.amountCents / (rates[invoice.currency] ?? 1) };
  }

  @Cron(CronExpression.EVERY_HOUR)
  async sweep(): Promise<void> {
    await this.repo.delete({ amountCents: 0 });
  }
}
