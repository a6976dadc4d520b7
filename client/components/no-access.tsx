import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';

/** What a viewer sees on an admin page; `area` names what is off limits, e.g. "the audit log". */
export function NoAccess({ area }: { area: string }) {
  return (
    <Alert severity="warning" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle sx={{ fontWeight: 600 }}>No access</AlertTitle>
      You don't have access to {area}. Ask an administrator if your work needs it.
    </Alert>
  );
}
