import { z } from 'zod/mini';
import { LANGUAGES, THEME_MODES, TIME_ZONE_MODES } from './preferences';

/** `PATCH /api/session/preferences`: any of the fields; the others keep their value. */
export const preferencesPatchSchema = z
  .object(
    {
      language: z.optional(z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` })),
      timeZone: z.optional(z.enum(TIME_ZONE_MODES, { error: `must be one of ${TIME_ZONE_MODES.join(', ')}` })),
      theme: z.optional(z.enum(THEME_MODES, { error: `must be one of ${THEME_MODES.join(', ')}` })),
    },
    { error: 'must be a JSON object' },
  )
  .check(
    z.refine(
      (body) => body.language !== undefined || body.timeZone !== undefined || body.theme !== undefined,
      'must set at least one of language, timeZone, theme',
    ),
  );
export type PreferencesPatch = z.output<typeof preferencesPatchSchema>;
