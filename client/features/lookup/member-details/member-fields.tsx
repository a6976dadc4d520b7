import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../contract/lookup';
import { DateTime } from '../../../components/date-time';
import { MONO_FONTS } from '../../../lib/fonts';
import type { ParticipantRow } from '../build-rows';
import { EmptyValue, MutedUntilCell } from '../components/muted-until-cell';
import { roleLabel, statusLabel } from './member-labels';

/** Every field of a row as a description list: label, value, and the raw code behind each label. */
export function MemberFields({ row }: { row: ParticipantRow }) {
  const { t } = useTranslation('lookup');
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: 'minmax(7rem, max-content) 1fr',
        columnGap: 2,
        rowGap: 1.25,
        '& dt': { color: 'text.secondary', typography: 'body2' },
        '& dd': { m: 0, minWidth: 0, typography: 'body2', overflowWrap: 'anywhere' },
      }}
    >
      <Field label={t('grid.userId')}>
        <Mono value={row.id} />
      </Field>
      <Field label={t('grid.status')}>
        <Coded label={statusLabel(row, t)} code={row.kind === 'member' ? row.participant.status : null} />
      </Field>
      {row.kind === 'member' && <ParticipantFields participant={row.participant} />}
      {row.kind === 'not-checked' && (
        <>
          <Field label={t('details.errorCode')}>
            <Mono value={row.error.code} />
          </Field>
          <Field label={t('details.errorMessage')}>
            <Text value={row.error.code === 'NoAnswer' ? t('noAnswer') : row.error.message} />
          </Field>
          <Field label={t('details.requestId')}>
            <Mono value={row.error.requestId} />
          </Field>
        </>
      )}
    </Box>
  );
}

function ParticipantFields({ participant }: { participant: Participant }) {
  const { t } = useTranslation('lookup');
  return (
    <>
      <Field label={t('grid.role')}>
        <Coded label={roleLabel(participant.role, t)} code={participant.role} />
      </Field>
      <Field label={t('grid.nickname')}>
        <Text value={participant.nickname} />
      </Field>
      <Field label={t('grid.level')}>
        <Text value={participant.level} />
      </Field>
      <Field label={t('grid.mutedUntil')}>
        {participant.mutedUntil ? (
          <MutedUntilCell mutedUntil={participant.mutedUntil} />
        ) : (
          <Typography variant="body2">{t('details.notMuted')}</Typography>
        )}
      </Field>
      <Field label={t('grid.joinedAt')}>
        {participant.joinedAt ? <DateTime ms={participant.joinedAt * 1000} seconds /> : <EmptyValue />}
      </Field>
      <Field label={t('grid.operator')}>
        <Mono value={participant.operator} />
      </Field>
      <Field label={t('details.conversationId')}>
        <Mono value={participant.conversationId} />
      </Field>
      <Field label={t('details.avatarUrl')}>
        <Text value={participant.avatarUrl} />
      </Field>
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A label with the number it stands for, so an operator can quote the code Volcengine sent. */
function Coded({ label, code }: { label: string | null; code: number | null }) {
  const { t } = useTranslation('lookup');
  if (label === null) return <EmptyValue />;
  return (
    <>
      {label}
      {code !== null && String(code) !== label && (
        <Typography component="span" variant="body2" color="text.secondary">
          {' '}
          · {t('details.code', { code })}
        </Typography>
      )}
    </>
  );
}

// Values from Volcengine are data: React escapes them, and translate="no" keeps browser translators off them.
function Text({ value }: { value: string | number | null }) {
  if (value === null || value === '') return <EmptyValue />;
  return <span translate="no">{String(value)}</span>;
}

function Mono({ value }: { value: string | null }) {
  if (value === null) return <EmptyValue />;
  return (
    <Box component="span" translate="no" sx={{ fontFamily: MONO_FONTS }}>
      {value}
    </Box>
  );
}
