import { randomBytes } from 'node:crypto';

/** The gateway's error codes with the HTTP status and numeric CodeN it sends them with. */
export const GATEWAY_ERRORS = {
  MissingParameter: { status: 400, codeN: 100002 },
  InvalidParameter: { status: 400, codeN: 100004 },
  MissingAuthenticationToken: { status: 401, codeN: 100003 },
  MissingSignature: { status: 401, codeN: 100005 },
  InvalidTimestamp: { status: 403, codeN: 100006 },
  ServiceNotFound: { status: 404, codeN: 100007 },
  InvalidActionOrVersion: { status: 404, codeN: 100008 },
  InvalidAccessKey: { status: 401, codeN: 100009 },
  SignatureDoesNotMatch: { status: 401, codeN: 100010 },
  AccessDenied: { status: 403, codeN: 100013 },
  FlowLimitExceeded: { status: 429, codeN: 100018 },
  InternalError: { status: 500, codeN: 100001 },
  InternalServiceError: { status: 502, codeN: 100016 },
  ServiceUnavailableTemp: { status: 503, codeN: 100014 },
  InternalServiceTimeout: { status: 504, codeN: 100015 },
} as const;
export type GatewayCode = keyof typeof GATEWAY_ERRORS;

/** Volcengine RequestIds look like a UTC timestamp followed by hex: 20261126041505A1B2C3D4E5F6A7B8C9D0. */
export function newRequestId(now = new Date()): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14) + randomBytes(9).toString('hex').toUpperCase();
}

export interface Metadata {
  RequestId: string;
  Action: string;
  Version: string;
  Service: 'rtc';
  Region: string;
}

export function errorEnvelope(metadata: Metadata, code: string, message: string, codeN?: number) {
  return { ResponseMetadata: { ...metadata, Error: { CodeN: codeN ?? 0, Code: code, Message: message } } };
}

/** A gateway rejection: the HTTP status comes from the code's table entry. */
export class GatewayRejection extends Error {
  constructor(
    readonly code: GatewayCode | `${GatewayCode}.${string}`,
    message: string,
  ) {
    super(message);
  }

  get status(): number {
    return GATEWAY_ERRORS[this.code.split('.')[0] as GatewayCode].status;
  }

  get codeN(): number {
    return GATEWAY_ERRORS[this.code.split('.')[0] as GatewayCode].codeN;
  }
}
