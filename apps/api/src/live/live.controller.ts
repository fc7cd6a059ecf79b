import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { interval, map, merge, Observable } from 'rxjs';
import { LiveService } from './live.service';

// A comment line every 25 s keeps proxies from closing an idle stream (most time out at 30-60 s).
const HEARTBEAT_MS = 25_000;

/** GET /api/live: server-sent events about new comments and decisions. */
@ApiTags('live')
@Controller('live')
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @Sse()
  stream(): Observable<MessageEvent> {
    return merge(
      this.live.stream().pipe(map((event): MessageEvent => ({ type: event.type, data: event }))),
      interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} }))),
    );
  }
}
