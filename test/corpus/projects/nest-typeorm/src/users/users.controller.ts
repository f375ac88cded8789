import { Controller, Get, Param, NotFoundException } from '@nestjs/common';
import { UsersService } from './users.service';

const EMAIL_DOMAINS = ['example.com', 'example.org'];

@Controller('users')
export class UsersController {
  private readonly lookups = new Map<string, number>();

  constructor(private readonly users: UsersService) {}

  @Get(':email')
  async find(@Param('email') email: string) {
    this.lookups.set(email, (this.lookups.get(email) ?? 0) + 1);
    if (!EMAIL_DOMAINS.some((d) => email.endsWith(d))) throw new NotFoundException();
    const user = await this.users.findByEmail(email);
    if (!user) throw new NotFoundException();
    return { id: user.id, email: user.email };
  }
}
