import { isLosslessNumber, type LosslessNumber } from 'lossless-json';
import { GatewayRejection } from './gateway-error';

export const isInteger = (value: unknown): value is LosslessNumber =>
  isLosslessNumber(value) && /^-?\d+$/.test(value.value);

/** An integer field, as its canonical decimal string. IDs must arrive as bare numerals; a quoted one is a bug. */
export function requireInteger(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (value === undefined) throw new GatewayRejection('MissingParameter', `${name} is required`);
  if (!isInteger(value)) throw new GatewayRejection('InvalidParameter', `${name} must be an integer`);
  return BigInt(value.value).toString();
}

export function optionalInteger(body: Record<string, unknown>, name: string, fallback: bigint): bigint {
  return body[name] === undefined ? fallback : BigInt(requireInteger(body, name));
}

export function optionalBoolean(body: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const value = body[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new GatewayRejection('InvalidParameter', `${name} must be a boolean`);
  return value;
}

export function requireIntegerList(body: Record<string, unknown>, name: string, max: number): string[] {
  const ids = body[name];
  if (ids === undefined) throw new GatewayRejection('MissingParameter', `${name} is required`);
  if (!Array.isArray(ids) || !ids.every(isInteger)) {
    throw new GatewayRejection('InvalidParameter', `${name} must be an array of integers`);
  }
  if (ids.length === 0 || ids.length > max) {
    throw new GatewayRejection('InvalidParameter', `${name} must hold 1 to ${max} IDs`);
  }
  return ids.map((id) => BigInt(id.value).toString());
}
