import CheckIcon from '@material-ui/icons/CheckCircle';
import ErrorIcon from '@material-ui/icons/Error';
import HelpIcon from '@material-ui/icons/Help';
import { DataActCheckWithOutlook } from '@maas/plugin-maas-common';

/** A Data Act check's outcome as an icon a screen reader names: pass, fail or unknown. */
export function DataActStatusIcon({
  check,
}: {
  check: DataActCheckWithOutlook;
}) {
  if (check.status === 'pass')
    return <CheckIcon style={{ color: '#388e3c' }} titleAccess="pass" />;
  if (check.status === 'fail')
    return <ErrorIcon style={{ color: '#d32f2f' }} titleAccess="fail" />;
  return <HelpIcon color="disabled" titleAccess={check.status} />;
}
