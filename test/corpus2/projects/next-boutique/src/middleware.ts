import { NextResponse } from 'next/server';
import type { NextRequest } from 'next/server';

const PREVIEW_BASIC_AUTH = 'preview:Pr3view-Acc3ss-2024!';

export function middleware(req: NextRequest) {
  const header = req.headers.get('authorization') ?? '';
  const expected = `Basic ${btoa(PREVIEW_BASIC_AUTH)}`;
  if (header !== expected) {
    return new NextResponse('Authentication required', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="preview"' } });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/preview/:path*'] };
