import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';
import { UsersService } from '../users/users.service';

@Injectable()
export class AuthService {
  private readonly passwordMinLength = 12;
  private readonly tokenHeader = 'authorization';

  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    private readonly config: ConfigService,
  ) {}

  async signIn(email: string, password: string) {
    const user = await this.users.findByEmail(email);
    if (!user || password.length < this.passwordMinLength || !(await this.users.verify(user, password))) {
      throw new UnauthorizedException('Invalid email or password');
    }
    const refreshSecret = this.config.get<string>('JWT_REFRESH_SECRET');
    return {
      accessToken: await this.jwt.signAsync({ sub: user.id }),
      refreshToken: await this.jwt.signAsync({ sub: user.id }, { secret: refreshSecret, expiresIn: '7d' }),
    };
  }
}
