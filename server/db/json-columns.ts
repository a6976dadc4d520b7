import { z } from 'zod';

/** JSON kept in TEXT columns, parsed back through a schema so a bad row fails loudly instead of lying. */
const jsonColumn =
  <T extends z.ZodType>(schema: T) =>
  (text: string): z.output<T> =>
    schema.parse(JSON.parse(text));

/** ID lists are stored as JSON arrays of strings, so parsing can never round an ID. */
export const parseStringList = jsonColumn(z.array(z.string()));
export const parseJsonObject = jsonColumn(z.record(z.string(), z.unknown()));
