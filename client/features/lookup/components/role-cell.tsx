import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { EmptyValue } from './muted-until-cell';

export function RoleCell({ label }: { label: string | null }) {
  if (label === null) return <EmptyValue />;
  if (label === 'Owner') return <Chip size="small" color="primary" label="Owner" />;
  if (label === 'Admin') return <Chip size="small" color="secondary" variant="outlined" label="Admin" />;
  if (label === 'Member') return <Typography variant="body2">Member</Typography>;
  return (
    <Typography variant="body2" title="Role code this console does not know">
      {label}
    </Typography>
  );
}
