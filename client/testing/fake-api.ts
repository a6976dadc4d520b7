import { vi } from 'vitest';
import type { ConsoleConfig } from '../../contract/console-config';
import type { ErrorCode } from '../../contract/error-codes';
import type { ApiError, ApiErrorBody } from '../../contract/errors';
import type { ConversationInfo, LookupEvent, LookupRequest, LookupResponse } from '../../contract/lookup';
import type { SessionInfo } from '../../contract/session';

/** A request the page sent, with its JSON body parsed. */
export interface ApiCall {
  method: string;
  /** Path and query, e.g. `/api/audit?event=lookup`. */
  path: string;
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Sent as NDJSON lines instead of one JSON body. */
  events?: LookupEvent[];
}

type Handler = (call: ApiCall) => FakeAnswer | Promise<FakeAnswer>;

export const ok = (body: unknown): FakeAnswer => ({ status: 200, body });
export const stream = (events: LookupEvent[]): FakeAnswer => ({ status: 200, events });

/** A whole lookup answer as the events a streamed job would send for it. */
export function eventsOf(response: LookupResponse): LookupEvent[] {
  const { appId, conversationId, mode, userIds } = response;
  return [
    { type: 'start', mode, appId, conversationId, userIds },
    { type: 'conversation', conversation: response.conversation },
    { type: 'rows', participants: response.participants, notMembers: response.notMembers, position: 0 },
    ...response.unanswered.map((batch) => ({ type: 'unchecked' as const, batch })),
    {
      type: 'end',
      outcome: response.outcome,
      browseError: response.browseError,
      requestIds: response.requestIds,
    },
  ];
}

/** An error in the API's one shape, `{ error: { code, message, field? … } }`. */
export function apiError(status: number, code: ErrorCode, message: string, extra: Partial<ApiError> = {}): FakeAnswer {
  const body: ApiErrorBody = { error: { code, message, ...extra } };
  return { status, body };
}

export const OPERATOR: SessionInfo = {
  username: 'mod-anna',
  role: 'admin',
  apps: ['100001', '100002'],
  // English, so the tests read the English catalogue whatever the machine's language.
  preferences: { language: 'en', timeZone: 'local', theme: 'system' },
};

export const CONFIG: ConsoleConfig = {
  apps: [
    { id: '100001', label: 'Community' },
    { id: '100002', label: 'Live' },
  ],
  reasonRequired: false,
  demo: false,
  maxUserIds: 1000,
  example: null,
};

/** A plain group conversation, as BatchGetConversations describes it. */
export function conversationInfo(conversationId: string, patch: Partial<ConversationInfo> = {}): ConversationInfo {
  return {
    conversationId,
    name: 'Support room',
    type: 2,
    status: 0,
    ownerId: '9223372036854775807',
    creatorId: '9223372036854775807',
    memberCount: 8,
    onlineCount: null,
    createdAt: 1_700_000_000,
    modifiedAt: 1_700_086_400,
    description: null,
    notice: null,
    avatarUrl: null,
    otherUserId: null,
    ext: {},
    ...patch,
  };
}

/** What a lookup in which nobody is a member answers. */
export function noMembers(request: LookupRequest): LookupResponse {
  const userIds = request.userIds ?? [];
  return {
    appId: request.appId,
    conversationId: request.conversationId,
    mode: 'lookup',
    outcome: 'ok',
    conversation: { state: 'found', conversation: conversationInfo(request.conversationId) },
    browseError: null,
    userIds,
    participants: [],
    notMembers: userIds,
    unanswered: [],
    requestIds: ['202611260415050A1B2C3D4E5F6A7B8C9D'],
  };
}

/** What the server answers without a session. */
const PUBLIC_ROUTES = new Set(['POST /api/session', 'GET /api/session/options']);

/**
 * Replaces `fetch` with a stand-in for our API, so the components' own api-client and hooks run for real. Like the
 * server, it answers 401 to every route but sign-in while nobody is signed in. Routes are `"METHOD /path"`; tests
 * replace any of them with `on`. The stub is removed after each test (`unstubGlobals` in vitest.config.ts).
 */
export function installFakeApi({ signedIn = true }: { signedIn?: boolean } = {}) {
  const calls: ApiCall[] = [];
  const state = { signedIn };
  const unauthenticated = () => apiError(401, 'unauthenticated', 'Sign in first');
  const routes = new Map<string, Handler>([
    ['GET /api/session', () => ok(OPERATOR)],
    [
      'POST /api/session',
      () => {
        state.signedIn = true;
        return ok(OPERATOR);
      },
    ],
    ['GET /api/session/options', () => ok({ sso: null, passwordForm: true })],
    ['GET /api/config', () => ok(CONFIG)],
    ['POST /api/lookups', (call) => ok(noMembers(call.body as LookupRequest))],
  ]);

  vi.stubGlobal('fetch', async (input: string | URL | Request, init: RequestInit = {}) => {
    init.signal?.throwIfAborted();
    const url = new URL(String(input), window.location.href);
    const method = init.method ?? 'GET';
    const call: ApiCall = {
      method,
      path: url.pathname + url.search,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = `${method} ${url.pathname}`;
    const handler = routes.get(route);
    const answer =
      !state.signedIn && !PUBLIC_ROUTES.has(route)
        ? unauthenticated()
        : handler
          ? await handler(call)
          : apiError(404, 'not_found', `No route for ${route}`);
    // The page asks for lookups as NDJSON streams; a whole answer a test gives is sent as the events it stands for.
    const streamed = new Headers(init.headers).get('Accept') === 'application/x-ndjson' && answer.status === 200;
    if (streamed) {
      const events = answer.events ?? eventsOf(answer.body as LookupResponse);
      return new Response(events.map((event) => `${JSON.stringify(event)}\n`).join(''), {
        status: 200,
        headers: { 'Content-Type': 'application/x-ndjson' },
      });
    }
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });

  return {
    calls,
    callsTo: (method: string, path: string) =>
      calls.filter((call) => call.method === method && call.path.split('?')[0] === path),
    on(route: string, handler: Handler) {
      routes.set(route, handler);
    },
    /** The server forgets the session (idle timeout, restart): from now on every request but sign-in gets 401. */
    expireSession() {
      state.signedIn = false;
    },
  };
}

export type FakeApi = ReturnType<typeof installFakeApi>;
