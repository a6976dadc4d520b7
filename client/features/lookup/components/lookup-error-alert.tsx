import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { describeError } from '../../../lib/describe-error';
import { RequestId } from './request-id';

export function LookupErrorAlert({ error }: { error: unknown }) {
  const { title, message, details, requestId } = describeError(error);
  return (
    <Alert severity="error" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
      <AlertTitle sx={{ fontWeight: 600 }}>{title}</AlertTitle>
      <Typography variant="body2">{message}</Typography>
      {details.map((detail) => (
        <Typography key={detail} variant="body2" color="text.secondary">
          {detail}
        </Typography>
      ))}
      {requestId && (
        <Typography variant="body2" component="div" sx={{ mt: 0.5 }}>
          <RequestId id={requestId} />
        </Typography>
      )}
    </Alert>
  );
}
