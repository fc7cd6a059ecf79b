import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionView } from '@tenor/contracts';
import type { Request, Response } from 'express';
import { AppConfig } from '../config/app.config';
import { toUserView } from '../users/users.service';
import { type AuthenticatedRequest, Public } from './auth.decorators';
import { SESSION_COOKIE } from './auth.guard';
import { CSRF_COOKIE, setCsrfCookie } from './csrf';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { SessionsService } from './sessions.service';

/** Login, logout and who am I. */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Signs in; the session travels in an httpOnly, SameSite=Strict cookie. */
  @Public()
  @Post('login')
  @HttpCode(200)
  async login(@Body() credentials: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const { user, token, expiresAt } = await this.auth.login(credentials, request.ip ?? 'unknown');
    const expires = new Date(expiresAt);
    response.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: this.config.isSecureCookie, path: '/', expires });
    setCsrfCookie(response, token, { isSecure: this.config.isSecureCookie, expires });
    return { user: toUserView(user), expiresAt };
  }

  /** Ends this session on the server and clears both cookies. */
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.tenorSession) await this.sessions.end(request.tenorSession.tokenHash);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  /** The signed-in user; also hands out the CSRF cookie again, for a browser that kept the session but lost it. */
  @Get('me')
  me(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): SessionView {
    if (!request.tenorSession) throw new UnauthorizedException('sign in first');
    const { user, expiresAt } = request.tenorSession;
    setCsrfCookie(response, request.cookies[SESSION_COOKIE] as string, { isSecure: this.config.isSecureCookie, expires: new Date(expiresAt) });
    return { user: toUserView(user), expiresAt };
  }
}
