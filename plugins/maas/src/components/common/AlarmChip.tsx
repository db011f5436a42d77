import { Chip } from '@material-ui/core';
import { makeStyles } from '@material-ui/core/styles';

// The theme's secondary pink under white text reads at 4.2:1, below WCAG AA; the error palette's
// dark shade keeps the alarm and reads at 6:1 or more in both themes.
const useStyles = makeStyles(theme => ({
  alarm: {
    backgroundColor: theme.palette.error.dark,
    color: theme.palette.getContrastText(theme.palette.error.dark),
  },
}));

/** A small chip that stands out as needing action, legible in both themes. */
export function AlarmChip(props: { label: string }) {
  const classes = useStyles();
  return <Chip size="small" label={props.label} className={classes.alarm} />;
}
