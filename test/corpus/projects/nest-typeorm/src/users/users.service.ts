import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { scrypt as _scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { User } from './user.entity';

const scrypt = promisify(_scrypt);

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}

  findByEmail(email: string) {
    return this.repo.findOne({ where: { email } });
  }

  async verify(user: User, password: string): Promise<boolean> {
    const [salt, stored] = user.passwordHash.split(':');
    const derived = (await scrypt(password, salt, 64)) as Buffer;
    return timingSafeEqual(derived, Buffer.from(stored, 'hex'));
  }
}
